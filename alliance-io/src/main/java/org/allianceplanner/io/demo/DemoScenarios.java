package org.allianceplanner.io.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.allianceplanner.io.ScenarioFiles;
import org.allianceplanner.io.ScenarioLoad;
import org.allianceplanner.io.table.ScenarioTables;
import org.allianceplanner.io.table.TableCodec;

/**
 * The built-in demo scenarios. Each is a scenario folder under {@code
 * org/allianceplanner/io/demo/<name>/} on the classpath, with a README that gives its sources and
 * assumptions.
 */
public final class DemoScenarios {
    /** Nissan, Tesla and Honda from approximate public figures, for illustration. */
    public static final String NISSAN_TESLA_HONDA = "nissan-tesla-honda";

    private static final String ROOT = "/org/allianceplanner/io/demo/";

    private DemoScenarios() {}

    /** Reads and checks the demo called {@code name}. */
    public static ScenarioLoad load(String name) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("alliance-demo-");
            export(name, folder);
            return ScenarioFiles.read(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the demo '" + name + "': " + e.getMessage(), e);
        } finally {
            if (folder != null) {
                deleteRecursively(folder);
            }
        }
    }

    /**
     * Copies the demo's files (scenario.yaml, every table, README.md) into {@code folder}, so that a
     * user can start from them.
     */
    public static void export(String name, Path folder) {
        try {
            Files.createDirectories(folder);
            for (String file : files()) {
                try (InputStream in = DemoScenarios.class.getResourceAsStream(ROOT + name + "/" + file)) {
                    if (in == null) {
                        if (file.equals("scenario.yaml")) {
                            throw new IllegalArgumentException("There is no demo called '" + name + "'.");
                        }
                        continue;
                    }
                    Files.copy(in, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not copy the demo '" + name + "' to " + folder + ": " + e.getMessage(), e);
        }
    }

    private static List<String> files() {
        List<String> files = new ArrayList<>(List.of("scenario.yaml", "README.md"));
        for (TableCodec<?> codec : ScenarioTables.ALL) {
            files.add(codec.name() + ".csv");
        }
        return files;
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A temporary folder left behind is harmless; the scenario was already read.
        }
    }
}
