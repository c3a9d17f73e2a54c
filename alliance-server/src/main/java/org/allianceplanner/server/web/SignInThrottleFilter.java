package org.allianceplanner.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.allianceplanner.server.user.LoginThrottle;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses the browser's sign-in form ({@code POST /login}) while {@link LoginThrottle} says the user
 * name or the address must wait: 429 problem details with {@code Retry-After}, before the password is
 * even looked at. The API's sign-in applies the same throttle in its controller.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {
    private final LoginThrottle throttle;
    private final ProblemResponses problems;

    SignInThrottleFilter(LoginThrottle throttle, ProblemResponses problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && "/login"
                        .equals(request.getRequestURI()
                                .substring(request.getContextPath().length())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        Optional<Duration> wait = throttle.refusal(username == null ? "" : username, request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(LoginThrottle.retryAfterSeconds(wait.get())));
            problems.write(response, LoginThrottle.problem(wait.get()));
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            throttle.ended(username == null ? "" : username);
        }
    }
}
