package org.allianceplanner.model.footprint;

import java.util.List;
import java.util.Optional;

/**
 * Every partner's standalone footprint plan and every coalition's joint plan of one scenario.
 *
 * @param standalone one plan per partner, in the scenario's partner order
 * @param coalitions one entry per coalition, in the order planned
 */
public record FootprintStudyResult(List<FootprintPlan> standalone, List<CoalitionFootprint> coalitions) {
    public FootprintStudyResult {
        standalone = List.copyOf(standalone);
        coalitions = List.copyOf(coalitions);
    }

    /** The standalone plan of {@code partnerId}, if planned. */
    public Optional<FootprintPlan> standaloneOf(String partnerId) {
        return standalone.stream()
                .filter(plan -> plan.partnerIds().equals(List.of(partnerId)))
                .findFirst();
    }
}
