package org.allianceplanner.io.table;

/** What a cell holds, as the format doc names it. */
public enum ColumnType {
    /** An identifier: text without leading or trailing spaces. */
    ID("id"),
    /** Free text. */
    TEXT("text"),
    /** A number; {@code 25%} is read as 0.25. */
    DECIMAL("number"),
    /** A whole number. */
    INTEGER("whole number"),
    /** {@code true}/{@code false} (also yes/no, 1/0). */
    BOOLEAN("true/false"),
    /** One of a fixed set of words. */
    ENUM("one of"),
    /** Several ids joined by a separator. */
    LIST("list of ids");

    private final String label;

    ColumnType(String label) {
        this.label = label;
    }

    /** How the format doc names the type. */
    public String label() {
        return label;
    }
}
