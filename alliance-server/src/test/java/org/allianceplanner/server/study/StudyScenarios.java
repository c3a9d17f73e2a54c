package org.allianceplanner.server.study;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.allianceplanner.io.ScenarioFiles;
import org.allianceplanner.io.demo.DemoScenarios;
import org.allianceplanner.io.synthetic.ScenarioSize;
import org.allianceplanner.io.synthetic.SyntheticScenarios;

/** Scenarios as a user uploads them: zipped CSV folders. */
public final class StudyScenarios {
    /**
     * A synthetic scenario whose footprint solves by HiGHS take many seconds each (docs/BENCHMARKS.md,
     * "cancelling a study": HiGHS went on for up to 14 s after a cancel on it).
     */
    public static final ScenarioSize SLOW_HIGHS = new ScenarioSize(5, 100, 150, 20, 3000);

    private StudyScenarios() {}

    /** The demo, zipped. */
    public static byte[] demoZip() {
        return zipped(folder -> DemoScenarios.export(DemoScenarios.NISSAN_TESLA_HONDA, folder));
    }

    /** The synthetic scenario of {@code size} and seed 1, zipped. */
    public static byte[] syntheticZip(ScenarioSize size) {
        return zipped(folder -> ScenarioFiles.write(SyntheticScenarios.generate(size, 1), folder));
    }

    private interface FolderWriter {
        void write(Path folder);
    }

    private static byte[] zipped(FolderWriter writer) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("alliance-test-scenario-");
            writer.write(folder);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes);
                    Stream<Path> files = Files.walk(folder)) {
                List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
                for (Path file : all) {
                    zip.putNextEntry(
                            new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } finally {
            if (folder != null) {
                delete(folder);
            }
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
