package org.allianceplanner.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.allianceplanner.server.user.AccountDetailsService;
import org.allianceplanner.server.user.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one place that applies the account's current state to a signed-in request, before any
 * authorization:
 *
 * <ul>
 *   <li>a browser session is checked against the database at every request: a disabled user, or a
 *       password changed or reset since the session began, ends the session (401);
 *   <li>a user who still has a one-time password may only see who they are ({@code GET /api/v1/me}),
 *       change the password ({@code PUT /api/v1/me/password}) and sign out; anything else is 403.
 * </ul>
 *
 * Bearer tokens need no such check here: {@link BearerTokenFilter} reads the account at every request,
 * and a token of a disabled user or from before a password change no longer exists.
 */
final class SignedInAccountFilter extends OncePerRequestFilter {
    /** What a user with a one-time password may do. */
    static final Set<String> ALLOWED_WITH_ONE_TIME_PASSWORD = Set.of(
            "GET /api/v1/me",
            "PUT /api/v1/me/password",
            "DELETE /api/v1/tokens/current",
            "POST /logout",
            "GET /api/v1/csrf");

    private final AccountDetailsService accounts;
    private final ProblemResponses problems;

    SignedInAccountFilter(AccountDetailsService accounts, ProblemResponses problems) {
        this.accounts = accounts;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            chain.doFilter(request, response);
            return;
        }
        if (!BearerTokenFilter.carriesBearerToken(request)) {
            Optional<SignedInUser> current = accounts.current(user);
            if (current.isEmpty()) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
                problems.unauthorized(
                        response,
                        "The session has ended: the user was disabled or the password was changed or reset."
                                + " Sign in again.");
                return;
            }
            user = current.get();
            // A context of this request only: the session keeps the one it was opened with.
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            SecurityContextHolder.setContext(context);
        }
        if (user.account().mustChangePassword()
                && !ALLOWED_WITH_ONE_TIME_PASSWORD.contains(request.getMethod() + " " + path(request))) {
            problems.write(
                    response,
                    Problems.detail(
                            HttpStatus.FORBIDDEN,
                            "password-change-required",
                            "Password change required",
                            "You signed in with a one-time password: change it first (PUT /api/v1/me/password with"
                                    + " currentPassword and newPassword), then sign in again. Until then only"
                                    + " GET /api/v1/me, the password change and signing out are allowed."));
            return;
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
