package org.allianceplanner.engine.rnd;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.allianceplanner.engine.solver.Cancellation;
import org.allianceplanner.engine.solver.Elapsed;
import org.allianceplanner.model.plan.SolveReport;
import org.allianceplanner.model.plan.SolveStatus;
import org.allianceplanner.model.rnd.plan.BreakEvenFriction;
import org.allianceplanner.model.rnd.plan.FrictionPoint;
import org.allianceplanner.model.rnd.plan.ProgramCompletion;
import org.allianceplanner.model.rnd.plan.ProgramGain;
import org.allianceplanner.model.rnd.plan.RndComparison;
import org.allianceplanner.model.rnd.plan.RndPlan;
import org.allianceplanner.model.rnd.plan.ScheduledTask;
import org.allianceplanner.model.scenario.Scenario;

/**
 * The R&amp;D lever: schedules the R&amp;D programs of a coalition on CP-SAT, minimizing the weighted
 * completion (cost of delay per month × completion month, summed over programs), and compares a
 * coalition with its members alone.
 *
 * <p>A partner's standalone plan is the plan of the coalition of one. A coalition's solve is
 * warm-started from its members' standalone plans, which are feasible in the coalition's model
 * (sharing a task and borrowing teams are choices), so a coalition is never worse than its members
 * alone, even when the time limit stops the solver.
 *
 * <p>Standalone plans are cached per partner and options; an instance may be used from several
 * threads. The scenario must be valid ({@code ScenarioValidator}).
 */
public final class RndPlanner {
    /** Share of a standalone solve's time limit given to the first CP-SAT solve. */
    static final double PROBE_SHARE = 0.1;

    /** Share of the time limit, counted from the start, after which the genetic search stops. */
    static final double SEARCH_SHARE = 0.6;

    /**
     * Schedules (per island) after which the genetic search gives up when it has not beaten the
     * schedule it started from: that schedule is then probably optimal, and CP-SAT gets the time to
     * prove it. CP-SAT is also asked for a proof when the search has stalled that long at its deadline.
     */
    static final long SEARCH_GIVE_UP = 20_000;

    /**
     * Share of a solve's time limit, counted from its start, after which the LP relaxation of the
     * lower bound stops adding cuts ({@link EnergyLowerBound}); its time counts against the limit.
     */
    static final double BOUND_SHARE = 0.2;

    /** Least time given to the last CP-SAT solve: to take up its hint, or to try its proof. */
    private static final double MIN_FINAL_SECONDS = 0.5;

    private final Scenario scenario;
    private final Consumer<String> progress;
    private final Map<List<Object>, RndPlan> standalone = new ConcurrentHashMap<>();

    private RndPlanner(Scenario scenario, Consumer<String> progress) {
        this.scenario = scenario;
        this.progress = progress;
    }

    /** A planner for a valid scenario. */
    public static RndPlanner of(Scenario scenario) {
        return new RndPlanner(scenario, message -> {});
    }

    /** This planner, telling {@code progress} before each solve what it is about to solve. */
    public RndPlanner withProgress(Consumer<String> progress) {
        return new RndPlanner(scenario, progress);
    }

    /**
     * This planner, taking {@code plan} as {@code partnerId}'s own plan under {@code options} instead
     * of solving it again (a coalition planned after its members were).
     */
    public RndPlanner knowing(String partnerId, RndSolveOptions options, RndPlan plan) {
        RndPlanner planner = new RndPlanner(scenario, progress);
        planner.standalone.putAll(standalone);
        planner.standalone.put(List.of(partnerId, options.withFrictionOverride(null)), plan);
        return planner;
    }

    /** A partner's own plan, with only its own teams and no shared work. */
    public RndPlan standalone(String partnerId, RndSolveOptions options) {
        RndSolveOptions own = options.withFrictionOverride(null);
        return standalone.computeIfAbsent(List.of(partnerId, own), key -> {
            progress.accept("R&D: scheduling " + partnerId + " alone");
            return solveAlone(new RndInstance(scenario, List.of(partnerId), null), own);
        });
    }

    /**
     * For benchmarks of the search itself: a partner's own plan from the serial heuristic and the
     * genetic search alone, on one thread, stopped after {@code schedules} schedules of the search
     * (each serial decoding and each justification pass counts one; the heuristic's are not counted:
     * one schedule with one program, up to about 800 with several) instead of a time limit, without
     * CP-SAT. The same arguments give the same plan on any machine, so two
     * versions of the search can be compared schedule for schedule, as the RCPSP literature does
     * (Kolisch and Hartmann, 2006). The plan is optimal when it meets the energy bound, which is its
     * bound; otherwise feasible.
     */
    public RndPlan searchAlone(String partnerId, long schedules, long seed) {
        if (schedules < 1) {
            throw new IllegalArgumentException(
                    "The search needs a budget of at least 1 schedule, not " + schedules + ".");
        }
        long started = System.nanoTime();
        RndInstance instance = new RndInstance(scenario, List.of(partnerId), null);
        EnergyLowerBound.Bound energy = EnergyLowerBound.compute(instance, Long.MAX_VALUE);
        RndSchedule first = SerialScheduleGenerator.schedule(instance, energy.lpReadyMonth());
        RndSchedule searched = GeneticScheduler.improve(
                        instance,
                        first,
                        energy.weighted(),
                        1,
                        seed,
                        new GeneticScheduler.Budget(schedules, Long.MAX_VALUE, Long.MAX_VALUE))
                .schedule();
        SolveStatus status =
                searched.objective(instance) <= energy.weighted() ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE;
        return RndPlanDecoder.plan(
                instance,
                searched,
                new SolveReport(status, Double.NaN, Double.NaN, Double.NaN, Elapsed.secondsSince(started)),
                energy.weighted());
    }

    /**
     * A coalition of one, within the time limit. The lower bound comes first (its LP stops at {@link
     * #BOUND_SHARE} of the limit), then the serial heuristic. A first CP-SAT solve of {@link #PROBE_SHARE} of the
     * limit, hinted with the serial heuristic's schedule, settles most instances. When it does not
     * prove its plan optimal, the genetic search improves the better of the two schedules until {@link
     * #SEARCH_SHARE} of the limit has passed (or until it meets the best bound: then the plan is optimal
     * as it is; or until it gives up, see {@link #SEARCH_GIVE_UP}), and CP-SAT gets the rest of the
     * limit. When the search had stalled (no gain in its last {@link #SEARCH_GIVE_UP} schedules), its
     * schedule is probably optimal and CP-SAT is asked to prove it: is there a better plan, yes or no
     * ({@link RndCpSatTranslator#improveOrProve}); otherwise CP-SAT minimizes, hinted with it.
     */
    private RndPlan solveAlone(RndInstance instance, RndSolveOptions options) {
        long started = System.nanoTime();
        double limit = options.timeLimitSeconds();
        EnergyLowerBound.Bound energy = EnergyLowerBound.compute(instance, deadline(started, BOUND_SHARE * limit));
        RndSchedule first = SerialScheduleGenerator.schedule(instance, energy.lpReadyMonth());
        RndCpSatTranslator.Result probe =
                RndCpSatTranslator.solve(instance, first, options.withTimeLimitSeconds(PROBE_SHARE * limit));
        if (probe.status() == SolveStatus.OPTIMAL || probe.status() == SolveStatus.INFEASIBLE) {
            return decode(instance, first, probe, false, energy.weighted(), started);
        }
        RndSchedule best = probe.schedule() != null && probe.schedule().objective(instance) < first.objective(instance)
                ? probe.schedule()
                : first;
        long bound = Math.max(energy.weighted(), probe.bound());
        GeneticScheduler.Outcome searched = GeneticScheduler.improve(
                instance,
                best,
                bound,
                options.workers(),
                options.seed(),
                new GeneticScheduler.Budget(Long.MAX_VALUE, SEARCH_GIVE_UP, deadline(started, SEARCH_SHARE * limit)));
        if (Thread.currentThread().isInterrupted()) {
            // A cancelled job: CP-SAT does not heed interrupts, so it must not be started.
            throw new IllegalStateException("Interrupted while planning the R&D lever.");
        }
        Cancellation.check();
        RndSchedule hint = searched.schedule();
        if (hint.objective(instance) <= bound) {
            double seconds = Elapsed.secondsSince(started);
            return RndPlanDecoder.plan(
                    instance,
                    hint,
                    new SolveReport(SolveStatus.OPTIMAL, Double.NaN, Double.NaN, Double.NaN, seconds),
                    hint.objective(instance));
        }
        RndSolveOptions rest = options.withTimeLimitSeconds(secondsLeft(started, limit));
        // A proof is asked for only when an exact optimum is: with a relative gap, minimizing stops sooner.
        boolean stalled = searched.schedulesSinceGain() >= SEARCH_GIVE_UP;
        RndCpSatTranslator.Result result = stalled && options.relativeGap() == 0
                ? RndCpSatTranslator.improveOrProve(instance, hint, rest)
                : RndCpSatTranslator.solve(instance, hint, rest);
        return decode(instance, hint, result, false, bound, started);
    }

    /**
     * The plan of a coalition (of one or more partners), warm-started from its members' standalone
     * plans and never worse than them. The lower bound (its LP stopped at {@link #BOUND_SHARE} of the
     * limit) comes first, and CP-SAT gets the rest of the limit.
     */
    public RndPlan plan(Collection<String> partnerIds, RndSolveOptions options) {
        List<String> members = sorted(partnerIds);
        if (members.size() == 1) {
            return standalone(members.get(0), options);
        }
        RndInstance instance = new RndInstance(scenario, members, options.frictionOverride());
        RndSchedule hint = new RndSchedule(instance);
        for (String member : members) {
            for (ScheduledTask task : standalone(member, options).tasks()) {
                hint.start[instance.index(task.ref())] = task.startMonth();
            }
        }
        progress.accept("R&D: scheduling " + String.join("+", members) + frictionNote(options));
        long started = System.nanoTime();
        double limit = options.timeLimitSeconds();
        long bound = EnergyLowerBound.compute(instance, deadline(started, BOUND_SHARE * limit))
                .weighted();
        return decode(
                instance,
                hint,
                RndCpSatTranslator.solve(instance, hint, options.withTimeLimitSeconds(secondsLeft(started, limit))),
                true,
                bound,
                started);
    }

    /** {@code seconds} after {@code started}; an infinite limit gives a deadline that never comes. */
    private static long deadline(long started, double seconds) {
        return started + (long) Math.min(seconds * 1e9, Long.MAX_VALUE / 4);
    }

    /** What is left of {@code limit} seconds since {@code started}, but at least {@link #MIN_FINAL_SECONDS}. */
    private static double secondsLeft(long started, double limit) {
        return Math.max(MIN_FINAL_SECONDS, limit - Elapsed.secondsSince(started));
    }

    /** A coalition's plan against its members' own plans: months saved per program and their value. */
    public RndComparison compare(Collection<String> partnerIds, RndSolveOptions options) {
        List<String> members = sorted(partnerIds);
        List<RndPlan> alone = new ArrayList<>();
        for (String member : members) {
            alone.add(standalone(member, options));
        }
        RndPlan joint = plan(members, options);
        List<ProgramGain> gains = new ArrayList<>();
        for (ProgramCompletion program : joint.programs()) {
            int standaloneMonth = alone.stream()
                    .flatMap(plan -> plan.program(program.programId()).stream())
                    .mapToInt(ProgramCompletion::completionMonth)
                    .findFirst()
                    .orElseThrow();
            gains.add(new ProgramGain(
                    program.programId(),
                    program.partnerId(),
                    program.name(),
                    standaloneMonth,
                    program.completionMonth(),
                    program.costOfDelayPerMonthBase()));
        }
        return new RndComparison(members, alone, joint, gains);
    }

    /**
     * The friction (one value for every pair of members) at which the coalition's R&amp;D synergy
     * falls to zero, by bisection down to {@code tolerance}. The synergy falls as friction rises when
     * every solve is optimal; with time-limited solves the search is a good estimate, not a proof.
     */
    public BreakEvenFriction breakEvenFriction(
            Collection<String> partnerIds, RndSolveOptions options, double tolerance) {
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("The tolerance must be between 0 and 1, not " + tolerance + ".");
        }
        List<String> members = sorted(partnerIds);
        String name = String.join("+", members);
        List<FrictionPoint> points = new ArrayList<>();
        double atZero = synergy(members, options, 0, points);
        if (atZero <= 0) {
            return new BreakEvenFriction(
                    members,
                    BreakEvenFriction.Outcome.NO_SYNERGY,
                    0,
                    tolerance,
                    points,
                    name + " has no R&D synergy even with frictionless teams: shared work and pooled teams"
                            + " save no month that has a cost of delay.");
        }
        double atOne = synergy(members, options, 1, points);
        if (atOne > 0) {
            return new BreakEvenFriction(
                    members,
                    BreakEvenFriction.Outcome.ABOVE_ONE,
                    1,
                    tolerance,
                    points,
                    String.format(
                            Locale.ROOT,
                            "%s's R&D synergy stays positive even at friction 1, where pooled teams are worth"
                                    + " nothing: sharing work alone pays %,.0f %s.",
                            name,
                            atOne,
                            scenario.settings().baseCurrency()));
        }
        double low = 0;
        double high = 1;
        while (high - low > tolerance) {
            double middle = (low + high) / 2;
            if (synergy(members, options, middle, points) > 0) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return new BreakEvenFriction(
                members,
                BreakEvenFriction.Outcome.FOUND,
                high,
                tolerance,
                points,
                String.format(
                        Locale.ROOT,
                        "%s's R&D synergy falls to zero at a friction of %.2f (within %.2f): above it, pooled"
                                + " teams are too inefficient to bring any program to market sooner.",
                        name,
                        high,
                        tolerance));
    }

    private double synergy(List<String> members, RndSolveOptions options, double friction, List<FrictionPoint> points) {
        RndComparison comparison = compare(members, options.withFrictionOverride(friction));
        double synergy = comparison.synergyBase();
        points.add(new FrictionPoint(
                friction, synergy, comparison.jointPlan().report().status()));
        return synergy;
    }

    /**
     * The plan of a CP-SAT solve hinted with {@code hint}, or of the hint when the solve has nothing
     * better. {@code knownBound}: a lower bound in integer weight units proven before this solve;
     * {@code started}: when the work on this plan began (System.nanoTime), for its reported seconds.
     */
    private static RndPlan decode(
            RndInstance instance,
            RndSchedule hint,
            RndCpSatTranslator.Result result,
            boolean coalition,
            long knownBound,
            long started) {
        double seconds = Elapsed.secondsSince(started);
        RndSchedule schedule = result.schedule();
        SolveStatus status = result.status();
        // CP-SAT starts from the feasible hint, so this only guards the promise "never worse than alone".
        if (schedule == null || schedule.objective(instance) > hint.objective(instance)) {
            if (status == SolveStatus.INFEASIBLE && !coalition) {
                return RndPlanDecoder.noPlan(
                        instance, new SolveReport(status, Double.NaN, Double.NaN, Double.NaN, seconds));
            }
            schedule = hint;
            status = SolveStatus.FEASIBLE;
        }
        SolveReport solved = new SolveReport(status, Double.NaN, Double.NaN, Double.NaN, seconds);
        // Both bounds are proofs; the larger one is reported (the decoder caps it at the objective).
        long bound = Math.max(result.bound(), knownBound);
        return RndPlanDecoder.plan(instance, schedule, solved, bound);
    }

    private static String frictionNote(RndSolveOptions options) {
        Double friction = options.frictionOverride();
        return friction == null ? "" : String.format(Locale.ROOT, " at friction %.3f", friction);
    }

    private static List<String> sorted(Collection<String> partnerIds) {
        if (partnerIds.isEmpty()) {
            throw new IllegalArgumentException("A coalition needs at least one partner.");
        }
        return List.copyOf(new TreeSet<>(partnerIds));
    }
}
