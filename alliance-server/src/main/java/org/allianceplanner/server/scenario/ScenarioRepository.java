package org.allianceplanner.server.scenario;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Scenarios in the database: their uploaded bytes and summary. */
@Repository
public class ScenarioRepository {
    private static final String COLUMNS =
            "id, owner_id, name, format, file_name, content_sha256, summary_json, created_at";

    private final JdbcClient jdbc;

    public ScenarioRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps a checked scenario and returns it. */
    public StoredScenario insert(
            long ownerId,
            String name,
            ScenarioFormat format,
            String fileName,
            byte[] content,
            String contentSha256,
            String summaryJson) {
        // The databases keep microseconds; the returned scenario says what a later read will say.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO scenario (owner_id, name, format, file_name, content, content_sha256, summary_json,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        ownerId,
                        name,
                        format.name(),
                        fileName,
                        content,
                        contentSha256,
                        summaryJson,
                        now.atOffset(ZoneOffset.UTC))
                .update(key, "id");
        Number id = key.getKey();
        if (id == null) {
            throw new IllegalStateException("The database returned no id for the new scenario.");
        }
        return new StoredScenario(id.longValue(), ownerId, name, format, fileName, contentSha256, summaryJson, now);
    }

    /** The scenario of this id, whoever owns it (callers check the owner). */
    public Optional<StoredScenario> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM scenario WHERE id = ?")
                .param(id)
                .query(ScenarioRepository::scenario)
                .optional();
    }

    /** The scenarios of {@code ownerId}, newest first. */
    public List<StoredScenario> findByOwner(long ownerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM scenario WHERE owner_id = ? ORDER BY id DESC")
                .param(ownerId)
                .query(ScenarioRepository::scenario)
                .list();
    }

    /** The uploaded bytes of scenario {@code id}. */
    public Optional<byte[]> content(long id) {
        return jdbc.sql("SELECT content FROM scenario WHERE id = ?")
                .param(id)
                .query((row, n) -> row.getBytes(1))
                .optional();
    }

    /** Deletes scenario {@code id}; whether it was there. */
    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM scenario WHERE id = ?").param(id).update() == 1;
    }

    private static StoredScenario scenario(ResultSet row, int rowNumber) throws SQLException {
        return new StoredScenario(
                row.getLong("id"),
                row.getLong("owner_id"),
                row.getString("name"),
                ScenarioFormat.valueOf(row.getString("format")),
                row.getString("file_name"),
                row.getString("content_sha256"),
                row.getString("summary_json"),
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
