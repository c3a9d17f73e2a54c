package org.allianceplanner.io.table;

import org.allianceplanner.io.Problem;
import org.jspecify.annotations.Nullable;

/** Turns a row and column of one table into a {@link Problem} located in its file or sheet. */
@FunctionalInterface
public interface CellLocator {
    /**
     * A problem at a cell.
     *
     * @param row 1-based row as Excel shows it, 0 for the whole table
     * @param column column name, or {@code null} for the whole row
     */
    Problem problem(int row, @Nullable String column, @Nullable String value, String rule, @Nullable String hint);
}
