package org.allianceplanner.engine.footprint;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.allianceplanner.engine.solver.PlanningException;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.footprint.ProfitBreakdown;
import org.allianceplanner.model.plan.SolveReport;
import org.allianceplanner.model.plan.SolveStatus;
import org.allianceplanner.model.scenario.Scenario;

/**
 * Plans joint production and distribution for one coalition: which plant builds which model for which
 * market, which plants and lines run, and what is sold through whose dealers, to maximize the
 * coalition's profit. A single partner is a coalition of one: its standalone plan.
 *
 * <p>Stateless and thread-safe; each call builds and solves its own model. The scenario must be
 * valid (see {@code ScenarioValidator}).
 */
public final class FootprintLever {
    private FootprintLever() {}

    /** The best plan of the coalition {@code partnerIds}, without a warm start. */
    public static FootprintPlan plan(Scenario scenario, Collection<String> partnerIds, FootprintOptions options) {
        return plan(scenario, partnerIds, options, List.of());
    }

    /**
     * The best plan of the coalition {@code partnerIds}, warm-started from {@code memberPlans}: plans of
     * disjoint groups of its members (typically each member's standalone plan). Their union is a
     * feasible plan of the coalition, so the returned plan earns at least their summed profit even when
     * the time limit stops the solver early.
     *
     * @throws PlanningException when demand must be served in full and the business rules make that
     *     impossible; the message names the rules in conflict
     * @throws IllegalArgumentException when a member plan belongs to a partner outside the coalition or
     *     two member plans share a partner
     */
    public static FootprintPlan plan(
            Scenario scenario,
            Collection<String> partnerIds,
            FootprintOptions options,
            List<FootprintPlan> memberPlans) {
        if (partnerIds.isEmpty()) {
            throw new IllegalArgumentException("A coalition needs at least one partner.");
        }
        checkMemberPlans(partnerIds, memberPlans);
        FootprintData data = new FootprintData(scenario, partnerIds);
        if (options.serveAllDemand()) {
            List<String> conflicts = InfeasibilityDiagnosis.conflicts(data);
            if (!conflicts.isEmpty()) {
                throw new PlanningException(
                        "No plan of " + String.join("+", data.members) + " can serve all demand:", conflicts);
            }
        }
        FootprintModel model = new FootprintModel(data, options);
        PlanDecoder decoder = new PlanDecoder(data);
        List<FootprintPlan> planned =
                memberPlans.stream().filter(plan -> plan.solve().hasPlan()).toList();
        FootprintModel.Solution union = planned.isEmpty() ? null : model.union(planned);
        FootprintModel.Rounded rounded = null;
        FootprintModel.Outcome outcome;
        if (data.routeCount() >= ROUNDING_FIRST_ROUTES && !options.singleSourcing()) {
            rounded = model.solveRounded();
            double gap = SolveReport.relativeGap(rounded.solution().objective(), rounded.bound());
            double left = options.timeLimitSeconds() - rounded.seconds();
            if (gap <= options.relativeGap() || left < 1) {
                SolveStatus status = gap <= options.relativeGap() ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE;
                outcome = new FootprintModel.Outcome(
                        new SolveReport(
                                status, rounded.solution().objective(), rounded.bound(), gap, rounded.seconds()),
                        rounded.solution());
            } else {
                outcome = new FootprintModel(data, options.withTimeLimitSeconds(left)).solveMip(union);
                outcome = withRounding(outcome, rounded);
            }
        } else {
            outcome = model.solveMip(union);
        }
        SolveReport report = outcome.report();
        if (report.status() == SolveStatus.INFEASIBLE) {
            List<String> conflicts = InfeasibilityDiagnosis.conflicts(data);
            throw new PlanningException(
                    "No plan of " + String.join("+", data.members) + " can serve all demand:",
                    conflicts.isEmpty()
                            ? List.of(InfeasibilityDiagnosis.combinatorialConflict(data, options))
                            : conflicts);
        }
        FootprintModel.Solution chosen = outcome.solution();
        boolean warmStarted = false;
        if (union != null && (chosen == null || union.objective() > chosen.objective())) {
            chosen = union;
            warmStarted = true;
        }
        if (chosen == null) {
            return new FootprintPlan(
                    data.members,
                    report,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    ProfitBreakdown.ZERO,
                    List.of(),
                    List.of(),
                    false);
        }
        FootprintModel.Duals duals = null;
        if (options.explain()) {
            duals = model.solveFixed(chosen.decisions());
            if (duals.solution().objective() >= chosen.objective()) {
                chosen = duals.solution();
            }
        }
        double objective = decoder.breakdown(chosen).profit();
        SolveStatus status =
                report.status() == SolveStatus.NO_SOLUTION_IN_TIME ? SolveStatus.FEASIBLE : report.status();
        SolveReport finalReport = new SolveReport(
                status,
                objective,
                report.bound(),
                SolveReport.relativeGap(objective, report.bound()),
                report.seconds());
        return decoder.decode(chosen, finalReport, duals, warmStarted);
    }

    /** The size of the coalition's model, without solving it. */
    public static FootprintModelSize modelSize(Scenario scenario, Collection<String> partnerIds) {
        FootprintData data = new FootprintData(scenario, partnerIds);
        return new FootprintModelSize(
                data.demands.size(),
                data.routeCount(),
                data.channelPartner.length,
                data.plants.size(),
                data.lines.size());
    }

    /**
     * Models with at least this many routes first solve the linear relaxation and round it (see
     * {@code FootprintModel.solveRounded}); below it the MIP alone is faster.
     */
    static final int ROUNDING_FIRST_ROUTES = 100_000;

    /** The MIP's outcome improved by the rounded plan and bounded by the relaxation. */
    private static FootprintModel.Outcome withRounding(FootprintModel.Outcome mip, FootprintModel.Rounded rounded) {
        SolveReport report = mip.report();
        double bound = Double.isNaN(report.bound()) ? rounded.bound() : Math.min(report.bound(), rounded.bound());
        FootprintModel.Solution best = mip.solution();
        if (best == null || rounded.solution().objective() > best.objective()) {
            best = rounded.solution();
        }
        double gap = SolveReport.relativeGap(best.objective(), bound);
        SolveStatus status =
                report.status() == SolveStatus.OPTIMAL || gap <= 0 ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE;
        return new FootprintModel.Outcome(
                new SolveReport(status, best.objective(), bound, gap, report.seconds() + rounded.seconds()), best);
    }

    private static void checkMemberPlans(Collection<String> partnerIds, List<FootprintPlan> memberPlans) {
        TreeSet<String> seen = new TreeSet<>();
        for (FootprintPlan plan : memberPlans) {
            for (String partner : plan.partnerIds()) {
                if (!partnerIds.contains(partner)) {
                    throw new IllegalArgumentException("A warm-start plan belongs to " + partner
                            + ", who is not in the coalition " + partnerIds + ".");
                }
                if (!seen.add(partner)) {
                    throw new IllegalArgumentException(
                            "Two warm-start plans both include " + partner + "; they must cover disjoint partners.");
                }
            }
        }
    }
}
