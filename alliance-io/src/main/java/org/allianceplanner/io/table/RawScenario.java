package org.allianceplanner.io.table;

import java.util.List;
import java.util.Map;
import org.allianceplanner.io.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Everything a reader found in a scenario's files, before typing.
 *
 * @param settings the settings as a {@code key,value} table, or {@code null} when missing or unreadable
 * @param tables the tables found, by table name
 * @param fileProblems problems that stopped a whole file or sheet from being read (missing, malformed,
 *     not text); with any of them, cross-table checks do not run
 * @param cellProblems problems with single cells found while reading (a formula error in a workbook);
 *     the rest of the scenario is still checked
 */
public record RawScenario(
        @Nullable RawTable settings,
        Map<String, RawTable> tables,
        List<Problem> fileProblems,
        List<Problem> cellProblems) {
    public RawScenario {
        tables = Map.copyOf(tables);
        fileProblems = List.copyOf(fileProblems);
        cellProblems = List.copyOf(cellProblems);
    }

    /** What a reader found when no single cell was a problem of its own. */
    public RawScenario(@Nullable RawTable settings, Map<String, RawTable> tables, List<Problem> fileProblems) {
        this(settings, tables, fileProblems, List.of());
    }
}
