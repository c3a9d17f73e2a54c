package org.allianceplanner.server.study;

/** A study an executor started. Thread-safe. */
public interface RunningStudy {
    /** Asks the study to stop; returns at once. Its {@link #await()} then ends {@link StudyOutcome.Cancelled}. */
    void cancel();

    /**
     * Waits for the study's end.
     *
     * @throws InterruptedException when the waiting thread is interrupted (the study goes on)
     */
    StudyOutcome await() throws InterruptedException;
}
