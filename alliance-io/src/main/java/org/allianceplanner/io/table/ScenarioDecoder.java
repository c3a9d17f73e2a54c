package org.allianceplanner.io.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.allianceplanner.io.Problem;
import org.allianceplanner.io.ScenarioLoad;
import org.allianceplanner.io.ScenarioNotes;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.scenario.ScenarioSettings;
import org.allianceplanner.model.validation.ScenarioValidator;
import org.allianceplanner.model.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a reader found into a checked scenario: types every cell, builds the model records, runs
 * the {@link ScenarioValidator} and ties each of its findings back to file, row and column. Every
 * problem is reported at once; a cell already reported as unreadable is not reported again.
 */
public final class ScenarioDecoder {
    private ScenarioDecoder() {}

    /** The checked scenario, or every problem with it. */
    public static ScenarioLoad decode(RawScenario raw) {
        Map<String, List<Problem>> problemsByTable = new LinkedHashMap<>();
        problemsByTable.put("", new ArrayList<>(raw.fileProblems()));
        problemsByTable.get("").addAll(raw.cellProblems());
        problemsByTable.put(SettingsCodec.TABLE, new ArrayList<>());
        ScenarioTables.ALL.forEach(codec -> problemsByTable.put(codec.name(), new ArrayList<>()));

        ScenarioSettings settings = SettingsCodec.placeholder();
        SettingsCodec.Decoded decodedSettings = null;
        if (raw.settings() != null) {
            decodedSettings = SettingsCodec.decode(raw.settings(), problemsByTable.get(SettingsCodec.TABLE));
            settings = decodedSettings.settings();
        }
        Scenario.Builder builder = Scenario.builder().settings(settings);
        Map<String, TableCodec.Decoded<?>> decodedTables = new LinkedHashMap<>();
        for (TableCodec<?> codec : ScenarioTables.ALL) {
            RawTable table = raw.tables().get(codec.name());
            if (table != null) {
                // Every codec's list was put above.
                List<Problem> tableProblems = Objects.requireNonNull(problemsByTable.get(codec.name()));
                decodedTables.put(codec.name(), decodeInto(codec, table, builder, tableProblems));
            }
        }
        Scenario scenario = builder.build();

        boolean everyFileRead = raw.fileProblems().isEmpty() && raw.settings() != null;
        if (everyFileRead) {
            for (Violation violation : ScenarioValidator.validate(scenario)) {
                // Every file was read, the settings too, so they were decoded above.
                Problem problem = locate(violation, raw, Objects.requireNonNull(decodedSettings), decodedTables);
                if (problem != null) {
                    problemsByTable
                            .computeIfAbsent(violation.table(), table -> new ArrayList<>())
                            .add(problem);
                }
            }
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> reportedCells = new HashSet<>();
        for (List<Problem> tableProblems : problemsByTable.values()) {
            tableProblems.sort(Comparator.comparingInt(Problem::row));
            for (Problem problem : tableProblems) {
                if (problem.column() == null || reportedCells.add(cellKey(problem))) {
                    problems.add(problem);
                }
            }
        }
        if (problems.isEmpty()) {
            return ScenarioLoad.valid(scenario, notesOf(raw));
        }
        if (!everyFileRead) {
            problems.add(new Problem(
                    problems.get(0).file(),
                    null,
                    0,
                    null,
                    null,
                    null,
                    "Cross-table checks (references, tiers, cycles, currencies) run once every file can be read.",
                    null));
        }
        return ScenarioLoad.rejected(problems);
    }

    /**
     * The comment columns of every table: the cells of each data row under a header starting with
     * {@code #}, in row order, which is the order of the table's records.
     */
    private static ScenarioNotes notesOf(RawScenario raw) {
        Map<String, ScenarioNotes.Table> notes = new LinkedHashMap<>();
        raw.tables().forEach((tableName, table) -> {
            List<Integer> positions = new ArrayList<>();
            List<String> columns = new ArrayList<>();
            for (int i = 0; i < table.header().size(); i++) {
                String header = table.header().get(i).strip().replace("\uFEFF", "");
                if (header.startsWith("#")) {
                    positions.add(i);
                    columns.add(header);
                }
            }
            if (columns.isEmpty()) {
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            for (RawRow row : table.rows()) {
                List<String> cells = new ArrayList<>();
                for (int i : positions) {
                    cells.add(i < row.cells().size() ? row.cells().get(i) : "");
                }
                rows.add(cells);
            }
            notes.put(tableName, new ScenarioNotes.Table(columns, rows));
        });
        return new ScenarioNotes(notes);
    }

    private static <T> TableCodec.Decoded<T> decodeInto(
            TableCodec<T> codec, RawTable table, Scenario.Builder builder, List<Problem> problems) {
        TableCodec.Decoded<T> decoded = codec.decode(table, problems);
        codec.put(builder, decoded.records());
        return decoded;
    }

    private static @Nullable Problem locate(
            Violation violation,
            RawScenario raw,
            SettingsCodec.Decoded settings,
            Map<String, TableCodec.Decoded<?>> tables) {
        if (violation.table().equals(SettingsCodec.TABLE)) {
            Integer row = settings.row(violation.column());
            return Objects.requireNonNull(raw.settings())
                    .locator()
                    .problem(
                            row == null ? 0 : row,
                            violation.column(),
                            violation.value(),
                            violation.rule(),
                            violation.hint());
        }
        TableCodec.Decoded<?> decoded = tables.get(violation.table());
        RawTable table = raw.tables().get(violation.table());
        if (decoded == null || table == null) {
            throw new IllegalStateException("The validator reported on table '" + violation.table()
                    + "', which the reader did not provide: " + violation);
        }
        if (decoded.missingColumns().contains(violation.column())) {
            return null;
        }
        String rule = violation.rule();
        int relatedRow = fileRow(decoded, violation.relatedRowIndex());
        if (relatedRow > 0) {
            rule += " (First on row " + relatedRow + ".)";
        }
        return table.locator()
                .problem(
                        fileRow(decoded, violation.rowIndex()),
                        violation.column(),
                        violation.value(),
                        rule,
                        violation.hint());
    }

    private static int fileRow(TableCodec.Decoded<?> decoded, int rowIndex) {
        return rowIndex >= 0 && rowIndex < decoded.rowNumbers().size()
                ? decoded.rowNumbers().get(rowIndex)
                : 0;
    }

    private static String cellKey(Problem problem) {
        return problem.file() + '\u0000' + problem.sheet() + '\u0000' + problem.row() + '\u0000' + problem.column();
    }
}
