package org.allianceplanner.bench.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code alliance bench serve-queue}: many studies submitted at once, with crashes of the server on the
 * way; checks that every study ends, none is lost, they start in the order submitted, and no completed
 * result changes.
 */
@Command(
        name = "serve-queue",
        mixinStandardHelpOptions = true,
        description = {
            "Starts the server (127.0.0.1, a fresh data folder), submits --studies demo studies at once (each its"
                    + " own seed, so none is reused), kills the server with SIGKILL --kills times while they run"
                    + " (starting it again each time), and waits for every study to end.",
            "Prints one CSV line per study (id,state,attempts,submitted_order,start_order,seconds,reason) and a"
                    + " summary; exits 1 when a study is lost, unfinished, out of order or a completed result changed."
        })
public final class ServerQueueCommand implements Callable<Integer> {
    @Mixin
    ServerBenchOptions server = new ServerBenchOptions();

    @Option(
            names = "--studies",
            defaultValue = "20",
            description = "Studies submitted at once (default ${DEFAULT-VALUE}).")
    int studies;

    @Option(
            names = "--kills",
            defaultValue = "0",
            description = "SIGKILLs of the server during the run (default ${DEFAULT-VALUE}).")
    int kills;

    @Option(
            names = "--time-limit",
            defaultValue = "5",
            description = "Seconds per solve of each study (default ${DEFAULT-VALUE}).")
    double timeLimitSeconds;

    @Option(
            names = "--stale-after",
            defaultValue = "5",
            description = "Seconds without heartbeat after which a study of a dead server is queued again"
                    + " (default ${DEFAULT-VALUE}).")
    int staleAfterSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (studies < 1 || studies > 200 || kills < 0 || kills > 20) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Keep it bounded: 1-200 studies, 0-20 kills.");
        }
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> env = new HashMap<>();
        env.put("ALLIANCE_STUDIES_STALE_AFTER", "PT" + staleAfterSeconds + "S");
        Instant begin = Instant.now();
        try (ServerBenchOptions.Started started = server.start(env)) {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            ServerApi api = ServerApi.freshAnalyst(http, started.server.base(), started.adminPassword);
            long scenario = api.demoScenario();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < studies; i++) {
                Map<String, Object> options = new LinkedHashMap<>();
                options.put("timeLimitSeconds", timeLimitSeconds);
                options.put("seed", 1000 + i);
                ids.add(api.submit(scenario, options));
            }
            Map<Long, String> completedResults = new LinkedHashMap<>();
            int killed = 0;
            while (killed < kills) {
                // Kill while a study runs, spread over the queue: wait for the next one to start.
                long runningBefore = runningOrDone(api, ids);
                waitUntilRunning(api, ids, runningBefore + Math.max(1, studies / (kills + 1)));
                Thread.sleep(1500);
                keepCompleted(api, ids, completedResults);
                started.server.kill();
                killed++;
                out.printf(
                        "# killed the server (pid %d), kill %d of %d, at %.1f s%n",
                        started.server.pid(),
                        killed,
                        kills,
                        Duration.between(begin, Instant.now()).toMillis() / 1e3);
                started.server.restart();
                api = ServerApi.signIn(http, started.server.base(), api.username(), ServerApi.ANALYST_PASSWORD);
            }
            List<JsonNode> ends = new ArrayList<>();
            for (long id : ids) {
                ends.add(api.awaitFinished(id, Duration.ofMinutes(30)));
            }
            return report(out, api, ids, ends, completedResults, Duration.between(begin, Instant.now()));
        }
    }

    private int report(
            PrintWriter out,
            ServerApi api,
            List<Long> ids,
            List<JsonNode> ends,
            Map<Long, String> completedBeforeKills,
            Duration took) {
        out.println("id,state,attempts,submitted_order,start_order,seconds,reason");
        Long[] byStart = ids.toArray(Long[]::new);
        Map<Long, String> firstStart = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            firstStart.put(ids.get(i), ends.get(i).path("startedAt").asText(""));
        }
        Arrays.sort(byStart, (a, b) -> firstStart.getOrDefault(a, "").compareTo(firstStart.getOrDefault(b, "")));
        int completed = 0;
        int failedWithReason = 0;
        int bad = 0;
        for (int i = 0; i < ids.size(); i++) {
            JsonNode end = ends.get(i);
            String state = end.path("state").asText();
            String reason = end.path("failureReason").asText("");
            if (state.equals("COMPLETED")) {
                completed++;
            } else if (state.equals("FAILED") && !reason.isBlank()) {
                failedWithReason++;
            } else {
                bad++;
            }
            out.printf(
                    "%d,%s,%d,%d,%d,%.1f,\"%s\"%n",
                    ids.get(i),
                    state,
                    end.path("attempts").asInt(),
                    i + 1,
                    Arrays.asList(byStart).indexOf(ids.get(i)) + 1,
                    seconds(end),
                    reason.replace("\"", "'"));
        }
        int changed = 0;
        for (Map.Entry<Long, String> kept : completedBeforeKills.entrySet()) {
            if (!kept.getValue()
                    .equals(api.get("/api/v1/studies/" + kept.getKey() + "/plan.json")
                            .text())) {
                changed++;
            }
        }
        boolean inOrder = isOrdered(ids, ends);
        out.printf(
                "# %d studies: %d completed, %d failed with a reason, %d otherwise; %d completed results checked"
                        + " after the kills, %d changed; started in the order submitted: %s; %.0f s in all%n",
                ids.size(),
                completed,
                failedWithReason,
                bad,
                completedBeforeKills.size(),
                changed,
                inOrder ? "yes" : "no",
                took.toMillis() / 1e3);
        return bad == 0 && changed == 0 && inOrder ? 0 : 1;
    }

    /** Whether each study's first start came no earlier than that of every study submitted before it. */
    private static boolean isOrdered(List<Long> ids, List<JsonNode> ends) {
        String latest = "";
        for (JsonNode end : ends) {
            String firstStarted =
                    end.path("firstStartedAt").asText(end.path("startedAt").asText(""));
            if (firstStarted.compareTo(latest) < 0) {
                return false;
            }
            latest = firstStarted;
        }
        return true;
    }

    private static double seconds(JsonNode end) {
        try {
            return Duration.between(
                                    Instant.parse(end.path("submittedAt").asText()),
                                    Instant.parse(end.path("finishedAt").asText()))
                            .toMillis()
                    / 1e3;
        } catch (RuntimeException unknown) {
            return -1;
        }
    }

    private static long runningOrDone(ServerApi api, List<Long> ids) {
        return ids.stream()
                .filter(id -> !api.study(id).path("state").asText().equals("QUEUED"))
                .count();
    }

    private static void waitUntilRunning(ServerApi api, List<Long> ids, long count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (runningOrDone(api, ids) < Math.min(count, ids.size())
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
    }

    private static void keepCompleted(ServerApi api, List<Long> ids, Map<Long, String> completed) {
        for (long id : ids) {
            if (!completed.containsKey(id)
                    && api.study(id).path("state").asText().equals("COMPLETED")) {
                completed.put(
                        id, api.get("/api/v1/studies/" + id + "/plan.json").text());
            }
        }
    }
}
