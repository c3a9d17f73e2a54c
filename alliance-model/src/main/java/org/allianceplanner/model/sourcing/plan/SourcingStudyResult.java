package org.allianceplanner.model.sourcing.plan;

import java.util.List;

/**
 * The sourcing lever over a footprint study: each partner alone on its own footprint plan's volumes,
 * and each coalition on its joint plan's volumes, bought separately and pooled.
 *
 * @param standalone each partner's plan, in the scenario's partner order
 * @param coalitions each coalition, in the footprint study's coalition order
 */
public record SourcingStudyResult(List<SourcingPlan> standalone, List<CoalitionSourcing> coalitions) {
    public SourcingStudyResult {
        standalone = List.copyOf(standalone);
        coalitions = List.copyOf(coalitions);
    }
}
