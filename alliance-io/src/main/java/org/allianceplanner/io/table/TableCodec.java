package org.allianceplanner.io.table;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.allianceplanner.io.Problem;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.validation.NearestName;
import org.jspecify.annotations.Nullable;

/**
 * One scenario table: its columns, and how its rows become model records and back. Immutable.
 *
 * @param <T> the model record of one row
 */
public final class TableCodec<T> {
    private final String name;
    private final String description;
    private final boolean required;
    private final List<Column> columns;
    private final List<Function<T, @Nullable Object>> encoders;
    private final Function<Scenario, List<T>> getter;
    private final BiConsumer<Scenario.Builder, List<T>> setter;
    private final Function<RowValues, T> decoder;

    private TableCodec(Builder<T> builder, Function<RowValues, T> decoder) {
        this.name = builder.name;
        this.description = builder.description;
        this.required = builder.required;
        this.columns = List.copyOf(builder.columns);
        this.encoders = List.copyOf(builder.encoders);
        this.getter = builder.getter;
        this.setter = builder.setter;
        this.decoder = decoder;
    }

    static <T> Builder<T> table(
            String name,
            String description,
            boolean required,
            Function<Scenario, List<T>> getter,
            BiConsumer<Scenario.Builder, List<T>> setter) {
        return new Builder<>(name, description, required, getter, setter);
    }

    /** Table name: the CSV file stem and the sheet name. */
    public String name() {
        return name;
    }

    /** What the table holds, for the format doc. */
    public String description() {
        return description;
    }

    /** Whether a scenario must have this table (it may still be empty). */
    public boolean required() {
        return required;
    }

    /** Columns in file order. */
    public List<Column> columns() {
        return columns;
    }

    /** How many rows the table has in {@code scenario}. */
    public int rowCount(Scenario scenario) {
        return getter.apply(scenario).size();
    }

    /** The table's rows in {@code scenario}, each as one value per column (null for none). */
    public List<List<@Nullable Object>> encode(Scenario scenario) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (T record : getter.apply(scenario)) {
            List<@Nullable Object> row = new ArrayList<>(encoders.size());
            for (Function<T, @Nullable Object> encoder : encoders) {
                row.add(encoder.apply(record));
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * Decodes a raw table into records, adding every problem found to {@code problems}.
     *
     * @return the records, one per raw row, and each one's file row
     */
    Decoded<T> decode(RawTable table, List<Problem> problems) {
        Map<String, Column> byName = new LinkedHashMap<>();
        columns.forEach(column -> byName.put(column.name(), column));
        Map<Integer, String> columnAt = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < table.header().size(); i++) {
            String header = table.header().get(i).strip().replace("\uFEFF", "");
            String key = header.toLowerCase(Locale.ROOT);
            if (header.isEmpty()) {
                if (columnHasData(table, i)) {
                    problems.add(table.locator()
                            .problem(1, "(column " + (i + 1) + ")", null, "holds values but has no header.", null));
                }
            } else if (header.startsWith("#")) {
                // A comment column, kept for the user's own notes and ignored.
            } else if (!byName.containsKey(key)) {
                String closest = NearestName.among(header, byName.keySet());
                problems.add(table.locator()
                        .problem(
                                1,
                                header,
                                null,
                                "is not a column of " + name + ".",
                                closest == null
                                        ? "Maybe remove it, or start its name with # to keep it as a comment column."
                                        : "Maybe you meant '" + closest + "'."));
            } else if (!seen.add(key)) {
                problems.add(table.locator().problem(1, header, null, "appears twice in the header.", null));
            } else {
                columnAt.put(i, key);
            }
        }
        Set<String> missing = new HashSet<>();
        for (Column column : columns) {
            if (column.required() && !seen.contains(column.name())) {
                missing.add(column.name());
                problems.add(
                        table.locator().problem(1, column.name(), null, "is missing; this column is required.", null));
            }
        }
        List<T> records = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        for (RawRow row : table.rows()) {
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < row.cells().size(); i++) {
                String column = columnAt.get(i);
                if (column != null) {
                    cells.put(column, row.cells().get(i));
                } else if (i >= table.header().size() && !row.cells().get(i).isBlank()) {
                    problems.add(
                            table.locator()
                                    .problem(
                                            row.rowNumber(),
                                            null,
                                            row.cells().get(i),
                                            "has more cells than the header has columns.",
                                            "Maybe a value holds the separator and needs quotes, or a header cell is missing."));
                }
            }
            Map<String, Integer> rows = new HashMap<>();
            byName.keySet().forEach(column -> rows.put(column, row.rowNumber()));
            records.add(decoder.apply(new RowValues(byName, cells, rows, table.locator(), problems, missing)));
            rowNumbers.add(row.rowNumber());
        }
        return new Decoded<>(records, rowNumbers, missing);
    }

    void put(Scenario.Builder builder, List<T> records) {
        setter.accept(builder, records);
    }

    private static boolean columnHasData(RawTable table, int index) {
        return table.rows().stream()
                .anyMatch(row ->
                        index < row.cells().size() && !row.cells().get(index).isBlank());
    }

    /**
     * Records decoded from a table.
     *
     * @param records one per row
     * @param rowNumbers the file row of each record
     * @param missingColumns required columns the file lacks
     */
    record Decoded<T>(List<T> records, List<Integer> rowNumbers, Set<String> missingColumns) {}

    /** Collects a table's columns with how to encode each. */
    static final class Builder<T> {
        private final String name;
        private final String description;
        private final boolean required;
        private final Function<Scenario, List<T>> getter;
        private final BiConsumer<Scenario.Builder, List<T>> setter;
        private final List<Column> columns = new ArrayList<>();
        private final List<Function<T, @Nullable Object>> encoders = new ArrayList<>();

        private Builder(
                String name,
                String description,
                boolean required,
                Function<Scenario, List<T>> getter,
                BiConsumer<Scenario.Builder, List<T>> setter) {
            this.name = requireNonNull(name);
            this.description = requireNonNull(description);
            this.required = required;
            this.getter = requireNonNull(getter);
            this.setter = requireNonNull(setter);
        }

        Builder<T> column(Column column, Function<T, @Nullable Object> encoder) {
            columns.add(column);
            encoders.add(encoder);
            return this;
        }

        TableCodec<T> decodedBy(Function<RowValues, T> decoder) {
            return new TableCodec<>(this, decoder);
        }
    }
}
