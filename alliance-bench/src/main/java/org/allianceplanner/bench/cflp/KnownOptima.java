package org.allianceplanner.bench.cflp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A table of known optimal objective values, keyed by instance name without file extension.
 *
 * <p>Two layouts are read. OR-Library's {@code capopt}: lines {@code name value} (a header line and
 * trailing remarks, whose second word is not a number, are skipped). Holmberg's {@code os}: one value
 * per line, line k being instance {@code pk}. Immutable and thread-safe.
 *
 * @param optimumByInstance optimal objective by instance name, e.g. {@code cap41} or {@code p7}
 */
public record KnownOptima(Map<String, Double> optimumByInstance) {
    public KnownOptima {
        optimumByInstance = Map.copyOf(optimumByInstance);
    }

    /**
     * Reads a table in either layout.
     *
     * @throws CflpFileException when the file cannot be read or holds no value
     */
    public static KnownOptima read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new CflpFileException("Cannot read the optimum table " + file + ": " + e.getMessage());
        }
        Map<String, Double> optima = new LinkedHashMap<>();
        boolean onePerLine = lines.stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty())
                .allMatch(line -> line.split("\\s+").length == 1 && isNumber(line));
        for (int k = 0; k < lines.size(); k++) {
            String[] words = lines.get(k).trim().split("\\s+");
            if (onePerLine) {
                if (!words[0].isEmpty()) {
                    optima.put("p" + (k + 1), Double.parseDouble(words[0]));
                }
            } else if (words.length == 2 && isNumber(words[1])) {
                optima.put(words[0], Double.parseDouble(words[1]));
            }
        }
        if (optima.isEmpty()) {
            throw new CflpFileException("The optimum table " + file + " holds no value: expected lines 'name value'"
                    + " (OR-Library capopt) or one value per line (Holmberg os).");
        }
        return new KnownOptima(optima);
    }

    /** The known optimum of the instance read from file {@code fileName}, extension ignored. */
    public OptionalDouble optimumOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String key = dot > 0 ? fileName.substring(0, dot) : fileName;
        Double value = optimumByInstance.get(key);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static boolean isNumber(String word) {
        try {
            return Double.isFinite(Double.parseDouble(word));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
