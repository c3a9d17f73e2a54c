package org.allianceplanner.io.table;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A table as read from a CSV file or a sheet, before typing. The settings are a table too, with the
 * header {@code key,value}.
 *
 * @param tableName scenario table name (file stem or sheet name)
 * @param header column names as written in the file
 * @param rows data rows, in file order, blank rows left out
 * @param locator where a cell of this table is, for problems
 */
public record RawTable(String tableName, List<String> header, List<RawRow> rows, CellLocator locator) {
    public RawTable {
        requireNonNull(tableName, "tableName");
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        requireNonNull(locator, "locator");
    }
}
