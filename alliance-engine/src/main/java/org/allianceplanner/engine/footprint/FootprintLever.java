package org.allianceplanner.engine.footprint;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.allianceplanner.engine.solver.Elapsed;
import org.allianceplanner.engine.solver.PlanningException;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.footprint.ProfitBreakdown;
import org.allianceplanner.model.plan.SolveReport;
import org.allianceplanner.model.plan.SolveStatus;
import org.allianceplanner.model.scenario.Scenario;
import org.jspecify.annotations.Nullable;

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
        return plan(scenario, partnerIds, options, memberPlans, PRICING_ROUTES);
    }

    /** As {@link #plan(Scenario, Collection, FootprintOptions, List)}, pricing routes from {@code pricingRoutes} on. */
    static FootprintPlan plan(
            Scenario scenario,
            Collection<String> partnerIds,
            FootprintOptions options,
            List<FootprintPlan> memberPlans,
            int pricingRoutes) {
        if (partnerIds.isEmpty()) {
            throw new IllegalArgumentException("A coalition needs at least one partner.");
        }
        long start = System.nanoTime();
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
        FootprintModel.Outcome outcome;
        RoutePricing pricing = null;
        BitSet generated = null;
        boolean large = data.routeCount() >= pricingRoutes && !options.singleSourcing();
        if (large && !options.serveAllDemand()) {
            pricing = new RoutePricing(data);
            generated = new BitSet();
            outcome = solveByPricing(data, options, pricing, generated);
        } else if (large) {
            // Pricing needs a feasible restricted program; with all demand to serve, the full relaxation.
            FootprintModel.Rounded rounded = model.solveRounded();
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
        String note = report.note();
        if (options.explain()) {
            double budget = explanationSeconds(options.timeLimitSeconds(), Elapsed.secondsSince(start));
            long deadline = System.nanoTime() + (long) (budget * 1e9);
            // generated is set together with pricing.
            duals = pricing != null
                    ? pricedDuals(pricing, chosen.decisions(), Objects.requireNonNull(generated), deadline)
                    : model.solveFixed(chosen.decisions(), deadline);
            if (duals == null) {
                note = (note.isEmpty() ? "" : note + "; ")
                        + String.format(
                                Locale.ROOT,
                                "no binding capacities or causes of unmet demand: the linear program that prices"
                                        + " them did not finish in the %.1f s left for it (give more time with"
                                        + " a longer time limit)",
                                budget);
            }
        }
        if (duals != null && duals.solution().objective() >= chosen.objective()) {
            chosen = duals.solution();
        }
        double objective = decoder.breakdown(chosen).profit();
        SolveStatus status =
                report.status() == SolveStatus.NO_SOLUTION_IN_TIME ? SolveStatus.FEASIBLE : report.status();
        SolveReport finalReport = new SolveReport(
                status,
                objective,
                report.bound(),
                SolveReport.relativeGap(objective, report.bound()),
                report.seconds(),
                note);
        return decoder.decode(chosen, finalReport, duals, warmStarted);
    }

    /**
     * The time for explanations after a solve that took {@code spentSeconds} of {@code limitSeconds}:
     * what the limit leaves, but at least a quarter of it, so that a solve the limit stopped still
     * gets explained when the explaining is quick.
     */
    static double explanationSeconds(double limitSeconds, double spentSeconds) {
        return Math.max(limitSeconds - spentSeconds, limitSeconds / 4);
    }

    /** The marginal values of the fixed plan over all routes, by pricing; null when the deadline comes first. */
    private static FootprintModel.@Nullable Duals pricedDuals(
            RoutePricing pricing, FootprintModel.Decisions decisions, BitSet generated, long deadlineNanos) {
        RoutePricing.Result fixed = pricing.solveFlows(decisions, generated, deadlineNanos);
        FootprintModel.Solution solution = fixed.solution();
        // Pricing stops unconverged only at its deadline; a converged run has read its solution.
        if (!fixed.converged() || solution == null) {
            return null;
        }
        return new FootprintModel.Duals(fixed.plantDuals(), fixed.lineDuals(), solution);
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
     * Models with at least this many routes solve the linear relaxation by pricing routes in and round
     * it (see {@link #solveByPricing}); below it the MIP alone is faster.
     */
    static final int PRICING_ROUTES = 100_000;

    /**
     * The large-model path: the linear relaxation over all routes by column generation (a proven upper
     * bound), its plants and lines switched on, the best flows for them over all routes, and, when that
     * plan is not yet within the requested gap, the MIP over the routes generated so far with the time
     * left. The bound is always the relaxation's: a MIP over some routes proves nothing about all of
     * them. Adds every generated route to {@code generated}.
     */
    private static FootprintModel.Outcome solveByPricing(
            FootprintData data, FootprintOptions options, RoutePricing pricing, BitSet generated) {
        long start = System.nanoTime();
        long deadline = start + (long) (options.timeLimitSeconds() * 1e9);
        List<String> notes = new ArrayList<>();
        // A quarter of the requested gap for the bound's own slack leaves the rest to the rounding.
        RoutePricing.Rounding rounding = pricing.solveRounded(deadline, options.relativeGap() / 4);
        RoutePricing.Result relaxed = rounding.relaxation();
        generated.or(relaxed.generated());
        FootprintModel.Solution best = relaxed.solution();
        if (best == null) {
            return new FootprintModel.Outcome(
                    new SolveReport(
                            SolveStatus.NO_SOLUTION_IN_TIME,
                            Double.NaN,
                            Double.NaN,
                            Double.NaN,
                            Elapsed.secondsSince(start),
                            "the time limit stopped the linear relaxation before its first solve"),
                    null);
        }
        if (!relaxed.converged()) {
            notes.add(String.format(
                    Locale.ROOT,
                    "the time limit stopped the linear relaxation after %d pricing rounds, so the bound is the"
                            + " best of those rounds, not the relaxation's optimum",
                    relaxed.rounds()));
        }
        double bound = relaxed.bound();
        RoutePricing.Result flows = rounding.flows();
        if (flows == null) {
            notes.add("the time limit left no time to improve the flows of the rounded plan");
        } else {
            generated.or(flows.generated());
            if (flows.solution() != null && flows.solution().objective() > best.objective()) {
                best = flows.solution();
            }
            if (!flows.converged()) {
                notes.add("the time limit stopped the flows of the rounded plan before they were optimal");
            }
        }
        double gap = SolveReport.relativeGap(best.objective(), bound);
        double left = (deadline - System.nanoTime()) / 1e9;
        if (gap > options.relativeGap() && left >= 1) {
            FootprintModel.Outcome mip =
                    new FootprintModel(data, options.withTimeLimitSeconds(left)).solveMip(null, generated);
            FootprintModel.Solution found = mip.solution();
            if (found != null && found.objective() > best.objective()) {
                best = found;
            }
            notes.add(String.format(
                    Locale.ROOT,
                    "the rounded plan was %.2f %% from the bound, so a MIP over the %,d priced routes ran"
                            + " with the %.0f s left",
                    100 * gap,
                    generated.cardinality(),
                    left));
            gap = SolveReport.relativeGap(best.objective(), bound);
        }
        SolveStatus status = gap <= options.relativeGap() ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE;
        return new FootprintModel.Outcome(
                new SolveReport(
                        status, best.objective(), bound, gap, Elapsed.secondsSince(start), String.join("; ", notes)),
                best);
    }

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
