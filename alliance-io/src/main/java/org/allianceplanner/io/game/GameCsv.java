package org.allianceplanner.io.game;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.allianceplanner.io.FileFailures;
import org.allianceplanner.io.Problem;
import org.allianceplanner.io.csv.CsvSyntaxError;
import org.allianceplanner.model.game.CooperativeGame;
import org.allianceplanner.model.game.GameKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a cooperative game from a CSV file with the header {@code coalition,value} and one row per
 * non-empty coalition, its players joined by {@code +} (e.g. {@code Nissan+Tesla,120}). The players
 * are every name that appears, in order of first appearance; rows and the players within a coalition
 * may come in any order. Every problem is reported at once, each naming the file, row and column.
 * Stateless and thread-safe.
 */
public final class GameCsv {
    /** The header a game file starts with. */
    public static final List<String> HEADER = List.of("coalition", "value");

    private static final int MISSING_LISTED = 8;

    private GameCsv() {}

    /** Reads the game of {@code file}, whose values are of the given kind. */
    public static GameLoad read(Path file, GameKind kind) {
        String fileName = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new GameLoad(
                    null,
                    List.of(Problem.wholeFile(
                            fileName,
                            "cannot be read: " + FileFailures.reason(e) + ".",
                            e instanceof AccessDeniedException
                                    ? FileFailures.readHint(e)
                                    : "Maybe the path is wrong.")));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new GameLoad(
                    null,
                    List.of(Problem.wholeFile(
                            fileName, "is not UTF-8 text.", "Maybe save it again from the spreadsheet as CSV UTF-8.")));
        }
        return parse(fileName, text.startsWith("\uFEFF") ? text.substring(1) : text, kind);
    }

    /** Reads the game of CSV {@code text}; {@code fileName} names the file in problems. */
    public static GameLoad parse(String fileName, String text, GameKind kind) {
        List<Problem> problems = new ArrayList<>();
        if (text.isBlank()) {
            return new GameLoad(
                    null,
                    List.of(Problem.wholeFile(
                            fileName,
                            "is empty; it needs the header coalition,value" + " and one row per coalition.",
                            null)));
        }
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(
                text, CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).build())) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            CsvSyntaxError error = CsvSyntaxError.of(e);
            return new GameLoad(
                    null,
                    List.of(new Problem(fileName, null, error.row(), null, null, null, error.rule(), error.hint())));
        }
        List<String> header = records.get(0).toList().stream()
                .map(cell -> cell.strip().toLowerCase(Locale.ROOT))
                .toList();
        if (!header.equals(HEADER)) {
            return new GameLoad(
                    null,
                    List.of(new Problem(
                            fileName,
                            null,
                            1,
                            null,
                            null,
                            String.join(",", records.get(0).toList()),
                            "is not the header coalition,value.",
                            "Maybe the first row is missing or the columns are swapped.")));
        }
        Map<String, Integer> playerIndex = new LinkedHashMap<>();
        // By coalition mask (bit i = the i-th player to appear), grown as players appear: a game of 20
        // players has a million rows, too many for a map keyed by sets of names.
        long[] rowOfMask = new long[2];
        double[] valueOfMask = new double[2];
        for (CSVRecord record : records.subList(1, records.size())) {
            List<String> cells = record.toList();
            int row = (int) record.getRecordNumber();
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (cells.size() != 2) {
                problems.add(new Problem(
                        fileName,
                        null,
                        row,
                        null,
                        null,
                        null,
                        "has " + cells.size() + " cells; a row has a coalition and a value.",
                        cells.size() > 2 ? "Maybe a value has a decimal comma; write 12.5, not 12,5." : null));
                continue;
            }
            LinkedHashSet<String> written = coalition(fileName, row, cells.get(0), problems);
            Double value = value(fileName, row, cells.get(1), problems);
            if (written == null) {
                continue;
            }
            for (String player : written) {
                playerIndex.putIfAbsent(player, playerIndex.size());
            }
            if (playerIndex.size() > CooperativeGame.MAX_PLAYERS) {
                continue; // reported once below; masks no longer fit
            }
            int mask = 0;
            for (String player : written) {
                mask |= 1 << Objects.requireNonNull(playerIndex.get(player)); // added just above
            }
            if (rowOfMask.length < 1 << playerIndex.size()) {
                rowOfMask = Arrays.copyOf(rowOfMask, 1 << playerIndex.size());
                valueOfMask = Arrays.copyOf(valueOfMask, 1 << playerIndex.size());
            }
            if (rowOfMask[mask] != 0) {
                problems.add(new Problem(
                        fileName,
                        null,
                        row,
                        "coalition",
                        null,
                        cells.get(0).strip(),
                        "is the same coalition as row " + rowOfMask[mask] + "; each coalition has one row.",
                        null));
                continue;
            }
            rowOfMask[mask] = row;
            if (value != null) {
                valueOfMask[mask] = value;
            }
        }
        List<String> players = new ArrayList<>(playerIndex.keySet());
        if (players.size() > CooperativeGame.MAX_PLAYERS) {
            problems.add(Problem.wholeFile(
                    fileName,
                    "names " + players.size() + " players; a game has at most " + CooperativeGame.MAX_PLAYERS
                            + " (every coalition is listed).",
                    null));
        } else if (players.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(Problem.wholeFile(fileName, "has no coalition rows.", null));
            }
        } else {
            missingCoalitions(fileName, players, rowOfMask, problems);
        }
        if (!problems.isEmpty()) {
            return new GameLoad(null, problems);
        }
        List<Double> values = new ArrayList<>(1 << players.size());
        for (int mask = 0; mask < 1 << players.size(); mask++) {
            // missingCoalitions reported any coalition without a row, so every one has a value here.
            values.add(mask == 0 ? 0.0 : valueOfMask[mask]);
        }
        return new GameLoad(new CooperativeGame(kind, players, values), List.of());
    }

    /** The players of a coalition cell, in the order written, or null (with a problem) if malformed. */
    private static @Nullable LinkedHashSet<String> coalition(
            String fileName, int row, String cell, List<Problem> problems) {
        LinkedHashSet<String> members = new LinkedHashSet<>();
        String[] names = cell.split("\\+", -1);
        for (String raw : names) {
            String name = raw.strip();
            if (name.isEmpty()) {
                problems.add(new Problem(
                        fileName,
                        null,
                        row,
                        "coalition",
                        null,
                        cell,
                        "has an empty player name; players are joined by +.",
                        "Maybe there is a + too many, or the cell is empty."));
                return null;
            }
            if (!members.add(name)) {
                problems.add(new Problem(
                        fileName,
                        null,
                        row,
                        "coalition",
                        null,
                        cell,
                        "names " + name + " twice; a coalition lists each player once.",
                        null));
                return null;
            }
        }
        return members;
    }

    private static @Nullable Double value(String fileName, int row, String cell, List<Problem> problems) {
        String text = cell.strip();
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            problems.add(new Problem(
                    fileName,
                    null,
                    row,
                    "value",
                    null,
                    cell,
                    "is not a number.",
                    text.contains(",") ? "Maybe write a decimal point, not a comma." : null));
            return null;
        }
        if (!Double.isFinite(value)) {
            problems.add(new Problem(fileName, null, row, "value", null, cell, "Values must be finite numbers.", null));
            return null;
        }
        return value;
    }

    private static void missingCoalitions(
            String fileName, List<String> players, long[] rowOfMask, List<Problem> problems) {
        List<Integer> missing = new ArrayList<>();
        for (int mask = 1; mask < 1 << players.size(); mask++) {
            if (rowOfMask[mask] == 0) {
                missing.add(mask);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        // Smallest coalitions first: a missing pair is easier to spot than a missing 7-player coalition.
        missing.sort(Comparator.comparingInt(Integer::bitCount).thenComparingInt(mask -> mask));
        List<String> listed = new ArrayList<>();
        for (int mask : missing.subList(0, Math.min(MISSING_LISTED, missing.size()))) {
            listed.add(String.join("+", orderedAsPlayers(players, mask)));
        }
        String more = missing.size() > listed.size() ? " and " + (missing.size() - listed.size()) + " more" : "";
        problems.add(Problem.wholeFile(
                fileName,
                "lacks " + missing.size() + " of the " + ((1 << players.size()) - 1)
                        + " coalitions of its " + players.size() + " players " + players + ": "
                        + String.join(", ", listed)
                        + more + ".",
                "Maybe a player name is misspelled somewhere (each spelling is a player), or add a row for each."));
    }

    private static List<String> orderedAsPlayers(List<String> players, int mask) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < players.size(); i++) {
            if ((mask & 1 << i) != 0) {
                members.add(players.get(i));
            }
        }
        return members;
    }
}
