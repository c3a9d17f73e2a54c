package org.allianceplanner.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allianceplanner.model.validation.PlausibleRange;
import org.junit.jupiter.api.Test;

class ScenarioFormatDocTest {
    private static final Path DOC = Path.of("..", "docs", "scenario-format.md");

    /**
     * The doc's reference part must be what the code accepts. Run with {@code -Ddocs.update=true} to
     * rewrite it after changing a table.
     */
    @Test
    void formatDocDescribesExactlyTheTablesTheReadersAccept() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(ScenarioFormatDoc.BEGIN);
        int end = doc.indexOf(ScenarioFormatDoc.END);
        assertThat(begin).as("begin marker in %s", DOC).isNotNegative();
        assertThat(end).as("end marker in %s", DOC).isGreaterThan(begin);
        String current = doc.substring(begin + ScenarioFormatDoc.BEGIN.length(), end);
        String expected = "\n" + ScenarioFormatDoc.reference();
        if (Boolean.getBoolean("docs.update") && !current.equals(expected)) {
            Files.writeString(
                    DOC, doc.substring(0, begin + ScenarioFormatDoc.BEGIN.length()) + expected + doc.substring(end));
            current = expected;
        }
        assertThat(current)
                .as("docs/scenario-format.md is out of date; run ./mvnw -pl alliance-io -am test"
                        + " -Dtest=ScenarioFormatDocTest -Dsurefire.failIfNoSpecifiedTests=false -Ddocs.update=true")
                .isEqualTo(expected);
    }

    @Test
    void everyNumberColumnButTheSeedHasAPlausibleRangeThatHoldsItsExampleAndDefault() {
        List<String> missing = new ArrayList<>();
        Map<String, List<Column>> tables = new LinkedHashMap<>();
        tables.put(ColumnRanges.SETTINGS, SettingsCodec.KEYS);
        ScenarioTables.ALL.forEach(codec -> tables.put(codec.name(), codec.columns()));
        tables.forEach((table, columns) -> {
            for (Column column : columns) {
                boolean number = column.type() == ColumnType.DECIMAL || column.type() == ColumnType.INTEGER;
                if (!number || column.name().equals("solver.seed")) {
                    assertThat(ColumnRanges.of(table, column.name()))
                            .as(table + "." + column.name())
                            .isEmpty();
                    continue;
                }
                PlausibleRange range = ColumnRanges.of(table, column.name()).orElse(null);
                if (range == null) {
                    missing.add(table + "." + column.name());
                    continue;
                }
                // A money example is in the owner's currency (yen in places), its range in the base currency.
                if (!range.inBaseCurrency()) {
                    assertThat(range.contains(Double.parseDouble(column.example())))
                            .as("example of %s.%s within %s", table, column.name(), range.text())
                            .isTrue();
                }
                String defaultValue = column.defaultValue();
                if (defaultValue != null && !defaultValue.isEmpty()) {
                    assertThat(range.contains(Double.parseDouble(defaultValue)))
                            .as("default of %s.%s within %s", table, column.name(), range.text())
                            .isTrue();
                }
            }
        });
        assertThat(missing).as("number columns without a plausible range").isEmpty();
    }

    @Test
    void everyTableHasUniqueColumnNamesAndAnExampleForEach() {
        for (TableCodec<?> codec : ScenarioTables.ALL) {
            assertThat(codec.columns()).extracting(Column::name).doesNotHaveDuplicates();
            assertThat(codec.columns())
                    .allSatisfy(column -> assertThat(column.example()).isNotBlank());
        }
    }
}
