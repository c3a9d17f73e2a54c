package org.allianceplanner.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A plain HTTP client of the API, as a user's script would be: JSON in and out, a bearer token when
 * signed in. Tests use it against a server on a real port.
 */
public final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String token;

    private ApiClient(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** A client signed in to {@code base} (e.g. {@code http://localhost:8080}) as {@code username}. */
    public static ApiClient signIn(String base, String username, String password) {
        ApiClient anonymous = anonymous(base);
        Response response = anonymous.post("/api/v1/tokens", Map.of("username", username, "password", password));
        if (response.status() != 201) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + response);
        }
        return new ApiClient(base, response.json().get("token").asText());
    }

    /** A client that is not signed in. */
    public static ApiClient anonymous(String base) {
        return new ApiClient(base, "");
    }

    /** The same server with another bearer token (possibly a forged one). */
    public ApiClient withToken(String otherToken) {
        return new ApiClient(base, otherToken);
    }

    /** This client's token. */
    public String token() {
        return token;
    }

    /** A response: status, headers and body. */
    public record Response(int status, java.net.http.HttpHeaders headers, byte[] body) {
        /** The body as text. */
        public String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }

        /** The body as JSON. */
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException notJson) {
                throw new UncheckedIOException("not JSON: " + text(), notJson);
            }
        }

        /** The Content-Type header, or "". */
        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(json(body)));
    }

    public Response put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(json(body)));
    }

    /** Sends a request built by the caller (raw bodies, other headers). */
    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** A request to {@code path} with this client's token. */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        if (!token.isEmpty()) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(
                    body instanceof String text ? text : JSON.writeValueAsString(body));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
