package org.allianceplanner.server.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Users in the database. */
@Repository
public class UserRepository {
    private static final String COLUMNS = "id, username, role, must_change_password, enabled, created_at";

    private final JdbcClient jdbc;

    public UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many users there are. */
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    /** Adds a user and returns it. */
    public UserAccount insert(String username, String passwordHash, Role role, boolean mustChangePassword) {
        Instant now = Instant.now();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO app_user (username, password_hash, role, must_change_password, enabled, created_at)"
                        + " VALUES (?, ?, ?, ?, TRUE, ?)")
                .params(username, passwordHash, role.name(), mustChangePassword, at(now))
                .update(key, "id");
        long id = requireKey(key);
        return new UserAccount(id, username, role, mustChangePassword, true, now);
    }

    /** The user of this name. */
    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE username = ?")
                .param(username)
                .query(UserRepository::account)
                .optional();
    }

    /** The user of this id. */
    public Optional<UserAccount> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = ?")
                .param(id)
                .query(UserRepository::account)
                .optional();
    }

    /** The password hash of this user, if the user exists. */
    public Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?")
                .param(username)
                .query(String.class)
                .optional();
    }

    /** Every user, by id. */
    public List<UserAccount> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user ORDER BY id")
                .query(UserRepository::account)
                .list();
    }

    /** Replaces a user's password; {@code oneTime} says whether it must be changed at next use. */
    public void setPassword(long id, String passwordHash, boolean oneTime) {
        jdbc.sql("UPDATE app_user SET password_hash = ?, must_change_password = ? WHERE id = ?")
                .params(passwordHash, oneTime, id)
                .update();
    }

    /** Enables or disables a user. */
    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = ? WHERE id = ?")
                .params(enabled, id)
                .update();
    }

    /** Changes a user's role. */
    public void setRole(long id, Role role) {
        jdbc.sql("UPDATE app_user SET role = ? WHERE id = ?")
                .params(role.name(), id)
                .update();
    }

    /**
     * The ids of the enabled administrators, locking their rows until the transaction ends, so that two
     * administrators cannot disable each other at the same moment and leave none.
     */
    public List<Long> lockEnabledAdministrators() {
        return jdbc.sql("SELECT id FROM app_user WHERE role = 'ADMIN' AND enabled = TRUE ORDER BY id FOR UPDATE")
                .query(Long.class)
                .list();
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static long requireKey(GeneratedKeyHolder key) {
        Number id = key.getKey();
        if (id == null) {
            throw new IllegalStateException("The database returned no id for the new row.");
        }
        return id.longValue();
    }

    private static UserAccount account(ResultSet row, int rowNumber) throws SQLException {
        return new UserAccount(
                row.getLong("id"),
                row.getString("username"),
                Role.valueOf(row.getString("role")),
                row.getBoolean("must_change_password"),
                row.getBoolean("enabled"),
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
