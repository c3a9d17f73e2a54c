package org.allianceplanner.bench.cflp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the external COIN-OR CBC binary ({@code cbc}, Debian package {@code coinor-cbc}) on an LP file
 * and reads its objective, status and time from its log. Used only to compare against; the engine
 * never depends on it. Thread-safe; each call starts its own process.
 */
public final class ExternalCbc {
    private static final Pattern OBJECTIVE = Pattern.compile("^Objective value:\\s+(\\S+)", Pattern.MULTILINE);
    private static final Pattern WALLCLOCK = Pattern.compile("\\(Wallclock seconds\\):\\s+(\\S+)", Pattern.MULTILINE);
    private static final Pattern RESULT = Pattern.compile("^Result - (.+)$", Pattern.MULTILINE);

    private final String executable;

    /** CBC run as {@code executable} (a name looked up on the PATH, or a path). */
    public ExternalCbc(String executable) {
        this.executable = executable;
    }

    /**
     * What CBC reported.
     *
     * @param status lower-case status word: optimal, feasible, no_solution_in_time, infeasible, or
     *     unknown
     * @param objective the best objective found; NaN without one
     * @param seconds CBC's own wall-clock seconds (reading the file excluded)
     */
    public record Outcome(String status, double objective, double seconds) {}

    /** Thrown when the {@code cbc} binary cannot be started. */
    public static final class NotInstalledException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotInstalledException(String message) {
            super(message);
        }
    }

    /**
     * Starts the binary once without a model, to fail early when it is missing.
     *
     * @throws NotInstalledException when the binary cannot be started
     */
    public void checkInstalled() {
        try {
            Process process = new ProcessBuilder(executable, "-quit")
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().readAllBytes();
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw notInstalled(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting " + executable, e);
        }
    }

    private NotInstalledException notInstalled(IOException e) {
        return new NotInstalledException("Cannot run the CBC solver '" + executable + "': " + e.getMessage()
                + "\nMaybe install it: apt-get install -y coinor-cbc (it is needed only for --compare-cbc).");
    }

    /**
     * Solves {@code lpFile} with a wall-clock limit and a relative gap.
     *
     * @throws NotInstalledException when the binary cannot be started
     * @throws IllegalStateException when CBC fails or its log cannot be read
     */
    public Outcome solve(Path lpFile, double timeLimitSeconds, double relativeGap) {
        List<String> command = new ArrayList<>(List.of(
                executable,
                lpFile.toString(),
                "-sec",
                String.format(Locale.ROOT, "%.3f", timeLimitSeconds),
                "-ratioGap",
                String.format(Locale.ROOT, "%.3g", relativeGap),
                "-solve",
                "-quit"));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw notInstalled(e);
        }
        String log;
        try {
            log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(Math.round(timeLimitSeconds) + 60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("CBC did not stop on " + lpFile + " within its time limit.");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read CBC's output on " + lpFile + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("Interrupted while CBC solved " + lpFile, e);
        }
        return parseLog(log, lpFile);
    }

    /** Reads the outcome from a CBC log. */
    static Outcome parseLog(String log, Path lpFile) {
        Matcher result = RESULT.matcher(log);
        if (!result.find()) {
            throw new IllegalStateException("CBC's log on " + lpFile + " has no 'Result -' line; its end reads:\n"
                    + log.substring(Math.max(0, log.length() - 800)));
        }
        String text = result.group(1).toLowerCase(Locale.ROOT);
        Matcher objective = OBJECTIVE.matcher(log);
        double value = objective.find() ? Double.parseDouble(objective.group(1)) : Double.NaN;
        String status;
        if (text.startsWith("optimal")) {
            status = "optimal";
        } else if (text.contains("infeasible")) {
            status = "infeasible";
        } else if (text.contains("time") || text.contains("stopped")) {
            status = Double.isNaN(value) ? "no_solution_in_time" : "feasible";
        } else {
            status = "unknown";
        }
        Matcher wallclock = WALLCLOCK.matcher(log);
        double seconds = Double.NaN;
        while (wallclock.find()) {
            seconds = Double.parseDouble(wallclock.group(1));
        }
        return new Outcome(status, value, seconds);
    }

    /** Writes {@code instance}'s textbook formulation to an LP file in {@code folder}. */
    public static Path writeLp(CflpInstance instance, Path folder) {
        Path file = folder.resolve(instance.name().replaceAll("[^A-Za-z0-9_.-]", "_") + ".lp");
        try {
            Files.writeString(file, TextbookFormulation.lpText(instance), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }
}
