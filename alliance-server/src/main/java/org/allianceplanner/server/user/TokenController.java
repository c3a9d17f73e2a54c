package org.allianceplanner.server.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.allianceplanner.server.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signing in to the API: a name and password give a bearer token; failed attempts are throttled
 * ({@link LoginThrottle}). Signing out ends the token, or the browser session, of the request.
 */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Sign-in")
public class TokenController {
    private final AuthenticationManager authentication;
    private final ApiTokens tokens;
    private final LoginThrottle throttle;

    public TokenController(AuthenticationManager authentication, ApiTokens tokens, LoginThrottle throttle) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    /** A request for a token. */
    public record SignIn(
            @NotBlank @Size(max = 100) String username,
            @NotBlank @Size(max = 200) String password,
            @Nullable @Size(max = 100) String name) {}

    /** A token, shown once. */
    public record TokenResponse(
            String token, Instant expiresAt, String username, Role role, boolean mustChangePassword) {}

    @PostMapping
    @Operation(
            summary = "Sign in: a name and password give a bearer token for the Authorization header. After 5 failed"
                    + " attempts for a name (or many from one address) attempts are refused for a while (429 with"
                    + " Retry-After).")
    ResponseEntity<TokenResponse> signIn(@Valid @RequestBody SignIn signIn, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.refusal(signIn.username(), address);
        if (wait.isPresent()) {
            throw LoginThrottle.refused(wait.get());
        }
        Authentication signedIn;
        try {
            signedIn = authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(signIn.username(), signIn.password()));
        } catch (AuthenticationException refused) {
            throttle.failed(signIn.username(), address);
            throw Problems.of(
                    HttpStatus.UNAUTHORIZED,
                    "sign-in-refused",
                    "Sign-in refused",
                    "The name or the password is wrong, or the account is disabled.");
        } finally {
            throttle.ended(signIn.username());
        }
        throttle.succeeded(signIn.username());
        UserAccount account = ((SignedInUser) signedIn.getPrincipal()).account();
        ApiTokens.IssuedToken issued = tokens.issue(account, signIn.name() == null ? "api" : signIn.name());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new TokenResponse(
                        issued.token(),
                        issued.expiresAt(),
                        account.username(),
                        account.role(),
                        account.mustChangePassword()));
    }

    @DeleteMapping("/current")
    @Operation(summary = "Sign out: ends the bearer token, or the browser session, of this request")
    ResponseEntity<Void> signOut(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.revoke(header.substring(7).strip());
        } else {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        return ResponseEntity.noContent().build();
    }
}
