package org.allianceplanner.server.study;

/** Told of a running study's progress. */
@FunctionalInterface
public interface StudyProgressListener {
    /**
     * The {@code done}-th of {@code total} pieces is done.
     *
     * @param message what was planned last, e.g. {@code nissan+tesla}
     */
    void progress(int done, int total, String message);
}
