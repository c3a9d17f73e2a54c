package org.allianceplanner.model.validation;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One broken rule in a scenario, tied to the table, row and column it was found in.
 *
 * @param table scenario table, named as its file without extension (e.g. {@code plants}); {@code
 *     scenario} for the scenario settings
 * @param rowIndex 0-based index of the row within its table (the index in the scenario's list); -1
 *     for the scenario settings or a rule about the table as a whole
 * @param column column (or setting key) holding the offending value
 * @param value the offending value as text, as the user would have typed it
 * @param rule what is wrong, as a sentence a planner understands
 * @param hint a likely fix starting with "Maybe", or {@code null}
 * @param relatedRowIndex 0-based index of another row of the same table the rule concerns (the
 *     earlier row of a duplicate), or -1
 */
public record Violation(
        String table,
        int rowIndex,
        String column,
        String value,
        String rule,
        @Nullable String hint,
        int relatedRowIndex) {
    public Violation {
        requireNonNull(table, "table");
        requireNonNull(column, "column");
        requireNonNull(value, "value");
        requireNonNull(rule, "rule");
    }

    /** A violation that concerns no other row. */
    public Violation(String table, int rowIndex, String column, String value, String rule, @Nullable String hint) {
        this(table, rowIndex, column, value, rule, hint, -1);
    }
}
