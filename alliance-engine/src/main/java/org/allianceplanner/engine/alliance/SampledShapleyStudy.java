package org.allianceplanner.engine.alliance;

import java.util.List;
import org.allianceplanner.engine.game.SampledShapley;
import org.allianceplanner.engine.solver.Elapsed;
import org.allianceplanner.model.scenario.Scenario;

/**
 * Each partner's share of the grand coalition's value estimated by the Shapley value over random
 * orders of joining, for scenarios with too many partners to plan every coalition. Only the groups the
 * orders reach are planned, each once, on the calling thread, each started from the best planned
 * group inside it with the other members alone.
 */
public final class SampledShapleyStudy {
    private SampledShapleyStudy() {}

    /**
     * The estimate from {@code samples} orders drawn with {@code seed}.
     *
     * @throws org.allianceplanner.engine.solver.PlanningException when some plan cannot be made
     * @throws IllegalArgumentException with fewer than two partners
     */
    public static SampledShares run(
            Scenario scenario, AllianceOptions options, int samples, long seed, StudyProgress progress) {
        long start = System.nanoTime();
        List<String> partners = StudyPlan.partnerIdsOf(scenario);
        int n = partners.size();
        if (n < 2) {
            throw new IllegalArgumentException("Sharing a gain needs at least two partners, not " + n + ".");
        }
        int total = n + samples * Math.max(0, n - 1);
        int[] done = {0};
        PlannedCoalitions planned = new PlannedCoalitions(partners);
        for (int i = 0; i < n; i++) {
            planned.add(CoalitionPlanner.planAlone(scenario, partners.get(i), options));
            progress.done(scenario.partners().get(i).name() + " alone", ++done[0], total);
        }
        SampledShapley.Estimate estimate = SampledShapley.estimate(
                n,
                mask -> {
                    if (mask == 0) {
                        return 0;
                    }
                    List<String> members = Coalitions.members(partners, mask);
                    if (members.size() >= 2 && !planned.isPlanned(members)) {
                        CoalitionJob job = planned.jobInside(members);
                        planned.add(CoalitionPlanner.plan(scenario, job, options));
                        progress.done(job.coalitionId(), ++done[0], total);
                    }
                    return planned.valueOf(members);
                },
                samples,
                seed);
        return new SampledShares(
                partners,
                planned.standalone(),
                estimate,
                planned.coalitions().stream()
                        .filter(coalition -> coalition.partnerIds().size() == n)
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("Every order ends with all partners together.")),
                planned.coalitions().size(),
                Elapsed.secondsSince(start));
    }
}
