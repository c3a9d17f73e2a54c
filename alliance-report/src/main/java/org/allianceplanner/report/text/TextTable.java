package org.allianceplanner.report.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns, text left and numbers right, indented by two spaces: the
 * console report's tables and the command line's own. Not thread-safe.
 */
public final class TextTable {
    private final List<String> header;
    private final List<Boolean> numeric;
    private final List<List<String>> rows = new ArrayList<>();

    /** Column headers; a header starting with '>' marks a right-aligned (numeric) column. */
    public TextTable(String... headers) {
        header = new ArrayList<>();
        numeric = new ArrayList<>();
        for (String column : headers) {
            boolean right = column.startsWith(">");
            numeric.add(right);
            header.add(right ? column.substring(1) : column);
        }
    }

    /**
     * Adds a row, each cell shown as {@link String#valueOf(Object)} gives it.
     *
     * @throws IllegalArgumentException when the row has not one cell per column
     */
    public TextTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(
                    "A row of " + cells.length + " cells in a table of " + header.size() + " columns.");
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(String.valueOf(cell));
        }
        rows.add(row);
        return this;
    }

    /** The table: the header, a rule, then the rows, each line ending with a newline. */
    public String render() {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        appendLine(text, header, widths);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        appendLine(text, rule, widths);
        for (List<String> row : rows) {
            appendLine(text, row, widths);
        }
        return text.toString();
    }

    private void appendLine(StringBuilder text, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder("  ");
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String padding = " ".repeat(widths[i] - cell.length());
            line.append(numeric.get(i) ? padding + cell : cell + padding);
            if (i < cells.size() - 1) {
                line.append("  ");
            }
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }
}
