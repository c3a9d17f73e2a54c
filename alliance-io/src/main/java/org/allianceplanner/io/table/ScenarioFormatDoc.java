package org.allianceplanner.io.table;

import java.util.List;
import java.util.stream.Collectors;
import org.allianceplanner.model.validation.PlausibleRange;

/**
 * Renders the reference part of {@code docs/scenario-format.md} from {@link ScenarioTables} and
 * {@link SettingsCodec}, so the doc cannot drift from what the readers accept.
 */
public final class ScenarioFormatDoc {
    /** Marks the start of the generated part in the doc. */
    public static final String BEGIN = "<!-- generated from ScenarioTables: begin -->";
    /** Marks the end of the generated part in the doc. */
    public static final String END = "<!-- generated from ScenarioTables: end -->";

    private ScenarioFormatDoc() {}

    /** The generated reference: settings, then every table with its columns. */
    public static String reference() {
        StringBuilder doc = new StringBuilder();
        doc.append("## Settings: `scenario.yaml` (workbook sheet `scenario`)\n\n");
        doc.append("In YAML, keys with a dot are nested (`solver.seed` is `seed:` under `solver:`); in the"
                + " workbook, each key is one row of the `scenario` sheet with the columns `key` and `value`.\n\n");
        appendColumns(doc, ColumnRanges.SETTINGS, SettingsCodec.KEYS, "key");
        for (TableCodec<?> codec : ScenarioTables.ALL) {
            doc.append("## `")
                    .append(codec.name())
                    .append("` (")
                    .append(codec.required() ? "required" : "optional")
                    .append(")\n\n");
            doc.append(codec.description()).append("\n\n");
            appendColumns(doc, codec.name(), codec.columns(), "column");
        }
        return doc.toString();
    }

    private static void appendColumns(StringBuilder doc, String table, List<Column> columns, String firstHeader) {
        doc.append("| ")
                .append(firstHeader)
                .append(" | type | unit | required / default | plausible range | meaning | example |\n");
        doc.append("|---|---|---|---|---|---|---|\n");
        for (Column column : columns) {
            doc.append("| `")
                    .append(column.name())
                    .append("` | ")
                    .append(type(column))
                    .append(" | ")
                    .append(column.unit().isEmpty() ? "" : column.unit())
                    .append(" | ")
                    .append(requirement(column))
                    .append(" | ")
                    .append(ColumnRanges.of(table, column.name())
                            .map(PlausibleRange::text)
                            .orElse(""))
                    .append(" | ")
                    .append(column.description().replace("|", "\\|"))
                    .append(" | `")
                    .append(column.example())
                    .append("` |\n");
        }
        doc.append('\n');
    }

    private static String type(Column column) {
        return switch (column.type()) {
            case ENUM -> "one of "
                    + column.allowedValues().stream()
                            .map(value -> "`" + value + "`")
                            .collect(Collectors.joining(", "));
            case LIST -> "ids joined by `" + column.separator() + "`";
            default -> column.type().label();
        };
    }

    private static String requirement(Column column) {
        String defaultValue = column.defaultValue();
        if (defaultValue == null) {
            return "required";
        }
        return defaultValue.isEmpty() ? "optional (empty = none)" : "default `" + defaultValue + "`";
    }
}
