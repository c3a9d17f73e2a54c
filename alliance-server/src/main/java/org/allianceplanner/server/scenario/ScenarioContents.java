package org.allianceplanner.server.scenario;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.allianceplanner.model.scenario.Scenario;

/**
 * What a checked scenario holds, computed once when it was uploaded and kept as the scenario's {@code
 * summary_json}, so that a list of scenarios never reads their files again.
 *
 * @param scenarioName the name in the scenario's own settings
 * @param demo whether this is a copy of the built-in demo
 * @param partners every partner, by id and name (the first {@value #MAX_PARTNERS_LISTED})
 * @param lines platform lines (a platform built at a plant)
 * @param models vehicle models
 * @param demandRows rows of the demand table (model × market)
 */
public record ScenarioContents(
        String scenarioName,
        boolean demo,
        List<PartnerName> partners,
        int plants,
        int lines,
        int models,
        int markets,
        int demandRows,
        int suppliers,
        int rndPrograms) {
    /** The most partners listed by name, so that the summary stays small. */
    public static final int MAX_PARTNERS_LISTED = 100;

    public ScenarioContents {
        requireNonNull(scenarioName, "scenarioName");
        partners = List.copyOf(partners);
    }

    /** A partner as the summary names it. */
    public record PartnerName(String id, String name) {
        public PartnerName {
            requireNonNull(id, "id");
            requireNonNull(name, "name");
        }
    }

    /** The contents of {@code scenario}. */
    public static ScenarioContents of(Scenario scenario, boolean demo) {
        return new ScenarioContents(
                scenario.settings().name(),
                demo,
                scenario.partners().stream()
                        .limit(MAX_PARTNERS_LISTED)
                        .map(partner -> new PartnerName(partner.partnerId(), partner.name()))
                        .toList(),
                scenario.plants().size(),
                scenario.platformLines().size(),
                scenario.vehicleModels().size(),
                scenario.markets().size(),
                scenario.demands().size(),
                scenario.suppliers().size(),
                scenario.rndPrograms().size());
    }
}
