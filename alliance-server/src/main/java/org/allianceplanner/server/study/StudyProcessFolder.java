package org.allianceplanner.server.study;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.allianceplanner.server.scenario.ScenarioFormat;

/**
 * The working folder a study's own process ({@link StudyProcess}) is given, and the little protocol it
 * speaks on its standard output. The parent writes the input files; the child writes either the result
 * ({@code plan.json}, {@code summary.json}) or the reason of its failure ({@code failure.txt}).
 *
 * <p>Progress goes on standard output as lines starting with {@link #PROGRESS}. HiGHS writes its log to
 * the same file descriptor from native code, so the parent keeps only lines with the prefix; each
 * protocol line is one {@code write} (atomic on a pipe) and starts with a line break of its own, so a
 * native line left unfinished cannot swallow it.
 */
final class StudyProcessFolder {
    /** The prefix of a progress line: {@code @@alliance-progress DONE TOTAL MESSAGE}. */
    static final String PROGRESS = "@@alliance-progress ";

    /** The child's exit code when the study failed and {@code failure.txt} says why. */
    static final int EXIT_FAILED = 2;

    /** The exit code of a JVM started with {@code -XX:+ExitOnOutOfMemoryError} that ran out of memory. */
    static final int EXIT_OUT_OF_MEMORY = 3;

    /** The child's exit code when its standard input closed: the server that started it is gone. */
    static final int EXIT_ORPHANED = 4;

    private static final String INPUT = "input.properties";
    private static final String SCENARIO = "scenario.bin";
    private static final String REQUEST = "request.json";
    private static final String PLAN = "plan.json";
    private static final String SUMMARY = "summary.json";
    private static final String FAILURE = "failure.txt";
    private static final String ERRORS = "stderr.txt";

    private final Path folder;

    StudyProcessFolder(Path folder) {
        this.folder = folder;
    }

    Path path() {
        return folder;
    }

    /** Writes what the child needs to run {@code input}. */
    void writeInput(StudyInput input) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("studyId", Long.toString(input.studyId()));
        properties.setProperty("format", input.format().name());
        properties.setProperty("fileName", input.fileName());
        try (OutputStream out = Files.newOutputStream(folder.resolve(INPUT))) {
            properties.store(out, "one study, for StudyProcess");
        }
        Files.write(folder.resolve(SCENARIO), input.scenarioContent());
        Files.writeString(folder.resolve(REQUEST), input.requestJson(), StandardCharsets.UTF_8);
    }

    /** The study the parent wrote. */
    StudyInput readInput() throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(folder.resolve(INPUT))) {
            properties.load(in);
        }
        return new StudyInput(
                Long.parseLong(properties.getProperty("studyId", "0")),
                ScenarioFormat.valueOf(properties.getProperty("format")),
                properties.getProperty("fileName", ""),
                Files.readAllBytes(folder.resolve(SCENARIO)),
                Files.readString(folder.resolve(REQUEST), StandardCharsets.UTF_8));
    }

    /** Writes a completed study's files. */
    void writeResult(String planJson, String summaryJson) throws IOException {
        Files.writeString(folder.resolve(SUMMARY), summaryJson, StandardCharsets.UTF_8);
        // plan.json last, under a temporary name first: its presence means the result is whole.
        Path partial = folder.resolve(PLAN + ".part");
        Files.writeString(partial, planJson, StandardCharsets.UTF_8);
        Files.move(partial, folder.resolve(PLAN));
    }

    /** The completed study's files, when the child wrote them. */
    Optional<StudyOutcome.Completed> readResult() throws IOException {
        Path plan = folder.resolve(PLAN);
        Path summary = folder.resolve(SUMMARY);
        if (!Files.isRegularFile(plan) || !Files.isRegularFile(summary)) {
            return Optional.empty();
        }
        return Optional.of(new StudyOutcome.Completed(
                Files.readString(plan, StandardCharsets.UTF_8), Files.readString(summary, StandardCharsets.UTF_8)));
    }

    void writeFailure(String reason) throws IOException {
        Files.writeString(folder.resolve(FAILURE), reason, StandardCharsets.UTF_8);
    }

    /** The reason the child wrote, if it wrote one. */
    Optional<String> readFailure() throws IOException {
        Path failure = folder.resolve(FAILURE);
        if (!Files.isRegularFile(failure)) {
            return Optional.empty();
        }
        String reason = Files.readString(failure, StandardCharsets.UTF_8).strip();
        return reason.isEmpty() ? Optional.empty() : Optional.of(reason);
    }

    /** Where the child's standard error goes (its log; never shown to a user). */
    Path errors() {
        return folder.resolve(ERRORS);
    }

    /** The last {@code maxChars} of the child's standard error, for the server's log. */
    String errorsTail(int maxChars) {
        try {
            if (!Files.isRegularFile(errors())) {
                return "";
            }
            String all = Files.readString(errors(), StandardCharsets.ISO_8859_1);
            return all.length() <= maxChars ? all : all.substring(all.length() - maxChars);
        } catch (IOException unreadable) {
            return "(unreadable: " + unreadable.getClass().getSimpleName() + ")";
        }
    }

    /** Deletes the folder and everything in it. */
    void delete() {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("A study's working folder " + folder + " could not be deleted.", failed);
        }
    }

    /** A progress line as the child writes it, line breaks included. */
    static String progressLine(int done, int total, String message) {
        return String.format(
                Locale.ROOT, "%n%s%d %d %s%n", PROGRESS, done, total, message.replaceAll("[\\r\\n]+", " "));
    }

    /** A progress line parsed, or empty when the line is not one (e.g. HiGHS's own log). */
    static Optional<Progress> parseProgress(String line) {
        if (!line.startsWith(PROGRESS)) {
            return Optional.empty();
        }
        String[] parts = line.substring(PROGRESS.length()).split(" ", 3);
        if (parts.length < 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Progress(
                    Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts.length == 3 ? parts[2] : ""));
        } catch (NumberFormatException notProgress) {
            return Optional.empty();
        }
    }

    /** One progress report of the child. */
    record Progress(int done, int total, String message) {}
}
