package org.allianceplanner.server.study;

import static org.allianceplanner.server.study.ServerProcesses.awaitStudy;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.allianceplanner.server.ApiClient;
import org.allianceplanner.server.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two server processes on one PostgreSQL share the queue: every study is run by exactly one of them,
 * once; when one is killed with {@code kill -9} in the middle of a study, the other takes the study
 * over once its heartbeat is stale.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class SharedQueueIT {
    private static final Map<String, String> SHARED = Map.of(
            "ALLIANCE_STUDIES_STALE_AFTER", "PT3S",
            "ALLIANCE_STUDIES_REAP_EVERY", "PT1S",
            "ALLIANCE_STUDIES_POLL", "PT1S");

    @Test
    void twoServersRunEveryStudyOnceAndTheSurvivorTakesOverTheDeadOnesStudy() throws Exception {
        String dbUrl = TestPostgres.newDatabase();
        try (ServerProcess one = ServerProcess.start(Files.createTempDirectory("alliance-one-"), dbUrl, SHARED);
                ServerProcess two = ServerProcess.start(Files.createTempDirectory("alliance-two-"), dbUrl, SHARED)) {
            ApiClient analyst = ServerProcesses.newAnalyst(one, "queue-analyst");
            ApiClient sameAnalystOnTwo = ApiClient.signIn(two.base(), "queue-analyst", "analyst-password-1");
            long demo = ServerProcesses.demoScenario(analyst);
            List<Long> studies = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                // The footprint alone: quick; different time limits, so that no result is reused.
                studies.add(ServerProcesses.submit(
                        i % 2 == 0 ? analyst : sameAnalystOnTwo,
                        demo,
                        Map.of("levers", List.of("footprint"), "timeLimitSeconds", 40 + i)));
            }
            Set<String> workers = new HashSet<>();
            for (long id : studies) {
                JsonNode study = awaitStudy(analyst, id, ServerProcesses::ended, 600);
                assertThat(study.get("state").asText()).as("study " + id).isEqualTo("COMPLETED");
                assertThat(study.get("attempts").asInt())
                        .as("study " + id + " ran once")
                        .isEqualTo(1);
                workers.add(ServerProcesses.workerOf(dbUrl, id));
            }
            assertThat(workers).as("both servers took studies").hasSize(2);

            long taken = ServerProcesses.submit(analyst, demo, Map.of("timeLimitSeconds", 45));
            awaitStudy(
                    analyst,
                    taken,
                    study -> study.get("state").asText().equals("RUNNING")
                            && study.get("progress").get("done").asInt() > 0,
                    600);
            ServerProcess runner = one.studyProcesses().isEmpty() ? two : one;
            ServerProcess survivor = runner == one ? two : one;
            String deadWorker = ServerProcesses.workerOf(dbUrl, taken);
            List<ProcessHandle> children = runner.studyProcesses();
            assertThat(children)
                    .as("the study runs in the process of one server")
                    .hasSize(1);

            runner.kill();

            assertThat(ServerProcesses.allEnd(children, 5, "the kill -9 of its server"))
                    .isTrue();
            ApiClient survivorClient = survivor == one ? analyst : sameAnalystOnTwo;
            JsonNode study = awaitStudy(survivorClient, taken, ServerProcesses::ended, 600);
            assertThat(study.get("state").asText()).isEqualTo("COMPLETED");
            assertThat(study.get("attempts").asInt()).isEqualTo(2);
            assertThat(ServerProcesses.workerOf(dbUrl, taken)).isNotEqualTo(deadWorker);
        }
    }
}
