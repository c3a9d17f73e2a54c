package org.allianceplanner.bench.cflp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Reads capacitated facility-location instances in the OR-Library and Holmberg text formats.
 *
 * <p>Both are whitespace-separated numbers in which line breaks carry no meaning; numbers may end in a
 * '.' ({@code 7500.}) and lines in CRLF. Some OR-Library files write the literal {@code capacity}
 * instead of each warehouse's capacity, to be replaced by a value of the user's choosing. Every
 * problem is reported as a {@link CflpFileException} naming the file, the token's number and line,
 * and the rule. Stateless and thread-safe.
 */
public final class CflpReader {
    /** The literal some OR-Library files put in place of the warehouse capacities. */
    public static final String CAPACITY_LITERAL = "capacity";

    private CflpReader() {}

    /**
     * Reads one instance.
     *
     * @param file the instance file; its file name becomes the instance's name
     * @param format the file's format
     * @param capacityUnits the capacity that replaces the literal {@code capacity}; empty when the file
     *     must not contain it
     * @throws CflpFileException when the file cannot be read or breaks the format
     */
    public static CflpInstance read(Path file, CflpFormat format, OptionalDouble capacityUnits) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new CflpFileException("Cannot read " + file + ": " + e.getMessage());
        }
        return parse(file.getFileName().toString(), text, format, capacityUnits);
    }

    /** Parses the text of an instance file; {@code name} names it in messages and in the instance. */
    public static CflpInstance parse(String name, String text, CflpFormat format, OptionalDouble capacityUnits) {
        Tokens tokens = new Tokens(name, text);
        int m = tokens.count("the number of facilities");
        int n = tokens.count("the number of customers");
        long expected = format == CflpFormat.ORLIB ? 2L + 2L * m + (long) n * (m + 1) : 2L + 2L * m + n + (long) m * n;
        if (tokens.size() != expected) {
            throw new CflpFileException(String.format(
                    Locale.ROOT,
                    "%s has %d numbers, but a %s file with %d facilities and %d customers has %d (%s)."
                            + "%nMaybe the file is cut off, or is not a facility-location instance.",
                    name,
                    tokens.size(),
                    format.name().toLowerCase(Locale.ROOT),
                    m,
                    n,
                    expected,
                    format == CflpFormat.ORLIB ? "2 + 2m + n(m+1)" : "2 + 2m + n + mn"));
        }
        double[] capacity = new double[m];
        double[] fixed = new double[m];
        for (int i = 0; i < m; i++) {
            capacity[i] = tokens.capacity(i + 1, capacityUnits);
            fixed[i] = tokens.number("the fixed cost of facility " + (i + 1));
        }
        double[] demand = new double[n];
        double[][] cost = new double[m][n];
        if (format == CflpFormat.ORLIB) {
            for (int j = 0; j < n; j++) {
                demand[j] = tokens.number("the demand of customer " + (j + 1));
                for (int i = 0; i < m; i++) {
                    cost[i][j] = tokens.number("the cost of serving customer " + (j + 1) + " from facility " + (i + 1));
                }
            }
        } else {
            for (int j = 0; j < n; j++) {
                demand[j] = tokens.number("the demand of customer " + (j + 1));
            }
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    cost[i][j] = tokens.number("the cost of serving customer " + (j + 1) + " from facility " + (i + 1));
                }
            }
        }
        return new CflpInstance(name, format, capacity, fixed, demand, cost);
    }

    /** The file's tokens with their line numbers, read front to back. */
    private static final class Tokens {
        private final String file;
        private final List<String> words = new ArrayList<>();
        private final List<Integer> lines = new ArrayList<>();
        private int next;

        Tokens(String file, String text) {
            this.file = file;
            String[] rows = text.split("\r\n|\n|\r", -1);
            for (int row = 0; row < rows.length; row++) {
                for (String word : rows[row].trim().split("\\s+")) {
                    if (!word.isEmpty()) {
                        words.add(word);
                        lines.add(row + 1);
                    }
                }
            }
        }

        int size() {
            return words.size();
        }

        int count(String what) {
            double value = number(what);
            if (value < 1 || value != Math.rint(value) || value > 1_000_000) {
                throw error(what + " must be a positive whole number, not '" + words.get(next - 1) + "'");
            }
            return (int) value;
        }

        double capacity(int facility, OptionalDouble capacityUnits) {
            String what = "the capacity of facility " + facility;
            if (next < words.size() && words.get(next).equalsIgnoreCase(CAPACITY_LITERAL)) {
                if (capacityUnits.isEmpty()) {
                    next++;
                    throw error(what + " is the literal '" + CAPACITY_LITERAL
                            + "', which stands for a capacity the user chooses."
                            + "\nMaybe add --capacity N with the capacity to test");
                }
                next++;
                return capacityUnits.getAsDouble();
            }
            double value = number(what);
            if (value < 0) {
                throw error(what + " must not be negative, but is " + words.get(next - 1));
            }
            return value;
        }

        double number(String what) {
            if (next >= words.size()) {
                throw new CflpFileException(file + " ends after " + words.size() + " numbers, before " + what + ".");
            }
            String word = words.get(next++);
            try {
                double value = Double.parseDouble(word);
                if (!Double.isFinite(value)) {
                    throw error(what + " must be a finite number, not '" + word + "'");
                }
                return value;
            } catch (NumberFormatException e) {
                throw error(what + " must be a number, not '" + word + "'");
            }
        }

        /** An error at the token just read. */
        CflpFileException error(String message) {
            int index = next - 1;
            return new CflpFileException(
                    file + ", token " + (index + 1) + " (line " + lines.get(index) + "): " + message + ".");
        }
    }
}
