package org.allianceplanner.io.table;

import static org.allianceplanner.io.table.Column.decimal;
import static org.allianceplanner.io.table.Column.id;
import static org.allianceplanner.io.table.Column.integer;
import static org.allianceplanner.io.table.Column.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allianceplanner.io.Problem;
import org.allianceplanner.model.scenario.ScenarioSettings;
import org.allianceplanner.model.scenario.SolverSettings;
import org.allianceplanner.model.validation.NearestName;
import org.jspecify.annotations.Nullable;

/**
 * The scenario settings: the keys of {@code scenario.yaml} (nested keys joined by a dot) and of the
 * workbook's {@code scenario} sheet.
 */
public final class SettingsCodec {
    /** Name of the settings "table": {@code scenario.yaml} and the {@code scenario} sheet. */
    public static final String TABLE = "scenario";

    /** Every settings key, in file order. */
    public static final List<Column> KEYS = List.of(
            text("name", "Short name of the scenario.", "nissan-tesla-honda"),
            text("description", "What the scenario is and where its figures come from.", "Illustrative …")
                    .optional(),
            id("base_currency", "ISO 4217 code every result is reported in.", "USD"),
            decimal("default_friction", "share 0–1", "Friction for pairs without a friction row.", "0.3")
                    .withDefault("0.3"),
            integer("annualization_years", "years", "Years over which one-off costs are spread.", "8")
                    .withDefault("8"),
            decimal("discount_rate", "share/year", "Rate for annualizing one-off costs.", "0.08")
                    .withDefault("0.08"),
            decimal("solver.time_limit_seconds", "seconds", "Wall-clock limit per solve.", "60")
                    .withDefault("60"),
            decimal(
                            "solver.relative_gap",
                            "share",
                            "A footprint or sourcing solve stops at this proven gap (an R&D solve runs to a proof or its"
                                    + " time limit).",
                            "0.0001")
                    .withDefault("0.0001"),
            integer("solver.seed", "", "Random seed for solvers and sampling.", "1")
                    .withDefault("1"));

    private SettingsCodec() {}

    /** The settings as {@code key → value} in key order (values as cell text). */
    public static Map<String, String> encode(ScenarioSettings settings) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", settings.name());
        values.put("description", settings.description());
        values.put("base_currency", settings.baseCurrency());
        values.put("default_friction", CellText.formatNumber(settings.defaultFriction()));
        values.put("annualization_years", Integer.toString(settings.annualizationYears()));
        values.put("discount_rate", CellText.formatNumber(settings.discountRate()));
        values.put(
                "solver.time_limit_seconds",
                CellText.formatNumber(settings.solver().timeLimitSeconds()));
        values.put(
                "solver.relative_gap", CellText.formatNumber(settings.solver().relativeGap()));
        values.put("solver.seed", Long.toString(settings.solver().seed()));
        return values;
    }

    /**
     * Reads the settings from a {@code key,value} table, adding problems to {@code problems}.
     *
     * @return the settings, with placeholders where a value was unreadable
     */
    static Decoded decode(RawTable table, List<Problem> problems) {
        Map<String, Column> byName = new LinkedHashMap<>();
        KEYS.forEach(key -> byName.put(key.name(), key));
        Map<String, String> values = new HashMap<>();
        Map<String, Integer> rows = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (RawRow row : table.rows()) {
            String key = row.cells().isEmpty() ? "" : row.cells().get(0).strip();
            String value = row.cells().size() < 2 ? "" : row.cells().get(1);
            if (key.isEmpty() || key.startsWith("#")) {
                continue;
            }
            if (!byName.containsKey(key)) {
                String closest = NearestName.among(key, byName.keySet());
                problems.add(table.locator()
                        .problem(
                                row.rowNumber(),
                                key,
                                value,
                                "is not a scenario setting.",
                                closest == null ? null : "Maybe you meant '" + closest + "'."));
            } else if (!seen.add(key)) {
                problems.add(table.locator().problem(row.rowNumber(), key, value, "is set twice.", null));
            } else {
                values.put(key, value);
                rows.put(key, row.rowNumber());
            }
        }
        RowValues cells = new RowValues(byName, values, rows, table.locator(), problems, Set.of());
        ScenarioSettings settings = new ScenarioSettings(
                cells.text("name"),
                cells.text("description"),
                cells.id("base_currency"),
                cells.decimal("default_friction"),
                cells.integer("annualization_years"),
                cells.decimal("discount_rate"),
                new SolverSettings(
                        cells.decimal("solver.time_limit_seconds"),
                        cells.decimal("solver.relative_gap"),
                        cells.longInteger("solver.seed")));
        return new Decoded(settings, rows);
    }

    /** Settings with the file row of each key. */
    record Decoded(ScenarioSettings settings, Map<String, Integer> rowByKey) {
        @Nullable
        Integer row(String key) {
            return rowByKey.get(key);
        }
    }

    /** Placeholder settings used to go on checking the tables when the settings cannot be read. */
    static ScenarioSettings placeholder() {
        return new ScenarioSettings("", "", "", 0.3, 8, 0.08, SolverSettings.DEFAULTS);
    }

    /** Keys as a list, for writers. */
    public static List<String> keyNames() {
        List<String> names = new ArrayList<>();
        KEYS.forEach(key -> names.add(key.name()));
        return names;
    }
}
