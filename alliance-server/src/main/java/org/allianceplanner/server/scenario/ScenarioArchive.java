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
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.allianceplanner.io.Problem;
import org.allianceplanner.io.ScenarioFiles;
import org.allianceplanner.io.ScenarioLoad;
import org.jspecify.annotations.Nullable;

/**
 * Reads an uploaded scenario (its bytes) with the same checks as the command line: a workbook as a
 * file, a zipped folder unpacked into a fresh temporary folder first. Before anything is unpacked or
 * handed to POI, a zip (and a workbook, which is a zip too) is refused when it has too many entries, a
 * path that leaves its folder ({@code ../}, absolute, a drive letter), or more bytes unpacked than
 * allowed; the unpacked bytes are counted as they are inflated, so a zip bomb stops at the limit
 * whatever its headers claim. The temporary files are deleted in every case. Stateless and thread-safe.
 */
public final class ScenarioArchive {
    /** The most files a zipped scenario folder may hold (a scenario has about thirty with its sources). */
    public static final int MAX_ENTRIES = 200;

    /** The most parts a workbook may hold (a scenario workbook has about a hundred). */
    public static final int MAX_WORKBOOK_ENTRIES = 1000;

    private static final String NOT_XLSX = "is not an Excel workbook (.xlsx)";

    /** Parts of a library's message that must never reach a user. */
    private static final Pattern LIBRARY_WORDS =
            Pattern.compile("Exception|org\\.apache|java\\.|ZipSecureFile|openxml4j|POI", Pattern.CASE_INSENSITIVE);

    private ScenarioArchive() {}

    /**
     * The format of an upload, decided by its content first and its name second: a readable zip holding
     * {@code xl/workbook.xml} is a workbook, any other zip a scenario folder; a file that is no readable
     * zip is taken as a workbook when its name ends in {@code .xlsx} or {@code .xls} or it is an Office
     * 97–2003 file (so that the workbook checks can say what it is), as a zip when its name ends in
     * {@code .zip} or it starts like one; anything else has no format ({@code null}).
     */
    public static @Nullable ScenarioFormat formatOf(String fileName, byte[] content) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        boolean zipMagic = startsWith(content, 'P', 'K', 3, 4) || startsWith(content, 'P', 'K', 5, 6);
        if (zipMagic) {
            Boolean workbook = holdsWorkbookPart(content);
            if (workbook != null) {
                return workbook ? ScenarioFormat.XLSX : ScenarioFormat.CSV_ZIP;
            }
        }
        boolean ole2 = startsWith(content, 0xD0, 0xCF, 0x11, 0xE0);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || ole2) {
            return ScenarioFormat.XLSX;
        }
        if (lower.endsWith(".zip") || zipMagic) {
            return ScenarioFormat.CSV_ZIP;
        }
        return null;
    }

    /**
     * The scenario in {@code content}, or every problem found in it. Never throws on bad input.
     *
     * @param fileName the uploaded file's name, used in problems
     * @param maxUnpackedBytes the most bytes a zip (or a workbook) may unpack to
     * @throws UncheckedIOException only when the server's own temporary folder cannot be written
     */
    public static ScenarioLoad read(ScenarioFormat format, String fileName, byte[] content, long maxUnpackedBytes) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("alliance-upload-");
            ScenarioLoad load;
            if (format == ScenarioFormat.XLSX) {
                load = readWorkbook(fileName, content, maxUnpackedBytes, folder);
            } else {
                Path scenario = folder.resolve("scenario");
                Files.createDirectories(scenario);
                List<Problem> problems = unzip(fileName, content, scenario, maxUnpackedBytes);
                load = problems.isEmpty() ? ScenarioFiles.read(topFolder(scenario)) : ScenarioLoad.rejected(problems);
            }
            return load.isValid() ? load : ScenarioLoad.rejected(inOurWords(load.problems()));
        } catch (IOException failed) {
            throw new UncheckedIOException("The server could not unpack an upload in its temporary folder.", failed);
        } finally {
            if (folder != null) {
                deleteQuietly(folder);
            }
        }
    }

    private static ScenarioLoad readWorkbook(String fileName, byte[] content, long maxUnpackedBytes, Path folder)
            throws IOException {
        if (startsWith(content, 'P', 'K', 3, 4)) {
            // POI would inflate every part into memory; a bomb is stopped here first.
            Problem tooBig = checkWorkbookZip(fileName, content, maxUnpackedBytes);
            if (tooBig != null) {
                return ScenarioLoad.rejected(List.of(tooBig));
            }
        }
        String safeName = safeName(fileName, ".xlsx");
        Path workbook = folder.resolve(safeName);
        Files.write(workbook, content);
        // ScenarioFiles checks the file's kind (text, .xls, password, damaged) before POI opens it.
        ScenarioLoad load = ScenarioFiles.read(workbook);
        if (load.isValid() || safeName.equals(fileName)) {
            return load;
        }
        // The problems name the file as the user called it, not as it was saved here.
        return ScenarioLoad.rejected(load.problems().stream()
                .map(p -> p.file().equals(safeName)
                        ? new Problem(
                                fileName,
                                p.sheet(),
                                p.row(),
                                p.column(),
                                p.columnLetter(),
                                p.value(),
                                p.rule(),
                                p.hint())
                        : p)
                .toList());
    }

    /** Inflates every part of a workbook into nothing, counting; the problem if it is too big or broken. */
    private static @Nullable Problem checkWorkbookZip(String fileName, byte[] content, long maxUnpackedBytes) {
        long unpacked = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries++;
                if (entries > MAX_WORKBOOK_ENTRIES) {
                    return Problem.wholeFile(
                            fileName,
                            NOT_XLSX + " the server reads: it holds more than " + MAX_WORKBOOK_ENTRIES + " parts.",
                            "Maybe save only the scenario's sheets in a new workbook.");
                }
                unpacked += copy(zip, OutputStream.nullOutputStream(), maxUnpackedBytes - unpacked);
                if (unpacked > maxUnpackedBytes) {
                    return tooLarge(fileName, maxUnpackedBytes);
                }
            }
        } catch (IOException | BrokenZip | IllegalArgumentException broken) {
            return Problem.wholeFile(
                    fileName,
                    NOT_XLSX + " that can be read: the file is damaged or incomplete.",
                    "Maybe the copy or download was cut short; copy it again, or open it in Excel and save it"
                            + " again.");
        }
        return null;
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
        long unpacked = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = nextEntry(zip); entry != null; entry = nextEntry(zip)) {
                entries++;
                if (entries > MAX_ENTRIES) {
                    return List.of(Problem.wholeFile(
                            fileName,
                            "holds more than " + MAX_ENTRIES + " files; a scenario folder has about thirty.",
                            "Maybe zip only the scenario folder."));
                }
                String name = entry.getName().replace('\\', '/');
                Path target = into.resolve(name).normalize();
                if (name.isBlank()
                        || name.startsWith("/")
                        || name.contains("../")
                        || name.endsWith("/..")
                        || name.equals("..")
                        || name.contains(":")
                        || name.chars().anyMatch(Character::isISOControl)
                        || !target.startsWith(into)
                        || target.equals(into)) {
                    return List.of(Problem.wholeFile(
                            fileName,
                            "holds the path \"" + printable(name) + "\", which leaves the scenario folder.",
                            "Maybe zip the scenario folder itself, with relative paths only."));
                }
                if (ignored(name)) {
                    continue;
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
                    return List.of(tooLarge(fileName, maxUnpackedBytes));
                }
            }
        } catch (BrokenZip | IllegalArgumentException broken) {
            return List.of(Problem.wholeFile(
                    fileName,
                    "is not a readable zip file: it is damaged or incomplete.",
                    "Maybe zip the scenario folder again and upload that."));
        }
        if (entries == 0) {
            return List.of(Problem.wholeFile(
                    fileName, "is empty or not a zip file.", "Maybe zip the scenario folder and upload that."));
        }
        return List.of();
    }

    /** What a Mac's or Windows' zip adds beside the files: not part of the scenario. */
    private static boolean ignored(String name) {
        String last = name.endsWith("/") ? "" : name.substring(name.lastIndexOf('/') + 1);
        return name.startsWith("__MACOSX/") || last.equals(".DS_Store") || last.equals("Thumbs.db");
    }

    private static @Nullable ZipEntry nextEntry(ZipInputStream zip) {
        try {
            return zip.getNextEntry();
        } catch (IOException broken) {
            throw new BrokenZip();
        }
    }

    /**
     * Copies at most {@code budget} + one buffer of bytes, so that going over the budget shows without
     * inflating on. A failure to read is the zip's ({@link BrokenZip}); a failure to write is the server's.
     */
    private static long copy(InputStream in, OutputStream out, long budget) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        while (true) {
            int read;
            try {
                read = in.read(buffer);
            } catch (IOException broken) {
                throw new BrokenZip();
            }
            if (read < 0) {
                return copied;
            }
            out.write(buffer, 0, read);
            copied += read;
            if (copied > budget) {
                return copied;
            }
        }
    }

    /** A zip whose bytes cannot be inflated: damaged, cut short, or not a zip at all. */
    private static final class BrokenZip extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BrokenZip() {
            super("damaged zip", null, false, false);
        }
    }

    private static Problem tooLarge(String fileName, long maxUnpackedBytes) {
        return Problem.wholeFile(
                fileName,
                "unpacks to more than " + megabytes(maxUnpackedBytes) + ", the server's limit.",
                "Maybe split the scenario, or ask the operator to raise alliance.upload.max-unpacked-bytes.");
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    /**
     * Whether the zip's central directory lists a workbook part; {@code null} when it cannot be read
     * (a zip cut short, or not a zip). Only the directory is read, nothing is inflated.
     */
    private static @Nullable Boolean holdsWorkbookPart(byte[] content) {
        Path file = null;
        try {
            file = Files.createTempFile("alliance-upload-", ".zip");
            Files.write(file, content);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return zip.getEntry("xl/workbook.xml") != null;
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            return null;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // A temporary file left behind is removed by the system's temp cleaning.
                }
            }
        }
    }

    /**
     * The problems with any library's words taken out: POI's messages (in parentheses at the end of
     * "damaged" problems) name Office internals and Java classes a planner cannot act on.
     */
    static List<Problem> inOurWords(List<Problem> problems) {
        List<Problem> clean = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            clean.add(new Problem(
                    p.file(),
                    p.sheet(),
                    p.row(),
                    p.column(),
                    p.columnLetter(),
                    p.value(),
                    withoutLibraryWords(p.rule()),
                    p.hint() == null ? null : withoutLibraryWords(p.hint())));
        }
        return clean;
    }

    /**
     * {@code text} cut before the parenthesis where a library's words start ("… damaged or incomplete
     * (Zip bomb detected! … ZipSecureFile.setMinInflateRatio() …)" keeps "… damaged or incomplete.").
     */
    static String withoutLibraryWords(String text) {
        if (!LIBRARY_WORDS.matcher(text).find()) {
            return text;
        }
        for (int open = text.lastIndexOf(" ("); open > 0; open = text.lastIndexOf(" (", open - 1)) {
            String before = text.substring(0, open);
            if (!LIBRARY_WORDS.matcher(before).find()) {
                return before.endsWith(".") ? before : before + ".";
            }
        }
        return "cannot be read: the file is damaged or incomplete.";
    }

    private static boolean startsWith(byte[] content, int... head) {
        if (content.length < head.length) {
            return false;
        }
        for (int i = 0; i < head.length; i++) {
            if ((content[i] & 0xff) != head[i]) {
                return false;
            }
        }
        return true;
    }

    private static String safeName(String fileName, String extension) {
        String base = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isBlank() || base.startsWith(".")) {
            base = "scenario" + base;
        }
        if (base.length() > 100) {
            base = base.substring(0, 100);
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
