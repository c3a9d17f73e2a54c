package org.allianceplanner.server.study;

import static org.allianceplanner.server.study.StudyTestSupport.awaitState;
import static org.allianceplanner.server.study.StudyTestSupport.demoScenario;
import static org.allianceplanner.server.study.StudyTestSupport.fastDemo;
import static org.allianceplanner.server.study.StudyTestSupport.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.allianceplanner.model.alliance.AllianceComparison;
import org.allianceplanner.model.alliance.AllianceStudyResult;
import org.allianceplanner.report.json.PlanJson;
import org.allianceplanner.server.ApiClient;
import org.allianceplanner.server.ServerTestBase;
import org.allianceplanner.server.scenario.ScenarioRepository;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The studies API end to end over HTTP, with this server's one worker running the studies in process. */
abstract class AbstractStudyApiTest extends ServerTestBase {
    private static final Duration LONG = Duration.ofSeconds(180);

    @Autowired
    ScenarioRepository scenarios;

    @Test
    void aStudyOfTheDemoCompletesWithProgressEventsAndItsDownloadsAgree() throws Exception {
        ApiClient analyst = newAnalyst();
        long scenario = demoScenario(scenarios, analyst);
        ApiClient.Response submitted = submit(analyst, fastDemo(scenario, 20.0), null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        long id = submitted.json().get("id").asLong();
        assertThat(submitted.headers().firstValue("Location")).hasValue("/api/v1/studies/" + id);

        // The event stream runs until the study ends, then closes.
        ApiClient.Response events = analyst.send(
                analyst.request("/api/v1/studies/" + id + "/events").GET());
        assertThat(events.status()).isEqualTo(200);
        assertThat(events.contentType()).startsWith("text/event-stream");
        assertThat(events.text())
                .contains("event:progress")
                .contains("event:state")
                .contains("\"COMPLETED\"");

        JsonNode study = awaitState(analyst, id, LONG, "COMPLETED", "FAILED", "CANCELLED");
        assertThat(study.get("state").asText()).as(study.toString()).isEqualTo("COMPLETED");
        assertThat(study.get("attempts").asInt()).isEqualTo(1);
        assertThat(study.get("reused").asBoolean()).isFalse();
        assertThat(study.has("startedAt")).isTrue();
        assertThat(study.has("finishedAt")).isTrue();
        assertThat(study.get("progress").get("total").asInt()).isPositive();
        assertThat(study.get("progress").get("done").asInt())
                .isEqualTo(study.get("progress").get("total").asInt());
        assertThat(study.get("options").get("levers").get(0).asText()).isEqualTo("footprint");

        ApiClient.Response summary = analyst.get("/api/v1/studies/" + id + "/result");
        assertThat(summary.status()).isEqualTo(200);
        ApiClient.Response plan = analyst.get("/api/v1/studies/" + id + "/plan.json");
        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        AllianceStudyResult result = PlanJson.fromJson(plan.text());
        AllianceComparison best = result.alliances().stream()
                .filter(a -> a.partnerIds().size() > 1)
                .min(Comparator.comparingInt(AllianceComparison::rank))
                .orElseThrow();
        JsonNode bestInSummary = summary.json().get("best");
        assertThat(bestInSummary.get("coalitionId").asText()).isEqualTo(best.coalitionId());
        assertThat(bestInSummary.get("synergy").get("total").asDouble())
                .isCloseTo(best.synergy().total(), within(1e-6));
        assertThat(bestInSummary.get("synergy").get("footprint").asDouble())
                .isCloseTo(best.synergy().footprint(), within(1e-6));
        assertThat(summary.json().get("alliances")).hasSize(result.alliances().size());
        assertThat(summary.json().get("outline").get("partners").asInt())
                .isEqualTo(result.outline().partners().size());
        assertThat(summary.json().get("levers").get(0).asText()).isEqualTo("footprint");
        // The shares of every defined split add up to the alliance's value (a property, not a copy).
        for (JsonNode split : bestInSummary.get("splits")) {
            if (split.get("shares").size() > 0) {
                double sum = 0;
                for (JsonNode share : split.get("shares")) {
                    sum += share.asDouble();
                }
                double expected = best.sharing()
                        .game()
                        .values()
                        .get((1 << best.partnerIds().size()) - 1);
                assertThat(sum)
                        .as(split.toString())
                        .isCloseTo(expected, within(1e-3 * Math.max(1, Math.abs(expected))));
            }
        }

        ApiClient.Response html = analyst.get("/api/v1/studies/" + id + "/report.html");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        String page = html.text();
        assertThat(page).contains("<html");
        result.outline().partners().forEach(p -> assertThat(page).contains(p.name()));

        ApiClient.Response xlsx = analyst.get("/api/v1/studies/" + id + "/report.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getNumberOfSheets()).isPositive();
        }

        // The same inputs again: not planned twice, the same result.
        ApiClient.Response again = submit(analyst, fastDemo(scenario, 20.0), null);
        assertThat(again.status()).isEqualTo(201);
        long second = again.json().get("id").asLong();
        assertThat(second).isNotEqualTo(id);
        JsonNode reused = awaitState(analyst, second, LONG, "COMPLETED", "FAILED", "CANCELLED");
        assertThat(reused.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(reused.get("reused").asBoolean()).isTrue();
        assertThat(analyst.get("/api/v1/studies/" + second + "/plan.json").text())
                .isEqualTo(plan.text());

        List<Long> listed = new ArrayList<>();
        analyst.get("/api/v1/studies")
                .json()
                .forEach(s -> listed.add(s.get("id").asLong()));
        assertThat(listed).containsExactly(second, id);

        // Another analyst with the same inputs: planned for them, never answered from this analyst's result.
        ApiClient other = newAnalyst();
        long theirScenario = demoScenario(scenarios, other);
        long theirs = submit(other, fastDemo(theirScenario, 20.0), null)
                .json()
                .get("id")
                .asLong();
        JsonNode planned = awaitState(other, theirs, LONG, "COMPLETED", "FAILED", "CANCELLED");
        assertThat(planned.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(planned.get("reused").asBoolean()).isFalse();
    }

    @Test
    void theSameIdempotencyKeyGivesTheSameStudyEvenAtOnce() throws Exception {
        ApiClient analyst = newAnalyst();
        long scenario = demoScenario(scenarios, analyst);
        Map<String, Object> body = fastDemo(scenario, 21.0);
        ApiClient.Response first = submit(analyst, body, "key-1");
        ApiClient.Response second = submit(analyst, body, "key-1");
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("id").asLong())
                .isEqualTo(first.json().get("id").asLong());

        ApiClient.Response otherBody = submit(analyst, fastDemo(scenario, 22.0), "key-1");
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.contentType()).startsWith("application/problem+json");
        assertThat(otherBody.json().get("studyId").asLong())
                .isEqualTo(first.json().get("id").asLong());

        // Another analyst's same key is another study.
        ApiClient other = newAnalyst();
        long otherScenario = demoScenario(scenarios, other);
        ApiClient.Response theirs = submit(other, fastDemo(otherScenario, 21.0), "key-1");
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.json().get("id").asLong())
                .isNotEqualTo(first.json().get("id").asLong());

        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Callable<ApiClient.Response>> posts = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                posts.add(() -> submit(analyst, fastDemo(scenario, 23.0), "key-at-once"));
            }
            Set<Long> ids = new HashSet<>();
            int created = 0;
            for (Future<ApiClient.Response> post : pool.invokeAll(posts)) {
                ApiClient.Response response = post.get();
                assertThat(response.status()).as(response.toString()).isIn(200, 201);
                created += response.status() == 201 ? 1 : 0;
                ids.add(response.json().get("id").asLong());
            }
            assertThat(ids).hasSize(1);
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        long studies = 0;
        for (JsonNode study : analyst.get("/api/v1/studies").json()) {
            studies++;
            analyst.post("/api/v1/studies/" + study.get("id").asLong() + "/cancel", Map.of());
        }
        assertThat(studies).isEqualTo(2);
        for (JsonNode study : other.get("/api/v1/studies").json()) {
            other.post("/api/v1/studies/" + study.get("id").asLong() + "/cancel", Map.of());
        }
    }

    @Test
    void aBadRequestNamesEveryProblemAndQueuesNothing() {
        ApiClient analyst = newAnalyst();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("levers", List.of("footprint", "teleport"));
        body.put("solver", "GUROBI");
        body.put("timeLimitSeconds", -1);
        body.put("relativeGap", 2);
        body.put("friction", 3);
        body.put("samples", 1);
        body.put("bargainingPowers", Map.of("nissan", -2));
        ApiClient.Response response = submit(analyst, body, null);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> options = new ArrayList<>();
        response.json().get("problems").forEach(p -> {
            options.add(p.get("option").asText());
            assertThat(p.get("message").asText()).isNotBlank();
        });
        assertThat(options)
                .containsExactlyInAnyOrder(
                        "scenarioId",
                        "levers",
                        "solver",
                        "timeLimitSeconds",
                        "relativeGap",
                        "friction",
                        "samples",
                        "bargainingPowers");
        assertThat(response.text()).doesNotContain("Exception").doesNotContain("at org.");

        ApiClient.Response unknown = submit(analyst, Map.of("scenarioId", 1, "timeLimit", 5), null);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asText()).contains("timeLimit");

        ApiClient.Response noScenario = submit(analyst, Map.of("scenarioId", 987654), null);
        assertThat(noScenario.status()).isEqualTo(404);

        assertThat(analyst.get("/api/v1/studies").json()).isEmpty();
    }

    @Test
    void aRunningStudyIsCancelledByItsWorker() {
        ApiClient analyst = newAnalyst();
        long scenario = demoScenario(scenarios, analyst);
        // Every lever: the longest of these studies, several seconds.
        ApiClient.Response submitted =
                submit(analyst, Map.of("scenarioId", scenario, "rndTimeLimitSeconds", 9.5), null);
        long id = submitted.json().get("id").asLong();
        awaitState(analyst, id, LONG, "RUNNING");
        ApiClient.Response cancel = analyst.post("/api/v1/studies/" + id + "/cancel", Map.of());
        assertThat(cancel.status()).as(cancel.toString()).isEqualTo(200);
        long asked = System.nanoTime();
        JsonNode ended = awaitState(analyst, id, Duration.ofSeconds(60), "CANCELLED", "COMPLETED", "FAILED");
        assertThat(ended.get("state").asText()).as(ended.toString()).isEqualTo("CANCELLED");
        assertThat(ended.has("finishedAt")).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(30));
        ApiClient.Response result = analyst.get("/api/v1/studies/" + id + "/result");
        assertThat(result.status()).isEqualTo(409);
        assertThat(analyst.post("/api/v1/studies/" + id + "/cancel", Map.of()).status())
                .isEqualTo(409);
        assertThat(analyst.delete("/api/v1/studies/" + id).status()).isEqualTo(204);
        assertThat(analyst.get("/api/v1/studies/" + id).status()).isEqualTo(404);
    }

    @Test
    void anotherAnalystCannotSeeTouchOrUseYourStudiesAndScenarios() {
        ApiClient owner = newAnalyst();
        ApiClient intruder = newAnalyst();
        long scenario = demoScenario(scenarios, owner);
        long id = submit(owner, fastDemo(scenario, 24.0), null).json().get("id").asLong();
        String study = "/api/v1/studies/" + id;
        ApiClient.Response missing = intruder.get("/api/v1/studies/" + (id + 100_000));
        for (String path : List.of(
                study,
                study + "/events",
                study + "/result",
                study + "/plan.json",
                study + "/report.html",
                study + "/report.xlsx")) {
            ApiClient.Response response = intruder.get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.json().get("detail").asText())
                    .isEqualTo(missing.json()
                            .get("detail")
                            .asText()
                            .replace(String.valueOf(id + 100_000), String.valueOf(id)));
        }
        assertThat(intruder.post(study + "/cancel", Map.of()).status()).isEqualTo(404);
        assertThat(intruder.delete(study).status()).isEqualTo(404);
        assertThat(intruder.get("/api/v1/studies").json()).isEmpty();
        assertThat(submit(intruder, fastDemo(scenario, 24.0), null).status()).isEqualTo(404);
        // The admin manages users only.
        assertThat(admin().get(study).status()).isEqualTo(403);
        assertThat(ApiClient.anonymous(base()).get(study).status()).isEqualTo(401);

        // Still the owner's, untouched: it runs or ran.
        JsonNode ended = awaitState(owner, id, LONG, "COMPLETED", "FAILED", "CANCELLED");
        assertThat(ended.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(new String(owner.get(study + "/result").body(), StandardCharsets.UTF_8))
                .contains("best");
        assertThat(owner.get(study + "/report.html").status()).isEqualTo(200);
    }
}
