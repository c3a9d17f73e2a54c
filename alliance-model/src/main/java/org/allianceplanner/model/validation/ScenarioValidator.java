package org.allianceplanner.model.validation;

import java.util.List;
import org.allianceplanner.model.scenario.Scenario;

/**
 * Checks a scenario against every rule of the scenario format and reports all problems at once.
 *
 * <p>The rules, by group: ids are present and unique, and composite keys occur once; every reference
 * names an existing row; numbers are finite, non-negative, within their range (shares and rates 0 to
 * 1, tariff rates 0 to 5, coordinates) and plausible (capacities, demand, money per vehicle); currency
 * codes are three upper-case letters and every currency in use has an exchange rate; price tiers
 * start at 0 and get cheaper with volume; every demanded model has a platform with a line somewhere;
 * R&amp;D precedences have no cycle and each program's owner can staff every task; coalitions and
 * friction rows name distinct partners; commonization stays inside one part family.
 *
 * <p>Stateless and thread-safe.
 */
public final class ScenarioValidator {
    private ScenarioValidator() {}

    /**
     * Every broken rule of {@code scenario}, in table order (the order of the scenario format), then
     * row order; empty when the scenario is valid. The same scenario always gives the same list.
     */
    public static List<Violation> validate(Scenario scenario) {
        ScenarioIndex index = new ScenarioIndex(scenario);
        Findings findings = new Findings();
        SettingsRules.check(index, findings);
        PartnerRules.check(index, findings);
        GeographyRules.check(index, findings);
        PlantRules.check(index, findings);
        VehicleRules.check(index, findings);
        SourcingRules.check(index, findings);
        RndRules.check(index, findings);
        // Last, so that on a partner or supplier row the currency comes after the columns left of it.
        CurrencyRules.check(index, findings);
        return findings.inReportOrder();
    }
}
