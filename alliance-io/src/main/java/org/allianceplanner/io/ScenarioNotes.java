package org.allianceplanner.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The user's comment columns of a scenario's tables (every column whose header starts with {@code #},
 * such as {@code #source} or {@code #note}): nothing the model reads, but what the user wrote, so that
 * converting a scenario from one form to the other keeps it. Immutable.
 *
 * @param tables the comment columns of each table that has any, by table name
 */
public record ScenarioNotes(Map<String, Table> tables) {
    /** A scenario without comment columns. */
    public static final ScenarioNotes NONE = new ScenarioNotes(Map.of());

    public ScenarioNotes {
        tables = Map.copyOf(tables);
    }

    /** The comment columns of {@code tableName}; none when it has none. */
    public Table of(String tableName) {
        return tables.getOrDefault(tableName, Table.NONE);
    }

    /**
     * The comment columns of one table.
     *
     * @param columns the headers, as written (each starting with {@code #}), in file order
     * @param rows the cells of these columns on each data row, in the order of the table's records (row
     *     <i>i</i> belongs to the table's record <i>i</i>); each as long as {@code columns}
     */
    public record Table(List<String> columns, List<List<String>> rows) {
        /** A table without comment columns. */
        public static final Table NONE = new Table(List.of(), List.of());

        public Table {
            columns = List.copyOf(columns);
            List<List<String>> copies = new ArrayList<>(rows.size());
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException(
                            "A row of notes has " + row.size() + " cells for " + columns.size() + " columns.");
                }
                copies.add(List.copyOf(row));
            }
            rows = List.copyOf(copies);
        }

        /** The notes of the table's record {@code index}, one per column; blank when the row has none. */
        public List<String> row(int index) {
            return index < rows.size()
                    ? rows.get(index)
                    : columns.stream().map(column -> "").toList();
        }
    }
}
