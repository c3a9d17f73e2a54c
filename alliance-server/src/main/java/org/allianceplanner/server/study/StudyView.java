package org.allianceplanner.server.study;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A study as the API shows it.
 *
 * @param attempts how many times a worker started it
 * @param heartbeatAt when its worker last said it is alive (while RUNNING)
 * @param cancelRequested whether its owner asked to cancel it while it ran
 * @param reused whether its result came from an earlier study of the same inputs (COMPLETED only)
 * @param failureReason why it FAILED, in words
 */
public record StudyView(
        long id,
        long scenarioId,
        StudyState state,
        int attempts,
        int maxAttempts,
        Instant submittedAt,
        @Nullable Instant startedAt,
        @Nullable Instant heartbeatAt,
        @Nullable Instant finishedAt,
        Progress progress,
        @Nullable String failureReason,
        boolean cancelRequested,
        @Nullable Boolean reused,
        StudyOptions options) {
    /** How far a running study is: {@code done} of {@code total} pieces, the last one named. */
    public record Progress(int done, int total, @Nullable String message) {}

    static StudyView of(StudyRow row, @Nullable Boolean reused) {
        return new StudyView(
                row.id(),
                row.scenarioId(),
                row.state(),
                row.attempts(),
                row.maxAttempts(),
                row.submittedAt(),
                row.startedAt(),
                row.heartbeatAt(),
                row.finishedAt(),
                new Progress(row.progressDone(), row.progressTotal(), row.progressMessage()),
                row.failureReason(),
                row.cancelRequested() && row.state() != StudyState.QUEUED,
                reused,
                StudyRequestJson.read(row.requestJson()));
    }
}
