package org.allianceplanner.bench.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.allianceplanner.io.ScenarioFiles;
import org.allianceplanner.io.synthetic.ScenarioSize;
import org.allianceplanner.io.synthetic.SyntheticScenarios;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code alliance bench serve-cancel}: how long the service takes from a cancel request to a study
 * ended CANCELLED, while the study is inside a long HiGHS solve, which OR-Tools cannot interrupt.
 */
@Command(
        name = "serve-cancel",
        mixinStandardHelpOptions = true,
        description = {
            "Starts the server (127.0.0.1, a fresh data folder), uploads a synthetic scenario whose footprint"
                    + " plans take HiGHS many seconds, and for each delay submits a footprint study, waits until it"
                    + " has run that long, asks to cancel it (POST /cancel) and times the answer and the state"
                    + " CANCELLED as GET shows it.",
            "Prints CSV: db,scenario,cancel_after_s,pieces_done,cancel_answer_ms,cancelled_after_ms,state."
        })
public final class ServerCancelCommand implements Callable<Integer> {
    @Mixin
    ServerBenchOptions server = new ServerBenchOptions();

    @Option(
            names = "--size",
            defaultValue = "5,100,150,20,3000",
            paramLabel = "P,PLANTS,MODELS,MARKETS,DEMAND",
            description = "Synthetic scenario size (default ${DEFAULT-VALUE}: its HiGHS solves take 5-15 s here).")
    String sizeText;

    @Option(
            names = "--after",
            split = ",",
            defaultValue = "3,6,10,15",
            paramLabel = "SECONDS",
            description = "Seconds of running after which to cancel, one study each (default ${DEFAULT-VALUE}).")
    List<Double> delays;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Integer> numbers = Stream.of(sizeText.split(","))
                .map(String::strip)
                .map(Integer::parseInt)
                .toList();
        if (numbers.size() != 5 || delays.isEmpty() || delays.size() > 20) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--size takes five numbers; --after 1-20 delays.");
        }
        ScenarioSize size =
                new ScenarioSize(numbers.get(0), numbers.get(1), numbers.get(2), numbers.get(3), numbers.get(4));
        Path folder = Files.createTempDirectory("alliance-bench-cancel-");
        ScenarioFiles.write(SyntheticScenarios.generate(size, 1), folder.resolve("scenario"));
        Path zip = folder.resolve("synthetic.zip");
        ServerUploadCommand.zip(folder.resolve("scenario"), zip);
        PrintWriter out = spec.commandLine().getOut();
        out.println("db,scenario,cancel_after_s,pieces_done,cancel_answer_ms,cancelled_after_ms,state");
        try (ServerBenchOptions.Started started = server.start(Map.of())) {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            ServerApi api = ServerApi.freshAnalyst(http, started.server.base(), started.adminPassword);
            long scenario = api.upload(zip);
            int seed = 0;
            for (double delay : delays) {
                long study = api.submit(
                        scenario,
                        Map.of(
                                "levers",
                                List.of("footprint"),
                                "solver",
                                "HIGHS",
                                "timeLimitSeconds",
                                120,
                                "seed",
                                ++seed));
                waitRunning(api, study);
                Thread.sleep((long) (delay * 1000));
                JsonNode before = api.study(study);
                long asked = System.nanoTime();
                api.post("/api/v1/studies/" + study + "/cancel", Map.of()).expect(200, "cancelling");
                long answered = System.nanoTime();
                JsonNode end = api.awaitFinished(study, Duration.ofMinutes(5));
                long ended = System.nanoTime();
                out.printf(
                        Locale.ROOT,
                        "%s,%s,%.0f,%d,%.0f,%.0f,%s%n",
                        server.database,
                        sizeText.replace(',', 'x'),
                        delay,
                        before.path("progress").path("done").asInt(),
                        (answered - asked) / 1e6,
                        (ended - asked) / 1e6,
                        end.path("state").asText());
                out.flush();
            }
        }
        return 0;
    }

    private static void waitRunning(ServerApi api, long study) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            if (api.study(study).path("state").asText().equals("RUNNING")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Study " + study + " did not start within 2 minutes.");
    }
}
