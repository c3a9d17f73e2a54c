package org.allianceplanner.io;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a scenario's files, located so that a user can find it in a text editor or in
 * Excel.
 *
 * @param file file name as the user knows it (e.g. {@code plants.csv} or {@code demo.xlsx})
 * @param sheet sheet of a workbook, or {@code null} for a CSV or YAML file
 * @param row 1-based row as Excel shows it (the header is row 1; for YAML, the line); 0 when the
 *     problem is about the whole file
 * @param column column name (or setting key), or {@code null} when the problem is about a whole row or
 *     file
 * @param columnLetter Excel column letter for workbooks, or {@code null}
 * @param value the offending value as text, or {@code null}
 * @param rule what is wrong
 * @param hint a likely fix starting with "Maybe", or {@code null}
 */
public record Problem(
        String file,
        @Nullable String sheet,
        int row,
        @Nullable String column,
        @Nullable String columnLetter,
        @Nullable String value,
        String rule,
        @Nullable String hint) {
    public Problem {
        requireNonNull(file, "file");
        requireNonNull(rule, "rule");
    }

    /** A problem with a whole file (missing, unreadable, of the wrong kind). */
    public static Problem wholeFile(String file, String rule, @Nullable String hint) {
        return new Problem(file, null, 0, null, null, null, rule, hint);
    }

    /** The problem as one line: where, what value, what rule, and the hint if any. */
    public String describe() {
        StringBuilder text = new StringBuilder(file);
        if (sheet != null) {
            text.append(", sheet ").append(sheet);
        }
        if (row > 0) {
            text.append(", row ").append(row);
        }
        if (column != null) {
            text.append(", column ");
            if (columnLetter != null) {
                text.append(columnLetter).append(" (").append(column).append(')');
            } else {
                text.append(column);
            }
        }
        text.append(": ");
        if (value != null) {
            // "abc" is not a number. / "-5": Capacity must not be negative.
            boolean sentence = !rule.isEmpty() && Character.isUpperCase(rule.charAt(0));
            text.append('"').append(value).append(sentence ? "\": " : "\" ");
        }
        text.append(rule);
        if (hint != null) {
            text.append(' ').append(hint);
        }
        return text.toString();
    }
}
