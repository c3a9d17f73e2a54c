package org.allianceplanner.server.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.allianceplanner.io.demo.DemoScenarios;
import org.allianceplanner.server.ApiClient;
import org.allianceplanner.server.scenario.ScenarioFormat;
import org.allianceplanner.server.scenario.ScenarioRepository;

/** The demo scenario as an uploaded zip, and the study calls the tests make. */
final class StudyTestSupport {
    static final ObjectMapper JSON = new ObjectMapper();
    private static byte[] demoZip;

    private StudyTestSupport() {}

    /** The demo's folder zipped, as a user would upload it. */
    static synchronized byte[] demoZip() {
        if (demoZip != null) {
            return demoZip;
        }
        try {
            Path folder = Files.createTempDirectory("demo-zip-");
            DemoScenarios.export(DemoScenarios.NISSAN_TESLA_HONDA, folder);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes);
                    Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    zip.putNextEntry(
                            new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                    zip.write(Files.readAllBytes(file));
                    zip.closeEntry();
                }
            }
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
            demoZip = bytes.toByteArray();
            return demoZip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps the demo as a scenario of {@code client}'s user, straight in the database (the upload API is
     * the scenarios feature's), and returns its id.
     */
    static long demoScenario(ScenarioRepository scenarios, ApiClient client) {
        long owner = client.get("/api/v1/me").json().get("id").asLong();
        return scenarios
                .insert(owner, "demo", ScenarioFormat.CSV_ZIP, "demo.zip", demoZip(), "0".repeat(64), "{}")
                .id();
    }

    /** POSTs a study, with an Idempotency-Key when {@code key} is not null. */
    static ApiClient.Response submit(ApiClient client, Map<String, ?> body, String key) {
        HttpRequest.Builder request = client.request("/api/v1/studies").header("Content-Type", "application/json");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        try {
            return client.send(request.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fast study of the demo: the footprint lever alone, with {@code seconds} per solve. */
    static Map<String, Object> fastDemo(long scenarioId, double seconds) {
        return Map.of("scenarioId", scenarioId, "levers", List.of("footprint"), "timeLimitSeconds", seconds);
    }

    /** Waits until study {@code id} is in one of {@code states}; its last view. */
    static JsonNode awaitState(ApiClient client, long id, Duration within, String... states) {
        long end = System.nanoTime() + within.toNanos();
        JsonNode study;
        do {
            ApiClient.Response response = client.get("/api/v1/studies/" + id);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            study = response.json();
            for (String state : states) {
                if (study.get("state").asText().equals(state)) {
                    return study;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } while (System.nanoTime() < end);
        throw new AssertionError(
                "study " + id + " did not reach " + List.of(states) + " within " + within + ": " + study);
    }
}
