package org.allianceplanner.server.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.allianceplanner.server.ApiClient;

/** What the tests of server processes do through the API and the database. */
final class ServerProcesses {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "CANCELLED");
    private static final String ANALYST_PASSWORD = "analyst-password-1";

    private ServerProcesses() {}

    /** A new analyst of {@code server}, signed in with a password of their own. */
    static ApiClient newAnalyst(ServerProcess server, String name) {
        ApiClient.Response created = server.admin().post("/api/v1/users", Map.of("username", name, "role", "ANALYST"));
        if (created.status() != 201) {
            throw new IllegalStateException("could not add an analyst: " + created);
        }
        String oneTime = created.json().get("oneTimePassword").asText();
        ApiClient first = ApiClient.signIn(server.base(), name, oneTime);
        ApiClient.Response changed =
                first.put("/api/v1/me/password", Map.of("currentPassword", oneTime, "newPassword", ANALYST_PASSWORD));
        if (changed.status() != 204) {
            throw new IllegalStateException("could not change the analyst's password: " + changed);
        }
        return ApiClient.signIn(server.base(), name, ANALYST_PASSWORD);
    }

    /** The analyst's own copy of the demo scenario, through the API; its id. */
    static long demoScenario(ApiClient analyst) {
        ApiClient.Response created = analyst.post("/api/v1/scenarios/demo", Map.of());
        if (created.status() != 201) {
            throw new IllegalStateException("could not copy the demo: " + created);
        }
        return created.json().get("id").asLong();
    }

    /** Submits a study of {@code scenarioId}; its id. */
    static long submit(ApiClient analyst, long scenarioId, Map<String, Object> options) {
        Map<String, Object> body = new java.util.HashMap<>(options);
        body.put("scenarioId", scenarioId);
        ApiClient.Response response = analyst.post("/api/v1/studies", body);
        if (response.status() != 201) {
            throw new IllegalStateException("the study was not submitted: " + response);
        }
        return response.json().get("id").asLong();
    }

    static JsonNode study(ApiClient analyst, long id) {
        return analyst.get("/api/v1/studies/" + id).json();
    }

    /** Waits until study {@code id} is as {@code wanted} says, within {@code seconds}. */
    static JsonNode awaitStudy(ApiClient analyst, long id, Predicate<JsonNode> wanted, int seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        JsonNode study = study(analyst, id);
        while (!wanted.test(study)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Study " + id + " is not as wanted after " + seconds + " s: " + study);
            }
            Thread.sleep(250);
            study = study(analyst, id);
        }
        return study;
    }

    static boolean ended(JsonNode study) {
        return ENDED.contains(study.get("state").asText());
    }

    /** The worker that ran study {@code id}, as its row says. */
    static String workerOf(String dbUrl, long id) throws SQLException {
        try (Connection connection = DriverManager.getConnection(dbUrl, "postgres", "postgres");
                PreparedStatement select = connection.prepareStatement("SELECT worker_id FROM study WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return String.valueOf(row.getString(1));
            }
        }
    }

    /**
     * Waits until none of {@code processes} is alive and prints how long that took after {@code what};
     * false when some still is after {@code seconds}.
     */
    static boolean allEnd(Iterable<ProcessHandle> processes, int seconds, String what) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            boolean anyAlive = false;
            for (ProcessHandle process : processes) {
                anyAlive |= process.isAlive();
            }
            if (!anyAlive) {
                System.out.printf(
                        java.util.Locale.ROOT,
                        "the study process ended %.2f s after %s%n",
                        (System.nanoTime() - start) / 1e9,
                        what);
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }
}
