package org.allianceplanner.server.user;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start (no user at all), creates the administrator {@code admin} with a one-time password
 * and prints it once: it must be changed at first use. {@code $ALLIANCE_ADMIN_PASSWORD} (property {@code
 * alliance.admin.initial-password}) sets it instead, for automated installs: the operator chose that
 * password, so it is not a one-time password.
 */
@Component
@Order(1)
public class FirstAdministrator implements ApplicationRunner {
    /** The first administrator's name. */
    public static final String USERNAME = "admin";

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final @Nullable String initialPassword;

    public FirstAdministrator(
            UserRepository users,
            PasswordEncoder passwords,
            @Value("${alliance.admin.initial-password:${ALLIANCE_ADMIN_PASSWORD:#{null}}}") @Nullable
                    String initialPassword) {
        this.users = users;
        this.passwords = passwords;
        this.initialPassword = initialPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        boolean given = initialPassword != null && !initialPassword.isBlank();
        String password = given ? initialPassword : UserService.oneTimePassword();
        users.insert(USERNAME, passwords.encode(password), Role.ADMIN, !given);
        if (given) {
            System.out.println("First start: created the administrator \"" + USERNAME
                    + "\" with the password from $ALLIANCE_ADMIN_PASSWORD.");
        } else {
            System.out.println("First start: created the administrator \"" + USERNAME + "\" with the one-time password "
                    + password);
            System.out.println("  It is shown only now and must be changed at first sign-in"
                    + " (PUT /api/v1/me/password); see docs/server.md.");
        }
    }
}
