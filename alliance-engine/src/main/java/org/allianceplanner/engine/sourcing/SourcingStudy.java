package org.allianceplanner.engine.sourcing;

import java.util.ArrayList;
import java.util.List;
import org.allianceplanner.engine.footprint.FootprintStudy;
import org.allianceplanner.model.footprint.CoalitionFootprint;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.footprint.FootprintStudyResult;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.sourcing.plan.CoalitionSourcing;
import org.allianceplanner.model.sourcing.plan.SourcingPlan;
import org.allianceplanner.model.sourcing.plan.SourcingStudyResult;

/**
 * Runs the sourcing lever after a footprint study, on its volumes (DESIGN.md §2.2): each partner alone
 * buys for its own footprint plan; each coalition's members buy for the coalition's joint plan, first
 * separately, then pooled. The coalition's procurement synergy is what pooling saves on the same
 * volumes; volume changes themselves are the footprint lever's (valued there at the models' material
 * cost). Thread-safe; runs on the calling thread.
 */
public final class SourcingStudy {
    private SourcingStudy() {}

    /**
     * Buys the parts of every plan of {@code footprint}.
     *
     * @throws org.allianceplanner.engine.solver.PlanningException when some plan's parts cannot be bought
     */
    public static SourcingStudyResult run(
            Scenario scenario,
            FootprintStudyResult footprint,
            SourcingOptions options,
            FootprintStudy.Progress progress) {
        int total = footprint.standalone().size() + footprint.coalitions().size();
        int index = 0;
        List<SourcingPlan> standalone = new ArrayList<>();
        for (FootprintPlan plan : footprint.standalone()) {
            progress.starting("parts of " + plan.partnerIds().get(0) + " alone", index++, total);
            standalone.add(
                    SourcingLever.plan(scenario, plan.partnerIds(), PartNeeds.of(scenario, plan), false, options));
        }
        List<CoalitionSourcing> coalitions = new ArrayList<>();
        for (CoalitionFootprint coalition : footprint.coalitions()) {
            progress.starting("parts of " + coalition.coalitionId(), index++, total);
            coalitions.add(SourcingLever.compare(
                    scenario, coalition.partnerIds(), PartNeeds.of(scenario, coalition.plan()), options));
        }
        return new SourcingStudyResult(standalone, coalitions);
    }
}
