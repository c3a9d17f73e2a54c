package org.allianceplanner.server.user;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.allianceplanner.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adding users and changing passwords. */
@Service
public class UserService {
    /** The shortest password a user may choose. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final ApiTokens tokens;
    private final SecureRandom random = new SecureRandom();

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

    private String oneTimePassword() {
        byte[] bytes = new byte[15];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
