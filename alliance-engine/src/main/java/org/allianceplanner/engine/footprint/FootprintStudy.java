package org.allianceplanner.engine.footprint;

import java.util.ArrayList;
import java.util.List;
import org.allianceplanner.model.footprint.CoalitionFootprint;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.footprint.FootprintStudyResult;
import org.allianceplanner.model.footprint.ProfitBreakdown;
import org.allianceplanner.model.partner.CandidateCoalition;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.scenario.Scenario;

/**
 * Plans every partner alone, then each coalition warm-started from its members' standalone plans, and
 * measures each coalition's synergy against those plans. Thread-safe; runs on the calling thread.
 */
public final class FootprintStudy {
    /** Partners above which "every coalition" is too many to plan one by one. */
    public static final int MAX_PARTNERS_FOR_ALL_COALITIONS = 10;

    /** Told before each solve starts. */
    @FunctionalInterface
    public interface Progress {
        /**
         * Called before solve {@code index} (from 0) of {@code total} starts.
         *
         * @param label what is being planned, e.g. {@code Nissan alone} or {@code Nissan+Tesla}
         */
        void starting(String label, int index, int total);
    }

    private FootprintStudy() {}

    /**
     * The coalitions a scenario asks for: its candidate list, or, when it lists none, every group of
     * two or more partners (up to {@value #MAX_PARTNERS_FOR_ALL_COALITIONS} partners).
     */
    public static List<CandidateCoalition> coalitionsOf(Scenario scenario) {
        if (!scenario.candidateCoalitions().isEmpty()) {
            return scenario.candidateCoalitions();
        }
        List<String> partners =
                scenario.partners().stream().map(Partner::partnerId).toList();
        if (partners.size() > MAX_PARTNERS_FOR_ALL_COALITIONS) {
            throw new IllegalArgumentException("The scenario has " + partners.size()
                    + " partners and lists no candidate coalitions; planning all "
                    + ((1L << partners.size()) - partners.size() - 1)
                    + " coalitions one by one is too many. Maybe list the candidates"
                    + " in the coalitions table.");
        }
        List<CandidateCoalition> all = new ArrayList<>();
        for (int mask = 1; mask < (1 << partners.size()); mask++) {
            if (Integer.bitCount(mask) < 2) {
                continue;
            }
            List<String> members = new ArrayList<>();
            for (int i = 0; i < partners.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    members.add(partners.get(i));
                }
            }
            all.add(new CandidateCoalition(String.join("+", members), members));
        }
        all.sort(java.util.Comparator.comparingInt(
                (CandidateCoalition c) -> c.partnerIds().size()));
        return all;
    }

    /** Plans each partner alone and each coalition of {@code coalitions}. */
    public static FootprintStudyResult run(
            Scenario scenario, List<CandidateCoalition> coalitions, FootprintOptions options, Progress progress) {
        int total = scenario.partners().size() + coalitions.size();
        int index = 0;
        List<FootprintPlan> standalone = new ArrayList<>();
        for (Partner partner : scenario.partners()) {
            progress.starting(partner.name() + " alone", index++, total);
            standalone.add(FootprintLever.plan(scenario, List.of(partner.partnerId()), options));
        }
        List<CoalitionFootprint> joint = new ArrayList<>();
        for (CandidateCoalition coalition : coalitions) {
            progress.starting(coalition.coalitionId(), index++, total);
            List<FootprintPlan> members = standalone.stream()
                    .filter(plan ->
                            coalition.partnerIds().contains(plan.partnerIds().get(0)))
                    .toList();
            FootprintPlan plan = FootprintLever.plan(scenario, coalition.partnerIds(), options, members);
            ProfitBreakdown alone =
                    members.stream().map(FootprintPlan::breakdown).reduce(ProfitBreakdown.ZERO, ProfitBreakdown::plus);
            joint.add(new CoalitionFootprint(coalition.coalitionId(), plan.partnerIds(), plan, alone.profit(), alone));
        }
        return new FootprintStudyResult(standalone, joint);
    }
}
