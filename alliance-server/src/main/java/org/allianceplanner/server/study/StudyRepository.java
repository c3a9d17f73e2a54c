package org.allianceplanner.server.study;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Studies in the database: the queue, the claims, heartbeats and endings. Every change of state is
 * one conditional statement (or one transaction), so that concurrent workers and processes on one
 * database never both win.
 */
@Repository
public class StudyRepository {
    private static final String COLUMNS = "id, owner_id, scenario_id, idempotency_key, request_json, state, attempts,"
            + " max_attempts, failure_reason, cancel_requested, worker_id, submitted_at, started_at, heartbeat_at,"
            + " finished_at, progress_done, progress_total, progress_message";

    private static final Object H2_CLAIMS = new Object();

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final boolean postgres;

    public StudyRepository(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.postgres = isPostgres(dataSource);
    }

    /** A result to keep with a completed study. */
    public record Result(String planJson, String summaryJson, boolean reused, @Nullable String studyHash) {}

    /** A study's result as kept. */
    public record StoredResult(String planJson, String summaryJson, boolean reused) {}

    /**
     * Queues a new study and returns its id.
     *
     * @throws DuplicateKeyException when the owner already has a study of {@code idempotencyKey}
     */
    public long insert(
            long ownerId, long scenarioId, @Nullable String idempotencyKey, String requestJson, int maxAttempts) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO study (owner_id, scenario_id, idempotency_key, request_json, state, attempts,"
                        + " max_attempts, cancel_requested, submitted_at, progress_done, progress_total)"
                        + " VALUES (?, ?, ?, ?, 'QUEUED', 0, ?, FALSE, ?, 0, 0)")
                .params(ownerId, scenarioId, idempotencyKey, requestJson, maxAttempts, time(Instant.now()))
                .update(key, "id");
        Number id = key.getKey();
        if (id == null) {
            throw new IllegalStateException("The database returned no id for the new study.");
        }
        return id.longValue();
    }

    /** The study of this id, whoever owns it (callers check the owner). */
    public Optional<StudyRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM study WHERE id = ?")
                .param(id)
                .query(StudyRepository::row)
                .optional();
    }

    /** The study {@code ownerId} submitted with {@code idempotencyKey}, if any. */
    public Optional<StudyRow> findByKey(long ownerId, String idempotencyKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM study WHERE owner_id = ? AND idempotency_key = ?")
                .params(ownerId, idempotencyKey)
                .query(StudyRepository::row)
                .optional();
    }

    /** The studies of {@code ownerId}, newest first. */
    public List<StudyRow> findByOwner(long ownerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM study WHERE owner_id = ? ORDER BY id DESC")
                .param(ownerId)
                .query(StudyRepository::row)
                .list();
    }

    /**
     * Claims the oldest queued study for {@code workerId}: one conditional update that exactly one
     * worker wins (on PostgreSQL the candidate is picked with {@code FOR UPDATE SKIP LOCKED}, so that
     * workers do not queue up behind one row).
     */
    public Optional<StudyRow> claim(String workerId) {
        if (postgres) {
            return claimOnce(workerId);
        }
        // H2 is embedded: one process holds its database, and its conditional update is not re-checked
        // after waiting for another transaction's row lock; claims in this process take turns.
        synchronized (H2_CLAIMS) {
            return claimOnce(workerId);
        }
    }

    private Optional<StudyRow> claimOnce(String workerId) {
        Instant now = Instant.now();
        for (int tries = 0; tries < 20; tries++) {
            Optional<Long> claimed = transactions.execute(status -> {
                String pick =
                        "SELECT id FROM study WHERE state = 'QUEUED' AND cancel_requested = FALSE ORDER BY id LIMIT 1"
                                + (postgres ? " FOR UPDATE SKIP LOCKED" : "");
                Optional<Long> candidate =
                        jdbc.sql(pick).query((row, n) -> row.getLong(1)).optional();
                if (candidate.isEmpty()) {
                    return Optional.<Long>empty();
                }
                int won = jdbc.sql(
                                "UPDATE study SET state = 'RUNNING', worker_id = ?, attempts = attempts + 1,"
                                        + " started_at = ?, heartbeat_at = ?, progress_done = 0,"
                                        + " progress_total = 0, progress_message = NULL WHERE id = ? AND state = 'QUEUED' AND cancel_requested = FALSE")
                        .params(workerId, time(now), time(now), candidate.get())
                        .update();
                return won == 1 ? candidate : Optional.of(-1L);
            });
            if (claimed == null || claimed.isEmpty()) {
                return Optional.empty();
            }
            if (claimed.get() >= 0) {
                return find(claimed.get());
            }
            // Another worker won that row between the pick and the update (H2): try the next one.
        }
        return Optional.empty();
    }

    /**
     * Writes the heartbeat and progress of a study {@code workerId} runs.
     *
     * @return whether the worker still holds the study, and whether its owner asked to cancel it; an
     *     empty answer when it no longer holds it (the reaper gave it to another worker)
     */
    public Optional<Boolean> heartbeat(long id, String workerId, int done, int total, @Nullable String message) {
        int held = jdbc.sql("UPDATE study SET heartbeat_at = ?, progress_done = ?, progress_total = ?,"
                        + " progress_message = ? WHERE id = ? AND worker_id = ? AND state = 'RUNNING'")
                .params(time(Instant.now()), done, total, truncate(message, 1000), id, workerId)
                .update();
        if (held == 0) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT cancel_requested FROM study WHERE id = ?")
                .param(id)
                .query((row, n) -> row.getBoolean(1))
                .optional();
    }

    /**
     * Ends a study {@code workerId} holds as COMPLETED with its result, in one transaction; nothing is
     * written when the worker no longer holds it.
     *
     * @return whether it was written
     */
    public boolean complete(long id, String workerId, Result result) {
        Boolean done = transactions.execute(status -> {
            Instant now = Instant.now();
            int held = jdbc.sql("UPDATE study SET state = 'COMPLETED', finished_at = ?, heartbeat_at = ?,"
                            + " progress_done = GREATEST(progress_done, progress_total)"
                            + " WHERE id = ? AND worker_id = ? AND state = 'RUNNING' AND cancel_requested = FALSE")
                    .params(time(now), time(now), id, workerId)
                    .update();
            if (held != 1) {
                return false;
            }
            jdbc.sql("INSERT INTO study_result (study_id, reused, summary_json, result_json, created_at, study_hash)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(id, result.reused(), result.summaryJson(), result.planJson(), time(now), result.studyHash())
                    .update();
            return true;
        });
        return Boolean.TRUE.equals(done);
    }

    /** Ends a study {@code workerId} holds as FAILED or CANCELLED; whether it was written. */
    public boolean end(long id, String workerId, StudyState state, @Nullable String reason) {
        return jdbc.sql("UPDATE study SET state = ?, failure_reason = ?, finished_at = ?"
                                + " WHERE id = ? AND worker_id = ? AND state = 'RUNNING'")
                        .params(state.name(), truncate(reason, 4000), time(Instant.now()), id, workerId)
                        .update()
                == 1;
    }

    /**
     * Cancels a study: a queued one at once, a running one by asking its worker.
     *
     * @return the state after the request
     */
    public Optional<StudyState> cancel(long id) {
        // One statement, so that no worker or reaper can move the study between looking and asking.
        jdbc.sql("UPDATE study SET cancel_requested = TRUE,"
                        + " finished_at = CASE WHEN state = 'QUEUED' THEN ? ELSE finished_at END,"
                        + " state = CASE WHEN state = 'QUEUED' THEN 'CANCELLED' ELSE state END"
                        + " WHERE id = ? AND state IN ('QUEUED', 'RUNNING')")
                .params(time(Instant.now()), id)
                .update();
        return find(id).map(StudyRow::state);
    }

    /**
     * Gives a study {@code workerId} holds back to the queue, as if never started (its server is
     * stopping in good order).
     */
    public boolean release(long id, String workerId) {
        return jdbc.sql("UPDATE study SET worker_id = NULL, attempts = attempts - 1,"
                                + " state = CASE WHEN cancel_requested THEN 'CANCELLED' ELSE 'QUEUED' END,"
                                + " finished_at = CASE WHEN cancel_requested THEN ? ELSE finished_at END"
                                + " WHERE id = ? AND worker_id = ? AND state = 'RUNNING'")
                        .params(time(Instant.now()), id, workerId)
                        .update()
                == 1;
    }

    /** Deletes a finished study and its result; whether it was deleted. */
    public boolean deleteFinished(long id) {
        return jdbc.sql("DELETE FROM study WHERE id = ? AND state IN ('COMPLETED', 'FAILED', 'CANCELLED')")
                        .param(id)
                        .update()
                == 1;
    }

    /** A completed study's result. */
    public Optional<StoredResult> result(long id) {
        return jdbc.sql("SELECT result_json, summary_json, reused FROM study_result WHERE study_id = ?")
                .param(id)
                .query((row, n) -> new StoredResult(row.getString(1), row.getString(2), row.getBoolean(3)))
                .optional();
    }

    /** A completed study's summary, without reading its plan. */
    public Optional<String> summary(long id) {
        return jdbc.sql("SELECT summary_json FROM study_result WHERE study_id = ?")
                .param(id)
                .query((row, n) -> row.getString(1))
                .optional();
    }

    /** Whether the study's result was reused; empty when it has none. */
    public Optional<Boolean> reused(long id) {
        return jdbc.sql("SELECT reused FROM study_result WHERE study_id = ?")
                .param(id)
                .query((row, n) -> row.getBoolean(1))
                .optional();
    }

    /**
     * The result of a completed study of {@code ownerId} with the inputs of {@code studyHash}, if any.
     * Only the owner's own: another analyst must not learn that someone planned the same inputs.
     */
    public Optional<StoredResult> resultByHash(long ownerId, String studyHash) {
        return jdbc.sql("SELECT r.result_json, r.summary_json, r.reused FROM study_result r"
                        + " JOIN study s ON s.id = r.study_id WHERE r.study_hash = ? AND s.owner_id = ?"
                        + " ORDER BY r.study_id LIMIT 1")
                .params(studyHash, ownerId)
                .query((row, n) -> new StoredResult(row.getString(1), row.getString(2), row.getBoolean(3)))
                .optional();
    }

    /**
     * Studies whose worker stopped (heartbeat before {@code staleBefore}): queued again while they have
     * attempts left, else FAILED with the reason; a stopped study whose owner asked to cancel it ends
     * CANCELLED.
     *
     * @return how many were queued again and how many failed
     */
    public Reaped reap(Instant staleBefore) {
        Reaped reaped = transactions.execute(status -> reapOnce(staleBefore));
        return reaped == null ? new Reaped(0, 0, 0) : reaped;
    }

    private Reaped reapOnce(Instant staleBefore) {
        Instant now = Instant.now();
        int cancelled = jdbc.sql("UPDATE study SET state = 'CANCELLED', finished_at = ?, worker_id = NULL"
                        + " WHERE state = 'RUNNING' AND heartbeat_at < ? AND cancel_requested = TRUE")
                .params(time(now), time(staleBefore))
                .update();
        int failed = jdbc.sql("UPDATE study SET state = 'FAILED', finished_at = ?, failure_reason ="
                        + " CONCAT('The server running it stopped ', CAST(attempts AS VARCHAR(12)),"
                        + " CASE WHEN attempts = 1 THEN ' time' ELSE ' times' END,"
                        + " '; it is not started again.') WHERE state = 'RUNNING' AND heartbeat_at < ?"
                        + " AND attempts >= max_attempts AND cancel_requested = FALSE")
                .params(time(now), time(staleBefore))
                .update();
        int requeued = jdbc.sql("UPDATE study SET state = 'QUEUED', worker_id = NULL WHERE state = 'RUNNING'"
                        + " AND heartbeat_at < ? AND attempts < max_attempts AND cancel_requested = FALSE")
                .param(time(staleBefore))
                .update();
        return new Reaped(requeued, failed, cancelled);
    }

    /** What a {@link #reap} did. */
    public record Reaped(int requeued, int failed, int cancelled) {
        public int total() {
            return requeued + failed + cancelled;
        }
    }

    /** Whether there is a queued study. */
    public boolean anyQueued() {
        return jdbc.sql("SELECT COUNT(*) FROM study WHERE state = 'QUEUED'")
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable String truncate(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static StudyRow row(ResultSet row, int rowNumber) throws SQLException {
        Instant submitted = instant(row, "submitted_at");
        if (submitted == null) {
            throw new SQLException("A study without its submission time.");
        }
        return new StudyRow(
                row.getLong("id"),
                row.getLong("owner_id"),
                row.getLong("scenario_id"),
                row.getString("idempotency_key"),
                row.getString("request_json"),
                StudyState.valueOf(row.getString("state")),
                row.getInt("attempts"),
                row.getInt("max_attempts"),
                row.getString("failure_reason"),
                row.getBoolean("cancel_requested"),
                row.getString("worker_id"),
                submitted,
                instant(row, "started_at"),
                instant(row, "heartbeat_at"),
                instant(row, "finished_at"),
                row.getInt("progress_done"),
                row.getInt("progress_total"),
                row.getString("progress_message"));
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
        } catch (SQLException unreachable) {
            throw new IllegalStateException("The database cannot be reached to see what it is.", unreachable);
        }
    }
}
