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
 * @param fileProblems problems that stopped a whole file from being read (missing, malformed, not text)
 */
public record RawScenario(@Nullable RawTable settings, Map<String, RawTable> tables, List<Problem> fileProblems) {
    public RawScenario {
        tables = Map.copyOf(tables);
        fileProblems = List.copyOf(fileProblems);
    }
}
