package org.allianceplanner.server.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Bearer tokens of the API. A token is shown once, when it is made; the database keeps only its
 * SHA-256, so a copy of the database gives no token. A token expires, and dies with its user.
 */
@Service
public class ApiTokens {
    /** The prefix of every token, so that a leaked one is recognisable by secret scanners. */
    public static final String PREFIX = "ap_";

    private final JdbcClient jdbc;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    public ApiTokens(JdbcClient jdbc, @Value("${alliance.tokens.lifetime:PT12H}") Duration lifetime) {
        this.jdbc = jdbc;
        this.lifetime = lifetime;
    }

    /** A token just made: its text, shown only now, and when it expires. */
    public record IssuedToken(String token, Instant expiresAt) {}

    /** Makes a token for {@code user}. */
    public IssuedToken issue(UserAccount user, String name) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = Instant.now();
        Instant expires = now.plus(lifetime);
        // Expired tokens are of no use to anyone: each sign-in clears them, so the table does not grow.
        jdbc.sql("DELETE FROM api_token WHERE expires_at <= ?")
                .param(UserRepository.at(now))
                .update();
        jdbc.sql("INSERT INTO api_token (user_id, name, token_sha256, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(user.id(), name, sha256(token), UserRepository.at(now), UserRepository.at(expires))
                .update();
        return new IssuedToken(token, expires);
    }

    /** The enabled user holding this unexpired token. */
    public Optional<UserAccount> holder(String token) {
        if (!token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT u.id, u.username, u.role, u.must_change_password, u.enabled, u.created_at"
                        + " FROM api_token t JOIN app_user u ON u.id = t.user_id"
                        + " WHERE t.token_sha256 = ? AND t.expires_at > ? AND u.enabled = TRUE")
                .params(sha256(token), UserRepository.at(Instant.now()))
                .query(ApiTokens::account)
                .optional();
    }

    /** Ends this token (signing out); nothing happens for an unknown one. */
    public void revoke(String token) {
        jdbc.sql("DELETE FROM api_token WHERE token_sha256 = ?")
                .param(sha256(token))
                .update();
    }

    /** Ends every token of {@code userId} (a password change, a disabled user). */
    public void revokeAll(long userId) {
        jdbc.sql("DELETE FROM api_token WHERE user_id = ?").param(userId).update();
    }

    static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java has SHA-256.", impossible);
        }
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
