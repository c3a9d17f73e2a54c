package org.allianceplanner.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.allianceplanner.model.alliance.AllianceStudyResult;
import org.allianceplanner.report.html.HtmlReport;
import org.allianceplanner.report.json.PlanJson;
import org.allianceplanner.report.workbook.ReportWorkbook;

/**
 * Writes the report of an alliance study into a folder:
 *
 * <ul>
 *   <li>{@value #HTML}: one self-contained page (inline CSS and SVG, no network) with the headline, the
 *       synergy waterfall, the split per partner and method, the ranked alliances, the map of plants and
 *       flows standalone and joint, plant utilization, sourcing awards and tiers, the R&amp;D Gantt chart,
 *       every coalition and the explanations;
 *   <li>{@value #XLSX}: every table on its own sheet;
 *   <li>{@value #JSON}: the whole result, readable again with {@link PlanJson#read(Path)}.
 * </ul>
 *
 * <p>Each file is written to a temporary file in the folder and then moved into place, so a failure
 * never leaves a half-written report file. Stateless and thread-safe; concurrent writes into the same
 * folder leave one complete version of each file.
 */
public final class ReportWriter {
    /** The HTML report's file name. */
    public static final String HTML = "report.html";
    /** The workbook's file name. */
    public static final String XLSX = "report.xlsx";
    /** The JSON plan's file name. */
    public static final String JSON = "plan.json";

    private ReportWriter() {}

    /**
     * Writes {@value #HTML}, {@value #XLSX} and {@value #JSON} for {@code result} into {@code folder},
     * creating the folder if needed and replacing earlier files.
     *
     * @param result the study's result; the names and places shown come from its {@link
     *     AllianceStudyResult#outline() outline}, so a result read back from {@value #JSON} gives the same
     *     files
     * @param folder where to write
     * @throws UncheckedIOException naming the path when the folder cannot be created or a file cannot be
     *     written
     */
    public static void write(AllianceStudyResult result, Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not create the report folder " + folder.toAbsolutePath() + ": " + reason(e)
                            + ".\nMaybe a file of that name exists, or the parent folder is read-only.",
                    e);
        }
        StudyView view = StudyView.of(result);
        writeAtomically(
                folder.resolve(HTML), out -> out.write(HtmlReport.render(view).getBytes(StandardCharsets.UTF_8)));
        writeAtomically(folder.resolve(XLSX), out -> ReportWorkbook.write(view, out));
        writeAtomically(
                folder.resolve(JSON), out -> out.write(PlanJson.toJson(result).getBytes(StandardCharsets.UTF_8)));
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A temporary file is private to its owner; a report is meant to be shared like any other file. */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the folder's permissions.
        }
    }

    /**
     * Why a file operation failed, in our words: Java's file exceptions carry only a path as their
     * message, and their class names mean nothing to a planner.
     */
    static String reason(IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof FileAlreadyExistsException) {
            return "a file of that name exists already";
        }
        if (failure instanceof NoSuchFileException) {
            return "its folder does not exist";
        }
        if (failure instanceof NotDirectoryException) {
            return "a part of its path is a file, not a folder";
        }
        if (failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        String message = failure.getMessage();
        if (failure.getClass() == IOException.class && message != null && !message.isBlank()) {
            // The operating system's own words ("No space left on device").
            return message;
        }
        return "the system refused without saying why";
    }

    private static void writeAtomically(Path target, Content content) {
        Path temp = null;
        try {
            temp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            readableByAll(temp);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            UncheckedIOException failure = new UncheckedIOException(
                    "Could not write the report file " + target.toAbsolutePath() + ": " + reason(e)
                            + ".\nMaybe the file is open in another program (Excel) or the folder is read-only;"
                            + " close it, or give --out another folder.",
                    e);
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException cleanup) {
                    failure.addSuppressed(cleanup);
                }
            }
            throw failure;
        }
    }
}
