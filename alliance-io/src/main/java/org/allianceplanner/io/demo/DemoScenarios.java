package org.allianceplanner.io.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.allianceplanner.io.FileFailures;
import org.allianceplanner.io.ScenarioFiles;
import org.allianceplanner.io.ScenarioLoad;

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
            throw new UncheckedIOException(
                    FileFailures.notWritten(
                            "the demo '" + name + "'", Path.of(System.getProperty("java.io.tmpdir")), e),
                    e);
        } finally {
            if (folder != null) {
                deleteRecursively(folder);
            }
        }
    }

    /**
     * Copies the demo's whole folder (scenario.yaml, every table, README.md and the sources it cites)
     * into {@code folder}, so that a user can start from it.
     *
     * @throws IllegalArgumentException when there is no demo called {@code name}
     */
    public static void export(String name, Path folder) {
        URL settings = DemoScenarios.class.getResource(ROOT + name + "/scenario.yaml");
        if (settings == null) {
            throw new IllegalArgumentException(
                    "There is no demo called '" + name + "'. Maybe use " + NISSAN_TESLA_HONDA + ".");
        }
        try {
            URI uri = settings.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copyTree(jar.getPath(ROOT + name), folder);
                }
            } else {
                // The URL names scenario.yaml inside the demo's folder, so it has a parent.
                copyTree(Objects.requireNonNull(Path.of(uri).getParent()), folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(FileFailures.notWritten("the demo '" + name + "'", folder, e), e);
        } catch (URISyntaxException e) {
            // The URL came from the class loader, so it is well-formed.
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
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
