package org.allianceplanner.model.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/** The violations found by one validation run. Not thread-safe: one instance per run. */
final class Findings {
    private record Finding(Table table, Violation violation) {}

    private final List<Finding> findings = new ArrayList<>();

    void add(Table table, int rowIndex, String column, String value, String rule, @Nullable String hint) {
        findings.add(new Finding(table, new Violation(table.fileStem(), rowIndex, column, value, rule, hint)));
    }

    /** Runs {@code check} on every row of {@code rows}, each with its 0-based index in {@code table}. */
    <T> void rows(Table table, List<T> rows, BiConsumer<Row, T> check) {
        for (int i = 0; i < rows.size(); i++) {
            check.accept(new Row(this, table, i), rows.get(i));
        }
    }

    /** The checks of the scenario settings, which live in table {@code scenario} at row -1. */
    Row settings() {
        return new Row(this, Table.SCENARIO, Table.SETTINGS_ROW);
    }

    /**
     * The violations in table order, then row order. Rule groups run table by table in their own
     * order, so a stable sort is what makes the report order independent of how the groups are split.
     */
    List<Violation> inReportOrder() {
        return findings.stream()
                .sorted(Comparator.comparingInt((Finding f) -> f.table().ordinal())
                        .thenComparingInt(f -> f.violation().rowIndex()))
                .map(Finding::violation)
                .toList();
    }
}
