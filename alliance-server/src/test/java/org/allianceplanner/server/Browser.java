package org.allianceplanner.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser as far as the server can tell: it keeps the session cookie, signs in by the form of {@code
 * /login} with the form's CSRF token, follows no redirect, and sends the CSRF token only when told to.
 */
public final class Browser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]*)");

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base;
    private String session = "";

    public Browser(String base) {
        this.base = base;
    }

    /** The session cookie's value, or "" when there is none. */
    public String session() {
        return session;
    }

    /** Opens the sign-in page and returns the CSRF token of its form. */
    public String signInFormToken() {
        ApiClient.Response page = send(request("/login").GET());
        Matcher token = FORM_CSRF.matcher(page.text());
        if (page.status() != 200 || !token.find()) {
            throw new IllegalStateException("the sign-in page has no CSRF token: " + page);
        }
        return token.group(1);
    }

    /** Signs in by the form, as a person would: open the page, then post it. */
    public ApiClient.Response signIn(String username, String password) {
        String token = signInFormToken();
        return postForm("/login", Map.of("username", username, "password", password, "_csrf", token));
    }

    /** Posts a form (the caller puts {@code _csrf} in it, or not). */
    public ApiClient.Response postForm(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** The session's CSRF token for the API ({@code GET /api/v1/csrf}). */
    public String csrfToken() {
        ApiClient.Response answer = get("/api/v1/csrf");
        if (answer.status() != 200) {
            throw new IllegalStateException("no CSRF token: " + answer);
        }
        return answer.json().get("token").asText();
    }

    public ApiClient.Response get(String path) {
        return send(request(path).GET());
    }

    /** A JSON request with {@code method}; {@code csrfToken} "" sends none. */
    public ApiClient.Response json(String method, String path, Object body, String csrfToken) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json");
        if (!csrfToken.isEmpty()) {
            request.header("X-CSRF-TOKEN", csrfToken);
        }
        try {
            String text = body instanceof String string ? string : JSON.writeValueAsString(body);
            return send(request.method(method, HttpRequest.BodyPublishers.ofString(text)));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** A request to {@code path} with the session cookie, if any. */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (!session.isEmpty()) {
            builder.header("Cookie", "JSESSIONID=" + session);
        }
        return builder;
    }

    /** Sends {@code request} and keeps a new session cookie. */
    public ApiClient.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                Matcher value = SESSION_COOKIE.matcher(cookie);
                if (value.find()) {
                    session = value.group(1);
                }
            }
            return new ApiClient.Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
