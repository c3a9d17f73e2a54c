package org.allianceplanner.model.rnd.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.allianceplanner.model.plan.SolveStatus;

/**
 * A coalition's R&amp;D plan against each member's standalone plan: months saved per program, their
 * value, the work saved by shared tasks and the R&amp;D synergy.
 *
 * <p>The synergy counts time to market only: Σ over members of the standalone weighted completion
 * (cost of delay × completion month) minus the coalition's. Work saved by shared tasks is reported
 * in team-months beside it and not priced, because the scenario gives no cost per team-month.
 *
 * @param partnerIds the coalition's members, sorted
 * @param standalonePlans each member's own plan, in the order of {@code partnerIds}
 * @param jointPlan the coalition's plan
 * @param gains one per program of the members
 */
public record RndComparison(
        List<String> partnerIds, List<RndPlan> standalonePlans, RndPlan jointPlan, List<ProgramGain> gains) {
    public RndComparison {
        partnerIds = List.copyOf(partnerIds);
        standalonePlans = List.copyOf(standalonePlans);
        requireNonNull(jointPlan, "jointPlan");
        gains = List.copyOf(gains);
    }

    /** Σ value of the months saved, in the base currency: the R&amp;D synergy. */
    public double synergyBase() {
        return gains.stream().mapToDouble(ProgramGain::valueBase).sum();
    }

    /** Σ months saved over the programs. */
    public int monthsSaved() {
        return gains.stream().mapToInt(ProgramGain::monthsSaved).sum();
    }

    /** R&amp;D work the coalition does not do because shared tasks are done once, in team-months. */
    public int workSavedTeamMonths() {
        return jointPlan.workSavedTeamMonths();
    }

    /** True when every plan involved was proven optimal, so the synergy is exact. */
    public boolean proven() {
        return jointPlan.report().status() == SolveStatus.OPTIMAL
                && standalonePlans.stream().allMatch(plan -> plan.report().status() == SolveStatus.OPTIMAL);
    }
}
