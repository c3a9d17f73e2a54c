package org.allianceplanner.model.validation;

import org.allianceplanner.model.scenario.ScenarioSettings;
import org.allianceplanner.model.scenario.SolverSettings;

/** Rules of the scenario settings (table {@code scenario}, key/value). */
final class SettingsRules {
    private SettingsRules() {}

    static void check(ScenarioIndex index, Findings findings) {
        ScenarioSettings settings = index.scenario().settings();
        Row row = findings.settings();
        row.present("name", settings.name());
        CurrencyRules.checkCode(row, "base_currency", settings.baseCurrency());
        row.share("default_friction", settings.defaultFriction());
        if (!PlausibleRanges.ANNUALIZATION_YEARS.contains(settings.annualizationYears())) {
            row.report(
                    "annualization_years",
                    Integer.toString(settings.annualizationYears()),
                    "annualization_years must be between 1 and 100: one-off costs are spread over that many years.");
        }
        row.share("discount_rate", settings.discountRate());
        SolverSettings solver = settings.solver();
        if (row.positive("solver.time_limit_seconds", solver.timeLimitSeconds())) {
            row.plausible("solver.time_limit_seconds", solver.timeLimitSeconds(), PlausibleRanges.TIME_LIMIT_SECONDS);
        }
        row.plausible("solver.relative_gap", solver.relativeGap(), PlausibleRanges.RELATIVE_GAP);
    }
}
