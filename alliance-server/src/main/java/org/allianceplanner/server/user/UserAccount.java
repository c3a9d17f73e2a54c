package org.allianceplanner.server.user;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A user as stored, without the password hash.
 *
 * @param mustChangePassword whether the password is a one-time password that must be changed before
 *     anything else
 */
public record UserAccount(
        long id, String username, Role role, boolean mustChangePassword, boolean enabled, Instant createdAt) {
    public UserAccount {
        requireNonNull(username, "username");
        requireNonNull(role, "role");
        requireNonNull(createdAt, "createdAt");
    }
}
