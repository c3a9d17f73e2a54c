package org.allianceplanner.io.table;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One column of a scenario table (or one key of the settings).
 *
 * @param name column header, snake_case
 * @param type what the cells hold
 * @param unit unit of the values, or empty
 * @param description what the column means
 * @param example a typical value
 * @param defaultValue value used when the cell is empty, {@code ""} when an empty cell means "none",
 *     or {@code null} when the column is required
 * @param allowedValues the words an {@link ColumnType#ENUM} column accepts
 * @param separator what joins the ids of a {@link ColumnType#LIST} column
 */
public record Column(
        String name,
        ColumnType type,
        String unit,
        String description,
        String example,
        @Nullable String defaultValue,
        List<String> allowedValues,
        String separator) {
    public Column {
        requireNonNull(name, "name");
        requireNonNull(type, "type");
        allowedValues = List.copyOf(allowedValues);
    }

    static Column of(ColumnType type, String name, String unit, String description, String example) {
        return new Column(name, type, unit, description, example, null, List.of(), "");
    }

    static Column id(String name, String description, String example) {
        return of(ColumnType.ID, name, "", description, example);
    }

    static Column text(String name, String description, String example) {
        return of(ColumnType.TEXT, name, "", description, example);
    }

    static Column decimal(String name, String unit, String description, String example) {
        return of(ColumnType.DECIMAL, name, unit, description, example);
    }

    static Column integer(String name, String unit, String description, String example) {
        return of(ColumnType.INTEGER, name, unit, description, example);
    }

    static Column bool(String name, String description, String example) {
        return of(ColumnType.BOOLEAN, name, "", description, example);
    }

    static Column enumeration(String name, Class<? extends Enum<?>> values, String description, String example) {
        List<String> names =
                Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
        return new Column(name, ColumnType.ENUM, "", description, example, null, names, "");
    }

    static Column list(String name, String separator, String description, String example) {
        return new Column(name, ColumnType.LIST, "", description, example, null, List.of(), separator);
    }

    /** This column with a default for empty cells. */
    Column withDefault(String value) {
        return new Column(name, type, unit, description, example, value, allowedValues, separator);
    }

    /** This column, where an empty cell means "none". */
    Column optional() {
        return withDefault("");
    }

    /** Longest id a cell may hold: enough for any real name, short enough for tables, messages and sheets. */
    public static final int MAX_ID_LENGTH = 100;

    /** Longest display name or other short text. */
    public static final int MAX_TEXT_LENGTH = 200;

    /** Longest long text (the scenario's description) or list of ids. */
    public static final int MAX_LONG_TEXT_LENGTH = 5_000;

    /**
     * The most characters a cell of this column may hold. A longer cell is a paste gone wrong, and
     * would break workbooks (32,767 characters at most) and every report that shows it.
     */
    public int maxLength() {
        return switch (type) {
            case TEXT -> name.equals("description") ? MAX_LONG_TEXT_LENGTH : MAX_TEXT_LENGTH;
            case LIST -> MAX_LONG_TEXT_LENGTH;
            default -> MAX_ID_LENGTH;
        };
    }

    /** Whether a cell of this column may be left empty. */
    public boolean required() {
        return defaultValue == null;
    }
}
