package org.allianceplanner.bench.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The service's REST API as the benchmarks use it: JSON over HTTP with a bearer token. */
final class ServerApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED", "CANCELLED");

    /** The password the benchmarks' analysts choose. */
    static final String ANALYST_PASSWORD = "bench-analyst-password";

    private final HttpClient http;
    private final String base;
    private final String token;
    private final String username;

    private ServerApi(HttpClient http, String base, String token, String username) {
        this.http = http;
        this.base = base;
        this.token = token;
        this.username = username;
    }

    /** Who this client is signed in as ("" when not). */
    String username() {
        return username;
    }

    /** A response's status and body. */
    record Response(int status, byte[] body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException notJson) {
                throw new IllegalStateException("The server answered " + status + " with no JSON.", notJson);
            }
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        Response expect(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(
                        what + ": the server answered " + status + " " + new String(body, StandardCharsets.UTF_8));
            }
            return this;
        }
    }

    /**
     * Signs in to a fresh server as its first administrator (password {@code adminPassword}, replaced
     * as the server asks), adds an analyst and returns the analyst's client.
     */
    static ServerApi freshAnalyst(HttpClient http, String base, String adminPassword) {
        ServerApi admin = signInChanging(http, base, "admin", adminPassword, adminPassword + "-changed");
        String name = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode created = admin.post("/api/v1/users", Map.of("username", name, "role", "ANALYST"))
                .expect(201, "adding the analyst")
                .json();
        return signInChanging(http, base, name, created.get("oneTimePassword").asText(), ANALYST_PASSWORD);
    }

    /** Signs in as {@code username}; after a password change the new password works again. */
    static ServerApi signIn(HttpClient http, String base, String username, String password) {
        ServerApi anonymous = new ServerApi(http, base, "", "");
        JsonNode token = anonymous
                .post("/api/v1/tokens", Map.of("username", username, "password", password))
                .expect(201, "signing in as " + username)
                .json();
        return new ServerApi(http, base, token.get("token").asText(), username);
    }

    private static ServerApi signInChanging(
            HttpClient http, String base, String username, String oneTime, String chosen) {
        ServerApi first = signIn(http, base, username, oneTime);
        if (!first.get("/api/v1/me")
                .expect(200, "reading the user")
                .json()
                .path("mustChangePassword")
                .asBoolean()) {
            return first;
        }
        first.put("/api/v1/me/password", Map.of("currentPassword", oneTime, "newPassword", chosen))
                .expect(204, "changing the one-time password");
        return signIn(http, base, username, chosen);
    }

    /** The caller's own copy of the built-in demo scenario; its id. */
    long demoScenario() {
        return post("/api/v1/scenarios/demo", Map.of())
                .expect(201, "copying the demo")
                .json()
                .get("id")
                .asLong();
    }

    /** Uploads a zipped scenario folder or a workbook; the new scenario's id. */
    long upload(Path file) {
        String boundary = "alliance-bench-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
            body.write(head.getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(file));
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        HttpRequest.Builder request = request("/api/v1/scenarios")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return send(request)
                .expect(201, "uploading " + file.getFileName())
                .json()
                .get("id")
                .asLong();
    }

    /** Submits a study of {@code scenarioId} with these options; its id. */
    long submit(long scenarioId, Map<String, Object> options) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(options);
        body.put("scenarioId", scenarioId);
        return post("/api/v1/studies", body)
                .expect(201, "submitting a study")
                .json()
                .get("id")
                .asLong();
    }

    /** The study's status. */
    JsonNode study(long id) {
        return get("/api/v1/studies/" + id).expect(200, "reading study " + id).json();
    }

    /** Waits until the study is finished; its last status. Reads through a restart of the server. */
    JsonNode awaitFinished(long id, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                JsonNode status = study(id);
                if (FINISHED.contains(status.path("state").asText())) {
                    return status;
                }
            } catch (UncheckedIOException | IllegalStateException down) {
                // The server is down or restarting: ask again.
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Study " + id + " did not finish within " + timeout.toSeconds() + " s.");
    }

    Response get(String path) {
        return send(request(path).GET());
    }

    Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(json(body)));
    }

    Response put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(json(body)));
    }

    /** A request to {@code path} carrying this client's token. */
    HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(300));
        return token.isEmpty() ? builder : builder.header("Authorization", "Bearer " + token);
    }

    Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.body());
        } catch (IOException down) {
            throw new UncheckedIOException(down);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted.", interrupted);
        }
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
