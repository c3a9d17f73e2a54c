package org.allianceplanner.engine.alliance;

import java.util.List;
import java.util.Locale;
import org.allianceplanner.engine.footprint.FootprintLever;
import org.allianceplanner.engine.rnd.RndPlanner;
import org.allianceplanner.engine.solver.Elapsed;
import org.allianceplanner.engine.solver.PlanningException;
import org.allianceplanner.engine.sourcing.PartNeeds;
import org.allianceplanner.engine.sourcing.SourcingLever;
import org.allianceplanner.model.alliance.CoalitionResult;
import org.allianceplanner.model.alliance.LeverSynergy;
import org.allianceplanner.model.alliance.PartnerStandalone;
import org.allianceplanner.model.footprint.CoalitionFootprint;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.footprint.ProfitBreakdown;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.plan.PlainNumber;
import org.allianceplanner.model.rnd.plan.RndComparison;
import org.allianceplanner.model.rnd.plan.RndPlan;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.sourcing.plan.CoalitionSourcing;
import org.allianceplanner.model.sourcing.plan.SourcingPlan;

/**
 * The pure coalition function (DESIGN.md §4): one partner's own plans, or one coalition's joint plans
 * against its members', with every lever the options name. No threads of its own beyond the solvers',
 * no I/O, no state kept between calls: the same scenario, job and options give the same result when
 * every solve ends by its proof or a work limit (a wall-clock time limit that stops a solve can make
 * two runs differ). Local and distributed runners, the study and the Monte Carlo sweep all call these
 * two functions.
 *
 * <p>Thread-safe. A call under a {@link org.allianceplanner.engine.solver.Cancellation} stops when it
 * is cancelled.
 */
public final class CoalitionPlanner {
    private CoalitionPlanner() {}

    /**
     * A partner's own best plans, lever by lever: only its plants, lines, dealers, suppliers and teams.
     *
     * @throws PlanningException when no footprint plan is found in time: every synergy and split
     *     starts from this plan, so no figure would mean anything without it
     */
    public static PartnerStandalone planAlone(Scenario scenario, String partnerId, AllianceOptions options) {
        FootprintPlan footprint = FootprintLever.plan(scenario, List.of(partnerId), options.footprint());
        if (!footprint.solve().hasPlan()) {
            throw new PlanningException(
                    String.format(
                            Locale.ROOT,
                            "No footprint plan of %s alone was found within the time limit of %s s, and every"
                                    + " alliance's synergy and split starts from it:",
                            nameOf(scenario, partnerId),
                            PlainNumber.of(options.footprint().timeLimitSeconds())),
                    List.of("Maybe give each plan more time (a longer time limit)."));
        }
        SourcingPlan sourcing = options.sourcing() == null
                ? null
                : SourcingLever.plan(
                        scenario, List.of(partnerId), PartNeeds.of(scenario, footprint), false, options.sourcing());
        RndPlan rnd = options.rnd() == null ? null : RndPlanner.of(scenario).standalone(partnerId, options.rnd());
        return new PartnerStandalone(partnerId, footprint, sourcing, rnd);
    }

    /**
     * A coalition's joint plans against its members' own. The footprint solve starts from the job's
     * warm start, so the joint plan earns at least what those groups earn side by side even when a
     * time limit stops the solver; the sourcing lever buys the joint plan's parts separately and
     * pooled; the R&amp;D lever schedules the members' programs together, starting from their own
     * schedules.
     */
    public static CoalitionResult plan(Scenario scenario, CoalitionJob job, AllianceOptions options) {
        long start = System.nanoTime();
        List<String> members = job.partnerIds();
        List<FootprintPlan> startPlans = job.warmStart().stream()
                .map(CoalitionJob.PlannedGroup::footprint)
                .toList();
        FootprintPlan plan = FootprintLever.plan(scenario, members, options.footprint(), startPlans);
        ProfitBreakdown alone = ProfitBreakdown.ZERO;
        for (PartnerStandalone member : job.membersAlone()) {
            alone = alone.plus(member.footprint().breakdown());
        }
        CoalitionFootprint footprint = new CoalitionFootprint(job.coalitionId(), members, plan, alone.profit(), alone);
        CoalitionSourcing sourcing = options.sourcing() == null
                ? null
                : SourcingLever.compare(scenario, members, PartNeeds.of(scenario, plan), options.sourcing());
        RndComparison rnd = options.rnd() == null
                ? null
                : rndPlanner(scenario, job.membersAlone(), options).compare(members, options.rnd());
        LeverSynergy synergy = new LeverSynergy(
                footprint.synergy(),
                sourcing == null ? 0 : sourcing.saving(),
                rnd == null ? 0 : scenario.settings().annualize(rnd.synergyBase()));
        return new CoalitionResult(
                job.coalitionId(),
                members,
                footprint,
                sourcing,
                rnd,
                synergy,
                alone.profit() + synergy.total(),
                job.warmStart().stream().map(CoalitionJob.PlannedGroup::name).toList(),
                Elapsed.secondsSince(start));
    }

    /** An R&amp;D planner that knows the members' own schedules, so that they are not solved again. */
    static RndPlanner rndPlanner(Scenario scenario, List<PartnerStandalone> membersAlone, AllianceOptions options) {
        RndPlanner planner = RndPlanner.of(scenario);
        for (PartnerStandalone member : membersAlone) {
            RndPlan own = member.rnd();
            if (own != null && options.rnd() != null) {
                planner = planner.knowing(member.partnerId(), options.rnd(), own);
            }
        }
        return planner;
    }

    private static String nameOf(Scenario scenario, String partnerId) {
        return scenario.partners().stream()
                .filter(partner -> partner.partnerId().equals(partnerId))
                .map(Partner::name)
                .findFirst()
                .orElse(partnerId);
    }
}
