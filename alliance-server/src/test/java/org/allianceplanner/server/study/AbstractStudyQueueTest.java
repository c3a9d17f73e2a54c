package org.allianceplanner.server.study;

import static org.allianceplanner.server.study.StudyTestSupport.awaitState;
import static org.allianceplanner.server.study.StudyTestSupport.demoScenario;
import static org.allianceplanner.server.study.StudyTestSupport.fastDemo;
import static org.allianceplanner.server.study.StudyTestSupport.submit;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.allianceplanner.server.ApiClient;
import org.allianceplanner.server.ServerTestBase;
import org.allianceplanner.server.scenario.ScenarioRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The queue without this server's own workers ({@code alliance.studies.workers=0}): studies stay
 * queued until a test's workers take them. The reaper runs often and a heartbeat is stale after 2 s.
 */
@TestPropertySource(
        properties = {
            "alliance.studies.workers=0",
            "alliance.studies.heartbeat=PT0.2S",
            "alliance.studies.stale-after=PT2S",
            "alliance.studies.reap-every=PT0.3S"
        })
abstract class AbstractStudyQueueTest extends ServerTestBase {
    @Autowired
    ScenarioRepository scenarios;

    @Autowired
    StudyWorkers workers;

    @Autowired
    StudyRepository studies;

    @Autowired
    JdbcClient jdbc;

    /** Counts every study it is asked to run, and completes it at once with a made-up result. */
    static final class CountingExecutor implements StudyExecutor {
        final Map<Long, AtomicInteger> runs = new ConcurrentHashMap<>();
        final List<Long> order = Collections.synchronizedList(new ArrayList<>());

        @Override
        public RunningStudy start(StudyInput input, StudyProgressListener progress) {
            runs.computeIfAbsent(input.studyId(), id -> new AtomicInteger()).incrementAndGet();
            order.add(input.studyId());
            return new RunningStudy() {
                @Override
                public void cancel() {}

                @Override
                public StudyOutcome await() throws InterruptedException {
                    Thread.sleep(20);
                    progress.progress(1, 1, "made up");
                    return new StudyOutcome.Completed(
                            "{\"study\":" + input.studyId() + "}", "{\"study\":" + input.studyId() + "}");
                }
            };
        }
    }

    @Test
    void aQueuedStudyIsCancelledAtOnce() {
        ApiClient analyst = newAnalyst();
        long scenario = demoScenario(scenarios, analyst);
        long id =
                submit(analyst, fastDemo(scenario, 30.0), null).json().get("id").asLong();
        assertThat(analyst.get("/api/v1/studies/" + id).json().get("state").asText())
                .isEqualTo("QUEUED");
        assertThat(analyst.delete("/api/v1/studies/" + id).status()).isEqualTo(409);
        ApiClient.Response cancelled = analyst.post("/api/v1/studies/" + id + "/cancel", Map.of());
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("state").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().has("startedAt")).isFalse();
        assertThat(cancelled.json().has("finishedAt")).isTrue();
        assertThat(cancelled.json().get("attempts").asInt()).isZero();
        // Nothing is left for a worker.
        CountingExecutor executor = new CountingExecutor();
        assertThat(runAll(workers.newWorker("after-cancel", executor))).isZero();
        assertThat(analyst.get("/api/v1/studies/" + id + "/plan.json").status()).isEqualTo(409);
        assertThat(analyst.delete("/api/v1/studies/" + id).status()).isEqualTo(204);
    }

    @Test
    void aStudyWhoseServerStoppedIsQueuedAgainAndThenRuns() throws Exception {
        ApiClient analyst = newAnalyst();
        long scenario = demoScenario(scenarios, analyst);
        long id = insertRunning(analyst, scenario, 1, 3, Instant.now().minusSeconds(600));
        JsonNode queued = awaitState(analyst, id, Duration.ofSeconds(20), "QUEUED");
        assertThat(queued.get("attempts").asInt()).isEqualTo(1);

        // A real run in this JVM of the demo.
        StudyWorker worker = workers.newWorker("taker", new InProcessStudyExecutor());
        assertThat(worker.runOne()).isTrue();
        JsonNode done = awaitState(analyst, id, Duration.ofSeconds(5), "COMPLETED", "FAILED", "CANCELLED");
        assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.get("attempts").asInt()).isEqualTo(2);
        assertThat(analyst.get("/api/v1/studies/" + id + "/result")
                        .json()
                        .get("best")
                        .get("coalitionId")
                        .asText())
                .isNotBlank();
    }

    @Test
    void aStudyWhoseServerStoppedOnItsLastAttemptFailsWithTheReason() {
        ApiClient analyst = newAnalyst();
        long scenario = demoScenario(scenarios, analyst);
        long id = insertRunning(analyst, scenario, 3, 3, Instant.now().minusSeconds(600));
        JsonNode failed = awaitState(analyst, id, Duration.ofSeconds(20), "FAILED", "QUEUED");
        assertThat(failed.get("state").asText()).isEqualTo("FAILED");
        assertThat(failed.get("failureReason").asText())
                .isEqualTo("The server running it stopped 3 times; it is not started again.");
        assertThat(failed.has("finishedAt")).isTrue();
        // A live heartbeat is left alone.
        long live = insertRunning(analyst, scenario, 1, 3, Instant.now().plusSeconds(3600));
        workers.reap();
        assertThat(analyst.get("/api/v1/studies/" + live).json().get("state").asText())
                .isEqualTo("RUNNING");
    }

    @Test
    void aCancelAskedOfARunningStudyIsNeverLostToTheQueue() {
        ApiClient analyst = newAnalyst();
        long scenario = demoScenario(scenarios, analyst);
        // The server stops in good order while a study it runs has a cancel request: it ends CANCELLED.
        long released =
                submit(analyst, fastDemo(scenario, 32.0), null).json().get("id").asLong();
        assertThat(studies.claim("stopping-worker").orElseThrow().id()).isEqualTo(released);
        analyst.post("/api/v1/studies/" + released + "/cancel", Map.of());
        assertThat(studies.release(released, "stopping-worker")).isTrue();
        assertThat(analyst.get("/api/v1/studies/" + released)
                        .json()
                        .get("state")
                        .asText())
                .isEqualTo("CANCELLED");
        // Its worker finishes it anyway: the result is not written, the study stays cancelled.
        long finishing =
                submit(analyst, fastDemo(scenario, 33.0), null).json().get("id").asLong();
        assertThat(studies.claim("finishing-worker").orElseThrow().id()).isEqualTo(finishing);
        analyst.post("/api/v1/studies/" + finishing + "/cancel", Map.of());
        assertThat(studies.complete(finishing, "finishing-worker", new StudyRepository.Result("{}", "{}", false, null)))
                .isFalse();
        assertThat(studies.result(finishing)).isEmpty();
        // Its server died, on its last attempt: the reaper ends it CANCELLED, neither queued nor FAILED.
        long dead = insertRunning(analyst, scenario, 3, 3, Instant.now().plusSeconds(3600));
        analyst.post("/api/v1/studies/" + dead + "/cancel", Map.of());
        jdbc.sql("UPDATE study SET heartbeat_at = ? WHERE id = ?")
                .params(Instant.now().minusSeconds(600).atOffset(ZoneOffset.UTC), dead)
                .update();
        workers.reap();
        assertThat(analyst.get("/api/v1/studies/" + dead).json().get("state").asText())
                .isEqualTo("CANCELLED");
        CountingExecutor executor = new CountingExecutor();
        assertThat(runAll(workers.newWorker("after-cancels", executor))).isZero();
    }

    @Test
    void aWorkerThatLostItsStudyWritesNothing() {
        ApiClient analyst = newAnalyst();
        long scenario = demoScenario(scenarios, analyst);
        long id =
                submit(analyst, fastDemo(scenario, 31.0), null).json().get("id").asLong();
        assertThat(studies.claim("slow-worker").orElseThrow().id()).isEqualTo(id);
        jdbc.sql("UPDATE study SET heartbeat_at = ? WHERE id = ?")
                .params(Instant.now().minusSeconds(600).atOffset(ZoneOffset.UTC), id)
                .update();
        workers.reap();
        assertThat(studies.claim("new-worker").orElseThrow().id()).isEqualTo(id);
        assertThat(studies.heartbeat(id, "slow-worker", 1, 2, "late")).isEmpty();
        assertThat(studies.complete(id, "slow-worker", new StudyRepository.Result("{}", "{}", false, null)))
                .isFalse();
        assertThat(studies.end(id, "slow-worker", StudyState.FAILED, "late")).isFalse();
        assertThat(studies.result(id)).isEmpty();
        assertThat(studies.find(id).orElseThrow().state()).isEqualTo(StudyState.RUNNING);
        assertThat(studies.complete(id, "new-worker", new StudyRepository.Result("{\"a\":1}", "{}", false, null)))
                .isTrue();
        assertThat(studies.result(id).orElseThrow().planJson()).isEqualTo("{\"a\":1}");
        assertThat(studies.find(id).orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void oneWorkerTakesStudiesInTheOrderSubmitted() {
        ApiClient analyst = newAnalyst();
        long scenario = demoScenario(scenarios, analyst);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(submit(analyst, fastDemo(scenario, 40.0 + i), null)
                    .json()
                    .get("id")
                    .asLong());
        }
        CountingExecutor executor = new CountingExecutor();
        assertThat(runAll(workers.newWorker("orderly", executor))).isEqualTo(5);
        assertThat(executor.order).containsExactlyElementsOf(ids);
    }

    @Test
    void workersSharingTheDatabaseNeverRunTheSameStudy() throws Exception {
        ApiClient analyst = newAnalyst();
        long scenario = demoScenario(scenarios, analyst);
        int count = 24;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(submit(analyst, fastDemo(scenario, 50.0 + i), null)
                    .json()
                    .get("id")
                    .asLong());
        }
        CountingExecutor executor = new CountingExecutor();
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> ran = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                StudyWorker worker = workers.newWorker("rival" + i, executor);
                ran.add(pool.submit(() -> {
                    start.await();
                    return runAll(worker);
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> one : ran) {
                total += one.get(120, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(count);
        } finally {
            pool.shutdownNow();
        }
        assertThat(executor.runs.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        executor.runs.forEach(
                (id, runs) -> assertThat(runs.get()).as("runs of study " + id).isEqualTo(1));
        for (long id : ids) {
            StudyRow row = studies.find(id).orElseThrow();
            assertThat(row.state()).isEqualTo(StudyState.COMPLETED);
            assertThat(row.attempts()).isEqualTo(1);
            assertThat(studies.result(id).orElseThrow().planJson()).isEqualTo("{\"study\":" + id + "}");
        }
    }

    private long insertRunning(ApiClient analyst, long scenario, int attempts, int maxAttempts, Instant heartbeat) {
        long owner = analyst.get("/api/v1/me").json().get("id").asLong();
        String request =
                StudyRequestJson.write(StudyRequestJson.read("{\"levers\":[\"footprint\"],\"timeLimitSeconds\":"
                        + (60 + attempts + heartbeat.getEpochSecond() % 1000) + "}"));
        jdbc.sql("INSERT INTO study (owner_id, scenario_id, request_json, state, attempts, max_attempts,"
                        + " cancel_requested, worker_id, submitted_at, started_at, heartbeat_at, progress_done,"
                        + " progress_total) VALUES (?, ?, ?, 'RUNNING', ?, ?, FALSE, 'killed-server', ?, ?, ?, 0, 0)")
                .params(
                        owner,
                        scenario,
                        request,
                        attempts,
                        maxAttempts,
                        heartbeat.atOffset(ZoneOffset.UTC),
                        heartbeat.atOffset(ZoneOffset.UTC),
                        heartbeat.atOffset(ZoneOffset.UTC))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM study WHERE owner_id = ?")
                .param(owner)
                .query(Long.class)
                .single();
    }

    private static int runAll(StudyWorker worker) {
        int ran = 0;
        try {
            while (worker.runOne()) {
                ran++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ran;
    }
}
