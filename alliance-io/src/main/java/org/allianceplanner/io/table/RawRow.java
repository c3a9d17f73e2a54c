package org.allianceplanner.io.table;

import java.util.List;

/**
 * The cells of one row as text, before typing.
 *
 * @param rowNumber 1-based row as Excel shows it (the header is row 1)
 * @param cells cell texts in header order; may be shorter than the header
 */
public record RawRow(int rowNumber, List<String> cells) {
    public RawRow {
        cells = List.copyOf(cells);
    }
}
