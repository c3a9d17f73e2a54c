package org.allianceplanner.server.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.allianceplanner.server.user.AccountDetailsService;
import org.allianceplanner.server.user.ApiTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. The API signs in by bearer tokens ({@code POST /api/v1/tokens} with a name and
 * password); a browser by a session from the sign-in form, whose forms carry a CSRF token. Roles gate
 * whole areas here; whether a caller may touch one object is each feature's policy.
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
        "/api/v1/actuator/health",
        "/error",
        "/login"
    };

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
    SecurityFilterChain filterChain(HttpSecurity http, ApiTokens tokens, ProblemResponses problems) throws Exception {
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
                .formLogin(Customizer.withDefaults())
                .httpBasic(basic -> basic.disable())
                // Browsers send cookies by themselves, so their unsafe requests need a CSRF token; a
                // bearer token is never sent by a browser on its own, so those requests need none.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfig::needsCsrfToken))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                (request, response, failure) -> problems.unauthorized(
                                        response,
                                        "Sign in first: POST /api/v1/tokens with your name and password, then send"
                                                + " Authorization: Bearer <token>."),
                                api)
                        .defaultAccessDeniedHandlerFor(
                                (request, response, denied) ->
                                        problems.forbidden(response, "Your role does not allow this request."),
                                api))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
                                        + " frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    private static boolean needsCsrfToken(HttpServletRequest request) {
        String method = request.getMethod();
        boolean safe =
                method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") || method.equals("TRACE");
        boolean signingIn = method.equals("POST") && request.getRequestURI().equals("/api/v1/tokens");
        return !safe && !signingIn && !BearerTokenFilter.carriesBearerToken(request);
    }
}
