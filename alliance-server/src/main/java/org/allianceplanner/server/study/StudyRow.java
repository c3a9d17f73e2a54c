package org.allianceplanner.server.study;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A study's row: the job, without its result. */
public record StudyRow(
        long id,
        long ownerId,
        long scenarioId,
        @Nullable String idempotencyKey,
        String requestJson,
        StudyState state,
        int attempts,
        int maxAttempts,
        @Nullable String failureReason,
        boolean cancelRequested,
        @Nullable String workerId,
        Instant submittedAt,
        @Nullable Instant startedAt,
        @Nullable Instant heartbeatAt,
        @Nullable Instant finishedAt,
        int progressDone,
        int progressTotal,
        @Nullable String progressMessage) {
    public StudyRow {
        requireNonNull(requestJson, "requestJson");
        requireNonNull(state, "state");
        requireNonNull(submittedAt, "submittedAt");
    }
}
