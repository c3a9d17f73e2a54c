package org.allianceplanner.bench.rcpsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads PSPLIB single-mode {@code .sm} files: the sections {@code PRECEDENCE RELATIONS}, {@code
 * REQUESTS/DURATIONS} and {@code RESOURCEAVAILABILITIES}, found by their headers. Anything wrong is
 * reported with the file, the line and the problem.
 */
public final class PsplibReader {
    private PsplibReader() {}

    /** The instance in {@code file}. */
    public static PsplibInstance read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new BenchmarkFileException(file, 0, "cannot be read (" + e.getMessage() + ").");
        }
        int resources = -1;
        Map<Integer, List<Integer>> successors = new HashMap<>();
        Map<Integer, int[]> requests = new HashMap<>();
        List<Integer> jobOrder = new ArrayList<>();
        List<Integer> capacities = null;
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int number = i + 1;
            if (line.startsWith("- renewable")) {
                resources = intAfterColon(file, number, line);
                continue;
            }
            if (line.startsWith("PRECEDENCE RELATIONS")) {
                section = "precedence";
                continue;
            }
            if (line.startsWith("REQUESTS/DURATIONS")) {
                section = "requests";
                continue;
            }
            if (line.startsWith("RESOURCEAVAILABILITIES")) {
                section = "capacities";
                continue;
            }
            if (line.startsWith("***") || line.startsWith("---") || line.isEmpty()) {
                if (line.startsWith("***")) {
                    section = "";
                }
                continue;
            }
            switch (section) {
                case "precedence" -> {
                    if (line.startsWith("jobnr")) {
                        continue;
                    }
                    int[] values = ints(file, number, line);
                    if (values.length < 3 || values.length != 3 + values[2]) {
                        throw new BenchmarkFileException(
                                file,
                                number,
                                "a precedence line needs: job, modes, successor count, then that many successors;"
                                        + " found \"" + line + "\".");
                    }
                    if (values[1] != 1) {
                        throw new BenchmarkFileException(
                                file,
                                number,
                                "job " + values[0] + " has " + values[1] + " modes; only single-mode"
                                        + " (.sm) instances are supported.");
                    }
                    List<Integer> next = new ArrayList<>();
                    for (int k = 3; k < values.length; k++) {
                        next.add(values[k]);
                    }
                    if (successors.put(values[0], next) != null) {
                        throw new BenchmarkFileException(file, number, "job " + values[0] + " is listed twice.");
                    }
                    jobOrder.add(values[0]);
                }
                case "requests" -> {
                    if (line.startsWith("jobnr")) {
                        continue;
                    }
                    int[] values = ints(file, number, line);
                    if (resources < 0) {
                        throw new BenchmarkFileException(
                                file, number, "job requests come before the \"- renewable\" resource count.");
                    }
                    if (values.length != 3 + resources) {
                        throw new BenchmarkFileException(
                                file,
                                number,
                                "a request line needs: job, mode, duration and " + resources + " demands; found \""
                                        + line + "\".");
                    }
                    if (values[2] < 0) {
                        throw new BenchmarkFileException(
                                file, number, "job " + values[0] + " has a negative duration " + values[2] + ".");
                    }
                    int[] request = new int[1 + resources];
                    System.arraycopy(values, 2, request, 0, request.length);
                    requests.put(values[0], request);
                }
                case "capacities" -> {
                    if (line.startsWith("R ") || line.startsWith("R1") || line.contains("R 1")) {
                        continue;
                    }
                    int[] values = ints(file, number, line);
                    if (values.length != resources) {
                        throw new BenchmarkFileException(
                                file,
                                number,
                                "expected " + resources + " resource capacities, found \"" + line + "\".");
                    }
                    capacities = new ArrayList<>();
                    for (int value : values) {
                        capacities.add(value);
                    }
                }
                default -> {
                    // Header lines (file name, seed, horizon, project information) are not needed.
                }
            }
        }
        if (jobOrder.isEmpty()) {
            throw new BenchmarkFileException(
                    file, 0, "has no PRECEDENCE RELATIONS section with jobs; is it a PSPLIB" + " .sm file?");
        }
        if (capacities == null) {
            throw new BenchmarkFileException(file, 0, "has no RESOURCEAVAILABILITIES section.");
        }
        Set<Integer> known = new HashSet<>(jobOrder);
        List<PsplibInstance.Job> jobs = new ArrayList<>();
        for (int job : jobOrder) {
            int[] request = requests.get(job);
            if (request == null) {
                throw new BenchmarkFileException(file, 0, "job " + job + " has no line in REQUESTS/DURATIONS.");
            }
            // Each job entered jobOrder together with its successors.
            List<Integer> jobSuccessors = Objects.requireNonNull(successors.get(job));
            for (int successor : jobSuccessors) {
                if (!known.contains(successor)) {
                    throw new BenchmarkFileException(
                            file, 0, "job " + job + " names successor " + successor + ", which is not a job.");
                }
            }
            List<Integer> demands = new ArrayList<>();
            for (int r = 1; r < request.length; r++) {
                demands.add(request[r]);
            }
            jobs.add(new PsplibInstance.Job(job, request[0], demands, jobSuccessors));
        }
        String name = file.getFileName().toString().replaceFirst("\\.sm$", "");
        return new PsplibInstance(name, jobs, capacities);
    }

    private static int intAfterColon(Path file, int number, String line) {
        String value = line.substring(line.indexOf(':') + 1).strip().split("\\s+")[0];
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BenchmarkFileException(file, number, "\"" + value + "\" is not a resource count.");
        }
    }

    private static int[] ints(Path file, int number, String line) {
        String[] parts = line.split("\\s+");
        int[] values = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            try {
                values[k] = Integer.parseInt(parts[k]);
            } catch (NumberFormatException e) {
                throw new BenchmarkFileException(file, number, "\"" + parts[k] + "\" is not a whole number.");
            }
        }
        return values;
    }
}
