package org.allianceplanner.io.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.allianceplanner.io.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Typed access to the cells of one row. A cell that does not hold what its column needs is reported
 * as a {@link Problem} and read as a placeholder (NaN, 0, the empty text or the first allowed word), so
 * that the rest of the scenario can still be checked and every problem reported at once; a scenario
 * with any such problem is never used.
 */
public final class RowValues {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d+,\\d+");
    private static final Pattern THOUSANDS = Pattern.compile("[-+]?\\d{1,3}([, ']\\d{3})+(\\.\\d+)?");

    private final Map<String, Column> columns;
    private final Map<String, String> cells;
    private final Map<String, Integer> rows;
    private final CellLocator locator;
    private final List<Problem> problems;
    private final Set<String> unreadableColumns;

    /**
     * @param columns the table's columns by name
     * @param cells cell text by column name; a missing entry is an empty cell
     * @param rows the file row of each column's cell (one row for a table row; one per key for
     *     settings)
     * @param locator where cells are
     * @param problems where problems go
     * @param unreadableColumns columns already reported as missing from the file; their empty cells
     *     are not reported again on every row
     */
    RowValues(
            Map<String, Column> columns,
            Map<String, String> cells,
            Map<String, Integer> rows,
            CellLocator locator,
            List<Problem> problems,
            Set<String> unreadableColumns) {
        this.columns = columns;
        this.cells = cells;
        this.rows = rows;
        this.locator = locator;
        this.problems = problems;
        this.unreadableColumns = unreadableColumns;
    }

    /** Non-blank text; the column's default when empty and not required. */
    public String id(String column) {
        return text(column);
    }

    /** Text of a required column (or its default). */
    public String text(String column) {
        String cell = cellOrDefault(column);
        return cell == null ? "" : cell;
    }

    /** Text, or {@code null} when the cell is empty and the column optional. */
    public @Nullable String optionalText(String column) {
        String cell = cellOrDefault(column);
        return cell == null || cell.isEmpty() ? null : cell;
    }

    /** A number; {@code 25%} reads as 0.25. */
    public double decimal(String column) {
        String cell = cellOrDefault(column);
        return cell == null ? Double.NaN : parseDecimal(column, cell);
    }

    /** A number, or {@code null} when the cell is empty and the column optional. */
    public @Nullable Double optionalDecimal(String column) {
        String cell = cellOrDefault(column);
        return cell == null || cell.isEmpty() ? null : parseDecimal(column, cell);
    }

    /** A whole number ({@code 12.0} as Excel writes it is accepted). */
    public int integer(String column) {
        String cell = cellOrDefault(column);
        if (cell == null) {
            return 0;
        }
        double number = parseDecimal(column, cell);
        if (Double.isNaN(number)) {
            return 0;
        }
        if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
            report(column, cell, "must be a whole number.", null);
            return 0;
        }
        return (int) number;
    }

    /** A whole number that may be large (seeds). */
    public long longInteger(String column) {
        String cell = cellOrDefault(column);
        if (cell == null) {
            return 0;
        }
        try {
            return Long.parseLong(cell.endsWith(".0") ? cell.substring(0, cell.length() - 2) : cell);
        } catch (NumberFormatException e) {
            report(column, cell, "must be a whole number.", null);
            return 0;
        }
    }

    /** {@code true}/{@code false}, also yes/no and 1/0, in any case. */
    public boolean bool(String column) {
        String cell = cellOrDefault(column);
        if (cell == null) {
            return false;
        }
        switch (CellText.lower(cell)) {
            case "true", "yes", "y", "1":
                return true;
            case "false", "no", "n", "0":
                return false;
            default:
                report(column, cell, "must be true or false.", "Maybe write true or false.");
                return false;
        }
    }

    /** One of the enum's constants, in any case. */
    public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        E[] constants = type.getEnumConstants();
        String cell = cellOrDefault(column);
        if (cell == null) {
            return constants[0];
        }
        for (E constant : constants) {
            if (constant.name().equalsIgnoreCase(cell)) {
                return constant;
            }
        }
        report(column, cell, "must be one of " + Arrays.toString(constants) + ".", null);
        return constants[0];
    }

    /**
     * Ids joined by the column's separator; an empty cell gives an empty list, and an empty item (a
     * separator at the end, or two in a row, as spreadsheets often leave) is skipped.
     */
    public List<String> list(String column) {
        String cell = cellOrDefault(column);
        List<String> ids = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return ids;
        }
        // cellOrDefault threw above for a column that is not in the spec.
        String separator = Objects.requireNonNull(columns.get(column)).separator();
        for (String part : cell.split(Pattern.quote(separator), -1)) {
            if (!part.isBlank()) {
                ids.add(part.strip());
            }
        }
        return ids;
    }

    private @Nullable String cellOrDefault(String column) {
        Column spec = columns.get(column);
        if (spec == null) {
            throw new IllegalArgumentException("No column '" + column + "' in this table's spec.");
        }
        String cell = cells.get(column);
        String text = cell == null ? "" : cell.strip();
        if (text.length() > spec.maxLength()) {
            report(
                    column,
                    text.substring(0, 40) + "…",
                    "is " + text.length() + " characters long; a cell of this column holds at most " + spec.maxLength()
                            + ".",
                    "Maybe a whole paste landed in one cell; keep long notes in a # column.");
            return null;
        }
        if (!text.isEmpty()) {
            return text;
        }
        if (spec.defaultValue() != null) {
            return spec.defaultValue();
        }
        if (unreadableColumns.contains(column)) {
            return null;
        }
        report(column, "", "is empty; this column is required.", null);
        return null;
    }

    private double parseDecimal(String column, String cell) {
        String text = cell;
        int decimalShift = 0;
        if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1).strip();
            decimalShift = 2;
        }
        if (NUMBER.matcher(text).matches()) {
            // Through BigDecimal so that 95% is exactly the double 0.95, as a user typing 0.95 gets.
            return new BigDecimal(text).movePointLeft(decimalShift).doubleValue();
        }
        boolean thousands = THOUSANDS.matcher(text).matches();
        boolean decimalComma = DECIMAL_COMMA.matcher(text).matches();
        String withoutSeparators = text.replaceAll("[, ']", "");
        String withDot = text.replace(',', '.');
        String hint = null;
        if (thousands && decimalComma) {
            hint = "Maybe leave out the thousands separator (" + withoutSeparators + ") or write the decimal point as a"
                    + " dot (" + withDot + ").";
        } else if (thousands) {
            hint = "Maybe leave out the thousands separators: " + withoutSeparators + ".";
        } else if (decimalComma) {
            hint = "Maybe write the decimal point as a dot: " + withDot + ".";
        }
        report(column, cell, "is not a number.", hint);
        return Double.NaN;
    }

    private void report(String column, String value, String rule, @Nullable String hint) {
        int row = rows.getOrDefault(column, 0);
        problems.add(locator.problem(row, column, value, rule, hint));
    }
}
