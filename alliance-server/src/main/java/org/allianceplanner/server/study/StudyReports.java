package org.allianceplanner.server.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.allianceplanner.report.ReportWriter;
import org.allianceplanner.report.json.PlanJson;
import org.springframework.stereotype.Component;

/** A completed study's report.html and report.xlsx, rendered from its stored plan.json by the report module. */
@Component
public class StudyReports {
    /** The report's file {@code name} ({@link ReportWriter#HTML} or {@link ReportWriter#XLSX}) of {@code planJson}. */
    public byte[] render(String planJson, String name) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("alliance-report-");
            ReportWriter.write(PlanJson.fromJson(planJson), folder);
            return Files.readAllBytes(folder.resolve(name));
        } catch (IOException failed) {
            throw new UncheckedIOException("The report could not be rendered in a temporary folder.", failed);
        } finally {
            if (folder != null) {
                deleteQuietly(folder);
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // Left to the system's temporary-file cleaning; the download does not depend on it.
                }
            });
        } catch (IOException ignored) {
            // As above.
        }
    }
}
