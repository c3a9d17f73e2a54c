package org.allianceplanner.bench.server;

import java.io.IOException;
import java.io.OutputStream;
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
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.allianceplanner.io.ScenarioFiles;
import org.allianceplanner.io.synthetic.ScenarioSize;
import org.allianceplanner.io.synthetic.SyntheticScenarios;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code alliance bench serve-upload}: the time to upload and check a scenario of real size through the API. */
@Command(
        name = "serve-upload",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a synthetic scenario (default: the generator's largest, 200,000 demand rows) as a zipped CSV"
                    + " folder, starts the server (127.0.0.1, a fresh data folder) and uploads it --repeat times;"
                    + " each upload is read, checked and stored before the server answers.",
            "Prints CSV: db,demand_rows,zip_mb,upload,seconds,status."
        })
public final class ServerUploadCommand implements Callable<Integer> {
    @Mixin
    ServerBenchOptions server = new ServerBenchOptions();

    @Option(
            names = "--size",
            defaultValue = "8,1000,1300,700,200000",
            paramLabel = "P,PLANTS,MODELS,MARKETS,DEMAND",
            description = "Synthetic scenario size (default ${DEFAULT-VALUE}).")
    String sizeText;

    @Option(names = "--repeat", defaultValue = "3", description = "Uploads (default ${DEFAULT-VALUE}).")
    int repeat;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Integer> numbers;
        try {
            numbers = Stream.of(sizeText.split(","))
                    .map(String::strip)
                    .map(Integer::parseInt)
                    .toList();
        } catch (NumberFormatException notNumbers) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--size takes five whole numbers.");
        }
        if (numbers.size() != 5 || repeat < 1 || repeat > 20) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--size takes five numbers; --repeat 1-20.");
        }
        ScenarioSize size =
                new ScenarioSize(numbers.get(0), numbers.get(1), numbers.get(2), numbers.get(3), numbers.get(4));
        Path folder = Files.createTempDirectory("alliance-bench-upload-");
        Path scenarioFolder = folder.resolve("scenario");
        ScenarioFiles.write(SyntheticScenarios.generate(size, 1), scenarioFolder);
        Path zip = folder.resolve("synthetic.zip");
        zip(scenarioFolder, zip);
        PrintWriter out = spec.commandLine().getOut();
        out.println("db,demand_rows,zip_mb,upload,seconds,status");
        try (ServerBenchOptions.Started started = server.start(Map.of())) {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            ServerApi api = ServerApi.freshAnalyst(http, started.server.base(), started.adminPassword);
            for (int i = 1; i <= repeat; i++) {
                long begin = System.nanoTime();
                String status;
                try {
                    api.upload(zip);
                    status = "201";
                } catch (IllegalStateException refused) {
                    status = "refused: " + String.valueOf(refused.getMessage()).replace(',', ';');
                }
                out.printf(
                        Locale.ROOT,
                        "%s,%d,%.1f,%d,%.2f,%s%n",
                        server.database,
                        size.demandRecords(),
                        Files.size(zip) / 1e6,
                        i,
                        (System.nanoTime() - begin) / 1e9,
                        status);
                out.flush();
            }
        }
        return 0;
    }

    /** Zips the files of {@code folder} (no subfolders) into {@code zip}. */
    static void zip(Path folder, Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip);
                ZipOutputStream out = new ZipOutputStream(file);
                Stream<Path> files = Files.list(folder)) {
            for (Path path : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry(path.getFileName().toString()));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
    }
}
