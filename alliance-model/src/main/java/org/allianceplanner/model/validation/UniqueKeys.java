package org.allianceplanner.model.validation;

import java.util.List;
import java.util.function.Function;

/**
 * A table's composite key, such as (plant_id, platform_id) of platform lines, to report a row whose
 * key an earlier row already has.
 */
final class UniqueKeys<T> {
    private final List<String> columns;
    private final int reportedColumn;
    private final Function<T, List<String>> key;
    private final FirstRows<List<String>> firstRows;

    private UniqueKeys(
            List<String> columns,
            int reportedColumn,
            Function<T, List<String>> key,
            FirstRows<List<String>> firstRows) {
        this.columns = columns;
        this.reportedColumn = reportedColumn;
        this.key = key;
        this.firstRows = firstRows;
    }

    /**
     * A key whose duplicates are reported on its first column.
     *
     * @param columns the key's columns, in table order
     * @param key the key's values of a row, one per column
     */
    static <T> UniqueKeys<T> of(List<T> rows, List<String> columns, Function<T, List<String>> key) {
        return reportedOn(0, rows, columns, key);
    }

    /**
     * A key whose duplicates are reported on column {@code reportedColumn}, for keys whose own id is
     * not the first column, such as task_id within program_id.
     */
    static <T> UniqueKeys<T> reportedOn(
            int reportedColumn, List<T> rows, List<String> columns, Function<T, List<String>> key) {
        return new UniqueKeys<>(List.copyOf(columns), reportedColumn, key, FirstRows.of(rows, key));
    }

    /** Reports {@code record} when an earlier row has the same key. */
    void check(Row row, T record) {
        List<String> values = key.apply(record);
        if (values.stream().anyMatch(String::isBlank)) {
            // A blank key part is already reported as blank; matching blanks are not a duplicate worth a second line.
            return;
        }
        firstRows.earlierThan(values, row.index()).ifPresent(earlier -> {
            StringBuilder combination = new StringBuilder();
            for (int i = 0; i < columns.size(); i++) {
                combination
                        .append(i == 0 ? "" : ", ")
                        .append(columns.get(i))
                        .append(" '")
                        .append(values.get(i))
                        .append("'");
            }
            row.report(
                    columns.get(reportedColumn),
                    values.get(reportedColumn),
                    "The combination " + combination + " is not unique: it is also on an earlier row"
                            + Row.dataRow(earlier) + ".");
        });
    }
}
