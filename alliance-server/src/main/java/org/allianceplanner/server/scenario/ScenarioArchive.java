package org.allianceplanner.server.scenario;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.allianceplanner.io.Problem;
import org.allianceplanner.io.ScenarioFiles;
import org.allianceplanner.io.ScenarioLoad;

/**
 * Reads an uploaded scenario (its bytes) with the same checks as the command line: a workbook as a
 * file, a zipped folder unpacked into a fresh temporary folder first. A zip is refused before anything
 * is read from it when it has too many entries, a path that leaves its folder ({@code ../}, absolute),
 * or more bytes unpacked than allowed. The temporary files are deleted in every case.
 */
public final class ScenarioArchive {
    /** The most files a zipped scenario may hold (a scenario has about twenty). */
    public static final int MAX_ENTRIES = 200;

    private ScenarioArchive() {}

    /**
     * The scenario in {@code content}, or every problem found in it.
     *
     * @param fileName the uploaded file's name, used in problems
     * @param maxUnpackedBytes the most bytes a zip may unpack to
     */
    public static ScenarioLoad read(ScenarioFormat format, String fileName, byte[] content, long maxUnpackedBytes) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("alliance-upload-");
            if (format == ScenarioFormat.XLSX) {
                Path workbook = folder.resolve(safeName(fileName, ".xlsx"));
                Files.write(workbook, content);
                return ScenarioFiles.read(workbook);
            }
            Path scenario = folder.resolve("scenario");
            Files.createDirectories(scenario);
            List<Problem> problems = unzip(fileName, content, scenario, maxUnpackedBytes);
            if (!problems.isEmpty()) {
                return ScenarioLoad.rejected(problems);
            }
            return ScenarioFiles.read(topFolder(scenario));
        } catch (IOException failed) {
            throw new UncheckedIOException("The server could not unpack an upload in its temporary folder.", failed);
        } finally {
            if (folder != null) {
                deleteQuietly(folder);
            }
        }
    }

    /** The folder holding scenario.yaml: the unpacked folder, or its only subfolder when the zip had one. */
    private static Path topFolder(Path unpacked) throws IOException {
        if (Files.exists(unpacked.resolve("scenario.yaml"))) {
            return unpacked;
        }
        try (Stream<Path> children = Files.list(unpacked)) {
            List<Path> all = children.toList();
            if (all.size() == 1 && Files.isDirectory(all.get(0))) {
                return all.get(0);
            }
        }
        return unpacked;
    }

    private static List<Problem> unzip(String fileName, byte[] content, Path into, long maxUnpackedBytes)
            throws IOException {
        List<Problem> problems = new ArrayList<>();
        long unpacked = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries++;
                if (entries > MAX_ENTRIES) {
                    return List.of(Problem.wholeFile(
                            fileName,
                            "holds more than " + MAX_ENTRIES + " files; a scenario folder has about twenty.",
                            "Maybe zip only the scenario folder."));
                }
                String name = entry.getName().replace('\\', '/');
                Path target = into.resolve(name).normalize();
                if (name.startsWith("/")
                        || name.contains("../")
                        || name.equals("..")
                        || !target.startsWith(into)
                        || name.contains(":")) {
                    return List.of(Problem.wholeFile(
                            fileName,
                            "holds the path \"" + printable(name) + "\", which leaves the scenario folder.",
                            "Maybe zip the scenario folder itself, with relative paths only."));
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    unpacked += copy(zip, out, maxUnpackedBytes - unpacked);
                }
                if (unpacked > maxUnpackedBytes) {
                    return List.of(Problem.wholeFile(
                            fileName,
                            "unpacks to more than " + maxUnpackedBytes / (1024 * 1024) + " MB, the server's limit.",
                            "Maybe split the scenario, or ask the operator to raise alliance.upload.max-bytes."));
                }
            }
        } catch (ZipException | IllegalArgumentException broken) {
            problems.add(Problem.wholeFile(
                    fileName, "is not a readable zip file.", "Maybe zip the scenario folder again and upload that."));
        }
        if (problems.isEmpty() && entries == 0) {
            problems.add(Problem.wholeFile(
                    fileName, "is empty or not a zip file.", "Maybe zip the scenario folder and upload that."));
        }
        return problems;
    }

    /** Copies at most {@code budget} + 1 bytes, so that going over the budget shows without reading on. */
    private static long copy(InputStream in, OutputStream out, long budget) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        int read;
        while ((read = in.read(buffer)) > 0) {
            out.write(buffer, 0, read);
            copied += read;
            if (copied > budget) {
                break;
            }
        }
        return copied;
    }

    private static String safeName(String fileName, String extension) {
        String base = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isBlank() || base.startsWith(".")) {
            base = "scenario" + base;
        }
        return base.toLowerCase(Locale.ROOT).endsWith(extension) ? base : base + extension;
    }

    private static String printable(String name) {
        String shown = name.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 120 ? shown.substring(0, 120) + "…" : shown;
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // A temporary file left behind is removed by the system's temp cleaning; the upload's
                    // outcome does not depend on it.
                }
            });
        } catch (IOException ignored) {
            // As above.
        }
    }
}
