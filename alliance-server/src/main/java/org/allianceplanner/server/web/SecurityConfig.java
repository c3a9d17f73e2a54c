package org.allianceplanner.server.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.allianceplanner.server.user.AccountDetailsService;
import org.allianceplanner.server.user.ApiTokens;
import org.allianceplanner.server.user.LoginThrottle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. The API signs in by bearer tokens ({@code POST /api/v1/tokens} with a name and
 * password); a browser by a session from the sign-in form ({@code /login}), and the API's JSON works
 * with that session too. A request that carries a session cookie and changes something needs the
 * session's CSRF token; a request with a bearer token needs none and never gets a session. Roles gate
 * whole areas here; the account's state (disabled, one-time password) is {@link SignedInAccountFilter}'s;
 * whether a caller may touch one object is each feature's policy. Every response carries the security
 * headers (CSP, X-Frame-Options, nosniff, Referrer-Policy, and HSTS when served over TLS).
 */
@Configuration
public class SecurityConfig {
    /** Requests that need no sign-in: the API's description, its sign-in, and the health probe. */
    private static final String[] OPEN = {
        "/api/v1/openapi.json",
        "/api/v1/openapi.json/**",
        "/api/docs",
        "/api/docs/**",
        "/swagger-ui/**",
        "/api/swagger-ui/**",
        "/api/v1/actuator/health",
        "/api/v1/csrf",
        "/error",
        "/login"
    };

    /** The Content-Security-Policy of every response. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:;"
            + " style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(10);
    }

    @Bean
    AuthenticationManager authenticationManager(AccountDetailsService accounts, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        return new ProviderManager(provider);
    }

    @Bean
    SecurityFilterChain filterChain(
            HttpSecurity http,
            ApiTokens tokens,
            AccountDetailsService accounts,
            LoginThrottle throttle,
            ProblemResponses problems)
            throws Exception {
        RequestMatcher api = new AntPathRequestMatcher("/api/**");
        http.authorizeHttpRequests(requests -> requests
                        // The end of a stream (server-sent events) is an async dispatch of a request
                        // authorized when it began; it carries no token of its own.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC)
                        .permitAll()
                        .requestMatchers(OPEN)
                        .permitAll()
                        .requestMatchers(new AntPathRequestMatcher("/api/v1/tokens", "POST"))
                        .permitAll()
                        .requestMatchers("/api/v1/users", "/api/v1/users/**")
                        .hasRole("ADMIN")
                        .requestMatchers(
                                "/api/v1/scenarios", "/api/v1/scenarios/**", "/api/v1/studies", "/api/v1/studies/**")
                        .hasRole("ANALYST")
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(
                        new SignInThrottleFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SignedInAccountFilter(accounts, problems), AuthorizationFilter.class)
                .formLogin(form -> form.successHandler((request, response, authentication) -> {
                            throttle.succeeded(authentication.getName());
                            new SavedRequestAwareAuthenticationSuccessHandler()
                                    .onAuthenticationSuccess(request, response, authentication);
                        })
                        .failureHandler((request, response, failure) -> {
                            String username = request.getParameter("username");
                            throttle.failed(username == null ? "" : username, request.getRemoteAddr());
                            new SimpleUrlAuthenticationFailureHandler("/login?error")
                                    .onAuthenticationFailure(request, response, failure);
                        }))
                .logout(logout ->
                        logout.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
                .httpBasic(basic -> basic.disable())
                // Only a browser's own pages are remembered to return to after signing in: an API request
                // refused with 401 must not open a session (and set a cookie) for that.
                .requestCache(cache -> cache.requestCache(browserPagesOnly()))
                // Browsers send cookies by themselves, so their unsafe requests need a CSRF token; a
                // bearer token is never sent by a browser on its own, so those requests need none.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfig::needsCsrfToken))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                (request, response, failure) -> problems.unauthorized(
                                        response,
                                        "Sign in first: POST /api/v1/tokens with your name and password, then send"
                                                + " Authorization: Bearer <token>."),
                                api)
                        .accessDeniedHandler((request, response, denied) -> {
                            if (denied instanceof CsrfException) {
                                problems.write(
                                        response,
                                        Problems.detail(
                                                HttpStatus.FORBIDDEN,
                                                "csrf-token-missing",
                                                "CSRF token missing or wrong",
                                                "This request carries a session cookie and changes something, so it"
                                                        + " needs the session's CSRF token: send the header"
                                                        + " X-CSRF-TOKEN with the token from GET /api/v1/csrf (or"
                                                        + " the form field _csrf), or use a bearer token instead"
                                                        + " of the session."));
                            } else {
                                problems.forbidden(response, "Your role does not allow this request.");
                            }
                        }))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    private static HttpSessionRequestCache browserPagesOnly() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && !request.getRequestURI().startsWith("/api/")
                && !BearerTokenFilter.carriesBearerToken(request));
        return cache;
    }

    /**
     * Whether {@code request} must carry the CSRF token: an unsafe request that may ride on a browser's
     * session. An API request without a session cookie carries no ambient authority (it is refused with
     * 401 if it needs a sign-in), and the browser's sign-in form needs the token against login CSRF.
     */
    private static boolean needsCsrfToken(HttpServletRequest request) {
        String method = request.getMethod();
        boolean safe =
                method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") || method.equals("TRACE");
        boolean signingIn = method.equals("POST") && request.getRequestURI().equals("/api/v1/tokens");
        if (safe || signingIn || BearerTokenFilter.carriesBearerToken(request)) {
            return false;
        }
        boolean apiRequest = request.getRequestURI().startsWith("/api/");
        return !apiRequest || request.getRequestedSessionId() != null;
    }
}
