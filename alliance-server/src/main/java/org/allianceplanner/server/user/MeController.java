package org.allianceplanner.server.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user: who am I, and changing my password. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Sign-in")
public class MeController {
    private final UserService users;

    public MeController(UserService users) {
        this.users = users;
    }

    /** A password change. */
    public record PasswordChange(
            @NotNull @Size(max = 200) String currentPassword, @NotNull @Size(max = 200) String newPassword) {}

    @GetMapping
    @Operation(summary = "The signed-in user")
    UserController.UserView me(@AuthenticationPrincipal SignedInUser user) {
        return UserController.UserView.of(user.account());
    }

    @PutMapping("/password")
    @Operation(summary = "Change my password; every token of mine ends, sign in again")
    ResponseEntity<Void> changePassword(
            @AuthenticationPrincipal SignedInUser user, @Valid @RequestBody PasswordChange change) {
        users.changePassword(user.account(), change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }
}
