package org.allianceplanner.bench.rcpsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PSPLIB's own table of optimal or best-known makespans ({@code j30opt.sm}, {@code j120hrs.sm}, …):
 * after the dashed line under the header, one row per instance starting with parameter, instance and
 * makespan. The instance set ({@code j30}, {@code j120}) comes from the file name, so row (10, 1) of
 * {@code j30opt.sm} is instance {@code j3010_1}.
 */
public final class ReferenceTable {
    private static final Pattern SET = Pattern.compile("^(j\\d+?)(opt|hrs|lb)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROW = Pattern.compile("^(\\d+)\\s+(\\d+)\\s+(\\d+)(\\s.*)?$");

    private final Map<String, Integer> makespans;

    private ReferenceTable(Map<String, Integer> makespans) {
        this.makespans = Map.copyOf(makespans);
    }

    /** Reads a PSPLIB reference table. */
    public static ReferenceTable read(Path file) {
        Matcher set = SET.matcher(file.getFileName().toString());
        if (!set.find()) {
            throw new BenchmarkFileException(
                    file,
                    0,
                    "cannot tell the instance set from the file name; PSPLIB names its tables like j30opt.sm or"
                            + " j120hrs.sm.");
        }
        String prefix = set.group(1).toLowerCase(java.util.Locale.ROOT);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new BenchmarkFileException(file, 0, "cannot be read (" + e.getMessage() + ").");
        }
        Map<String, Integer> makespans = new HashMap<>();
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.matches("(?i)^par\\w*\\s+inst.*")) {
                inTable = true;
                continue;
            }
            if (!inTable || line.isEmpty() || line.startsWith("-") || line.startsWith("=")) {
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                throw new BenchmarkFileException(
                        file, i + 1, "expected a row \"parameter instance makespan …\", found \"" + line + "\".");
            }
            String instance = prefix + row.group(1) + "_" + row.group(2);
            if (makespans.put(instance, Integer.parseInt(row.group(3))) != null) {
                throw new BenchmarkFileException(file, i + 1, "instance " + instance + " is listed twice.");
            }
        }
        if (makespans.isEmpty()) {
            throw new BenchmarkFileException(
                    file, 0, "has no table rows; expected a header line \"Par(amter) Inst(ance) Makespan …\".");
        }
        return new ReferenceTable(makespans);
    }

    /** The reference makespan of an instance, by name such as {@code j3010_1}. */
    public OptionalInt makespan(String instance) {
        Integer makespan = makespans.get(instance);
        return makespan == null ? OptionalInt.empty() : OptionalInt.of(makespan);
    }

    /** Number of instances in the table. */
    public int size() {
        return makespans.size();
    }
}
