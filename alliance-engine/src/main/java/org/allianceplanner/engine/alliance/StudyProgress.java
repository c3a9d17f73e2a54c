package org.allianceplanner.engine.alliance;

/** Told each time a piece of a study is done; calls may come from several threads, one at a time. */
@FunctionalInterface
public interface StudyProgress {
    /**
     * Called when {@code label} is done, the {@code done}-th of {@code total} pieces.
     *
     * @param label what was planned, e.g. {@code Nissan alone} or {@code nissan+tesla}
     */
    void done(String label, int done, int total);
}
