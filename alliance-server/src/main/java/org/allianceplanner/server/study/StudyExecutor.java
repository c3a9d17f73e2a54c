package org.allianceplanner.server.study;

/**
 * Runs one study somewhere: in this JVM ({@link InProcessStudyExecutor}) or in a process of its own.
 * The worker that claimed the study starts it, relays its progress to the study's row, cancels it when
 * asked, and records its outcome.
 */
public interface StudyExecutor {
    /**
     * Starts the study and returns at once.
     *
     * @param progress told of progress, from any thread, one call at a time
     */
    RunningStudy start(StudyInput input, StudyProgressListener progress);
}
