package org.allianceplanner.server.user;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.allianceplanner.server.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding users, enabling, disabling and changing their roles, and passwords. There is always an enabled
 * administrator: the last one can be neither disabled nor demoted.
 */
@Service
public class UserService {
    /** The shortest password a user may choose. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final ApiTokens tokens;

    public UserService(UserRepository users, PasswordEncoder passwords, ApiTokens tokens) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
    }

    /** A user just added and their one-time password. */
    public record NewAccount(UserAccount account, String oneTimePassword) {}

    /** Every user. */
    public List<UserAccount> all() {
        return users.findAll();
    }

    /** Adds a user with a one-time password. */
    @Transactional
    public NewAccount create(String username, Role role) {
        if (users.findByUsername(username).isPresent()) {
            throw Problems.of(
                    HttpStatus.CONFLICT, "user-exists", "User exists", "There is already a user \"" + username + "\".");
        }
        String oneTime = oneTimePassword();
        return new NewAccount(users.insert(username, passwords.encode(oneTime), role, true), oneTime);
    }

    /** The user of this id, or 404 problem details. */
    public UserAccount find(long id) {
        return users.findById(id).orElseThrow(() -> Problems.notFound("user", id));
    }

    /**
     * Enables or disables a user and changes the role ({@code null}: unchanged). Disabling ends every
     * token of the user at once, and every session at its next request.
     */
    @Transactional
    public UserAccount change(long id, @Nullable Boolean enabled, @Nullable Role role) {
        UserAccount user = find(id);
        boolean enabledAfter = enabled == null ? user.enabled() : enabled;
        Role roleAfter = role == null ? user.role() : role;
        boolean adminBefore = user.role() == Role.ADMIN && user.enabled();
        boolean adminAfter = roleAfter == Role.ADMIN && enabledAfter;
        if (adminBefore && !adminAfter) {
            boolean another = users.lockEnabledAdministrators().stream().anyMatch(other -> other != id);
            if (!another) {
                throw Problems.of(
                        HttpStatus.CONFLICT,
                        "last-administrator",
                        "Last administrator",
                        "\"" + user.username() + "\" is the last enabled administrator and can be neither disabled"
                                + " nor made an analyst: nobody could manage users any more. Maybe add or enable"
                                + " another administrator first.");
            }
        }
        if (enabledAfter != user.enabled()) {
            users.setEnabled(id, enabledAfter);
        }
        if (roleAfter != user.role()) {
            users.setRole(id, roleAfter);
        }
        if (!enabledAfter) {
            tokens.revokeAll(id);
        }
        return find(id);
    }

    /**
     * Gives a user a new one-time password, to be changed at the next sign-in; every token of the user
     * ends at once, every session at its next request.
     */
    @Transactional
    public NewAccount resetPassword(long id) {
        UserAccount user = find(id);
        String oneTime = oneTimePassword();
        users.setPassword(id, passwords.encode(oneTime), true);
        tokens.revokeAll(id);
        return new NewAccount(find(user.id()), oneTime);
    }

    /**
     * Replaces {@code user}'s password after checking the current one; every token of the user is
     * ended, so a stolen token dies with the old password.
     */
    @Transactional
    public void changePassword(UserAccount user, String current, String next) {
        String hash = users.passwordHash(user.username()).orElseThrow();
        if (!passwords.matches(current, hash)) {
            throw Problems.of(
                    HttpStatus.BAD_REQUEST, "wrong-password", "Wrong password", "The current password is wrong.");
        }
        if (next.length() < MIN_PASSWORD_LENGTH || next.equals(current) || next.equalsIgnoreCase(user.username())) {
            throw Problems.of(
                    HttpStatus.BAD_REQUEST,
                    "weak-password",
                    "Weak password",
                    "The new password must have at least " + MIN_PASSWORD_LENGTH
                            + " characters and differ from the current one and from the user name.");
        }
        users.setPassword(user.id(), passwords.encode(next), false);
        tokens.revokeAll(user.id());
    }

    /** A new one-time password: 15 random bytes, as 20 URL-safe characters. */
    static String oneTimePassword() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
