package org.allianceplanner.server.study;

import static org.allianceplanner.server.study.ServerProcesses.awaitStudy;
import static org.allianceplanner.server.study.ServerProcesses.ended;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.allianceplanner.server.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The packaged server killed with {@code kill -9} in the middle of a study, then started again on the
 * same data folder and database: every study ends COMPLETED or FAILED with a reason, none is lost, a
 * result completed before the kill is the same to the byte, and the killed server's study process ends
 * with it.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class StudyCrashIT {
    private static final Map<String, String> QUICK_RECOVERY = Map.of(
            "ALLIANCE_STUDIES_STALE_AFTER", "PT3S",
            "ALLIANCE_STUDIES_REAP_EVERY", "PT1S",
            "ALLIANCE_STUDIES_POLL", "PT1S");

    @Test
    void aServerKilledMidStudyLosesNoStudyAndNoResult() throws Exception {
        // No --db-url: the default set-up, the embedded H2 file in the data folder, reopened by the restart.
        Path data = Files.createTempDirectory("alliance-crash-");
        List<Long> studies = new ArrayList<>();
        long first;
        byte[] firstPlan;
        try (ServerProcess server = ServerProcess.start(data, null, QUICK_RECOVERY)) {
            ApiClient analyst = ServerProcesses.newAnalyst(server, "crash-analyst");
            long demo = ServerProcesses.demoScenario(analyst);
            // Different time limits: different inputs, so that none is answered from an earlier result.
            for (int i = 0; i < 3; i++) {
                studies.add(ServerProcesses.submit(analyst, demo, Map.of("timeLimitSeconds", 50 + i)));
            }
            first = studies.get(0);
            awaitStudy(analyst, first, study -> ended(study), 600);
            firstPlan = analyst.get("/api/v1/studies/" + first + "/plan.json").body();
            JsonNode running = awaitStudy(
                    analyst,
                    studies.get(1),
                    study -> study.get("state").asText().equals("RUNNING")
                            && study.get("progress").get("done").asInt() > 0,
                    600);
            assertThat(running.get("attempts").asInt()).isEqualTo(1);
            List<ProcessHandle> children = server.studyProcesses();
            assertThat(children).as("the running study's own process").hasSize(1);

            server.kill();

            assertThat(ServerProcesses.allEnd(children, 5, "the kill -9 of its server"))
                    .as("the study's process ends with its server")
                    .isTrue();
            try (var temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                assertThat(temp.map(path -> path.getFileName().toString()))
                        .as("the orphaned study process removed its working folder")
                        .noneMatch(name -> name.startsWith("alliance-study-" + studies.get(1) + "-"));
            }
        }
        try (ServerProcess again = ServerProcess.start(data, null, QUICK_RECOVERY)) {
            ApiClient analyst = ApiClient.signIn(again.base(), "crash-analyst", "analyst-password-1");
            for (long id : studies) {
                JsonNode study = awaitStudy(analyst, id, ServerProcesses::ended, 600);
                String state = study.get("state").asText();
                assertThat(state).as("study " + id).isIn("COMPLETED", "FAILED");
                if (state.equals("FAILED")) {
                    assertThat(study.get("failureReason").asText())
                            .as("study " + id)
                            .isNotBlank();
                }
            }
            assertThat(analyst.get("/api/v1/studies").json()).hasSize(studies.size());
            assertThat(analyst.get("/api/v1/studies/" + first + "/plan.json").body())
                    .as("the result completed before the kill")
                    .isEqualTo(firstPlan);
            assertThat(ServerProcesses.study(analyst, studies.get(1))
                            .get("attempts")
                            .asInt())
                    .as("the study killed mid-run was started again")
                    .isEqualTo(2);
        }
    }
}
