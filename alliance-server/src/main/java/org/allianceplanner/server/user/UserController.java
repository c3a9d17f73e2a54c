package org.allianceplanner.server.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrator's view of users: list, add (with a one-time password), enable or disable, change the
 * role, reset a password. Only administrators get here (SecurityConfig); they may touch every user.
 */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users (administrators)")
public class UserController {
    private final UserService users;

    public UserController(UserService users) {
        this.users = users;
    }

    /** A user to add. */
    public record NewUser(
            @NotNull
                    @Pattern(regexp = "[A-Za-z0-9._@-]{2,100}", message = "must be 2 to 100 letters, digits or . _ @ -")
                    String username,
            @NotNull Role role) {}

    /** A user just added, with the one-time password to hand over (shown only now). */
    public record CreatedUser(UserView user, String oneTimePassword) {}

    /** A change of a user: each member that is present is applied. */
    public record UserChange(@Nullable Boolean enabled, @Nullable Role role) {}

    /** A user whose password was reset, with the new one-time password (shown only now). */
    public record PasswordReset(UserView user, String oneTimePassword) {}

    /** A user as the API shows it. */
    public record UserView(long id, String username, Role role, boolean enabled, boolean mustChangePassword) {
        static UserView of(UserAccount account) {
            return new UserView(
                    account.id(), account.username(), account.role(), account.enabled(), account.mustChangePassword());
        }
    }

    @GetMapping
    @Operation(summary = "Every user")
    List<UserView> list() {
        return users.all().stream().map(UserView::of).toList();
    }

    @PostMapping
    @Operation(summary = "Add a user; the answer holds a one-time password, to be changed at first sign-in")
    ResponseEntity<CreatedUser> create(@Valid @RequestBody NewUser user) {
        UserService.NewAccount created = users.create(user.username(), user.role());
        return ResponseEntity.created(
                        URI.create("/api/v1/users/" + created.account().id()))
                .body(new CreatedUser(UserView.of(created.account()), created.oneTimePassword()));
    }

    @GetMapping("/{userId}")
    @Operation(summary = "One user")
    UserView one(@PathVariable("userId") long userId) {
        return UserView.of(users.find(userId));
    }

    @PatchMapping("/{userId}")
    @Operation(
            summary = "Enable or disable a user, or change the role; disabling ends the user's tokens and sessions."
                    + " The last enabled administrator can be neither disabled nor demoted (409).")
    UserView change(@PathVariable("userId") long userId, @Valid @RequestBody UserChange change) {
        return UserView.of(users.change(userId, change.enabled(), change.role()));
    }

    @PostMapping("/{userId}/password-reset")
    @Operation(
            summary = "Give a user a new one-time password (in the answer, shown only now); the user's tokens and"
                    + " sessions end")
    PasswordReset resetPassword(@PathVariable("userId") long userId) {
        UserService.NewAccount reset = users.resetPassword(userId);
        return new PasswordReset(UserView.of(reset.account()), reset.oneTimePassword());
    }
}
