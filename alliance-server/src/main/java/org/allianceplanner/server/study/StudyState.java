package org.allianceplanner.server.study;

/** Where a study is in its life: QUEUED → RUNNING → COMPLETED | FAILED | CANCELLED. */
public enum StudyState {
    /** Waiting for a worker. */
    QUEUED,
    /** Claimed by a worker, which writes its heartbeat. */
    RUNNING,
    /** Planned; its result is kept. */
    COMPLETED,
    /** Could not be planned; the reason is kept. */
    FAILED,
    /** Stopped by its owner. */
    CANCELLED;

    /** Whether the study has ended (it will not change any more). */
    public boolean finished() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
