package org.allianceplanner.io.workbook;

import org.jspecify.annotations.Nullable;

/** Where the problem with one cell goes; the receiver knows the sheet, row and column. */
@FunctionalInterface
interface CellProblems {
    /** For cells nothing reads (comment columns, columns without a name): their problems do not matter. */
    CellProblems IGNORE = (value, rule, hint) -> {};

    /**
     * Reports the cell.
     *
     * @param value what the cell shows (or its formula), for the user to recognize it
     * @param rule what is wrong
     * @param hint a likely fix starting with "Maybe", or {@code null}
     */
    void report(String value, String rule, @Nullable String hint);
}
