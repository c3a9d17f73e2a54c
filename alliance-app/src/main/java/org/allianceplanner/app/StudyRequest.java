package org.allianceplanner.app;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.allianceplanner.engine.alliance.AllianceOptions;
import org.allianceplanner.engine.footprint.FootprintOptions;
import org.allianceplanner.engine.rnd.RndSolveOptions;
import org.allianceplanner.engine.solver.MipSolver;
import org.allianceplanner.engine.sourcing.SourcingOptions;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.plan.PlainNumber;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.scenario.SolverSettings;
import org.allianceplanner.model.validation.PlausibleRanges;
import org.jspecify.annotations.Nullable;

/**
 * What to plan in a study of a scenario: the one place its options are checked. Every problem is
 * reported at once, each naming its option in words ({@link StudyRequestException}). Options left
 * null take the scenario's solver settings.
 *
 * @param levers the levers to plan; the footprint lever is always among them (the others build on it)
 * @param solver the footprint and sourcing MIP solver, or null for the defaults (HiGHS for the
 *     footprint, SCIP for sourcing)
 * @param timeLimitSeconds time limit of each solve, seconds, or null for the scenario's
 * @param rndTimeLimitSeconds R&amp;D: time limit of each R&amp;D solve, or null for {@code timeLimitSeconds}
 * @param relativeGap footprint and sourcing solves stop at this proven relative gap, or null for the scenario's
 * @param rndWorkers CP-SAT workers per R&amp;D solve
 * @param friction R&amp;D: this friction (0 to 1) between every pair of partners instead of the scenario's table,
 *     or null
 * @param searchBreakEven R&amp;D: whether to search each alliance's break-even friction (several solves each)
 * @param breakEvenTolerance R&amp;D: the precision of that search, above 0 and below 1
 * @param threads coalitions planned at the same time, or null for the number of cores
 * @param bargainingPowers Nash bargaining power per partner id; partners not named get 1
 * @param samples random orders of joining for the sampled Shapley value, used beyond {@value
 *     org.allianceplanner.engine.alliance.StudyPlan#MAX_PARTNERS_FOR_ALL_COALITIONS} partners
 * @param seed seed of the R&amp;D search and of the sampled orders, or null for the scenario's
 */
public record StudyRequest(
        Set<Lever> levers,
        @Nullable MipSolver solver,
        @Nullable Double timeLimitSeconds,
        @Nullable Double rndTimeLimitSeconds,
        @Nullable Double relativeGap,
        int rndWorkers,
        @Nullable Double friction,
        boolean searchBreakEven,
        double breakEvenTolerance,
        @Nullable Integer threads,
        Map<String, Double> bargainingPowers,
        int samples,
        @Nullable Long seed) {
    /** The break-even tolerance unless told otherwise. */
    public static final double DEFAULT_BREAK_EVEN_TOLERANCE = 0.02;

    /** The longest time limit per solve: the scenario's own plausible maximum (a day). */
    private static final String MAX_SECONDS =
            String.format(Locale.ROOT, "%,.0f seconds", PlausibleRanges.TIME_LIMIT_SECONDS.max());

    /** Random orders of the sampled Shapley value unless told otherwise. */
    public static final int DEFAULT_SAMPLES = 50;

    /**
     * @throws StudyRequestException naming every option out of its range
     */
    public StudyRequest {
        EnumSet<Lever> chosen = EnumSet.of(Lever.FOOTPRINT);
        chosen.addAll(levers);
        levers = Set.copyOf(chosen);
        bargainingPowers = Map.copyOf(bargainingPowers);
        List<StudyRequestException.Problem> problems = new ArrayList<>();
        // Shorter than the scenario's plausible minimum is allowed here (a quick look), longer is not.
        if (timeLimitSeconds != null && !isTimeLimit(timeLimitSeconds)) {
            problems.add(problem(
                    "timeLimitSeconds",
                    "The time limit must be above 0 and at most " + MAX_SECONDS + ", not %s.",
                    timeLimitSeconds));
        }
        if (rndTimeLimitSeconds != null && !isTimeLimit(rndTimeLimitSeconds)) {
            problems.add(problem(
                    "rndTimeLimitSeconds",
                    "The R&D time limit must be above 0 and at most " + MAX_SECONDS + ", not %s.",
                    rndTimeLimitSeconds));
        }
        // The scenario's own plausible range for its relative_gap setting.
        if (relativeGap != null && !PlausibleRanges.RELATIVE_GAP.contains(relativeGap)) {
            problems.add(problem(
                    "relativeGap",
                    "The relative gap must be from 0 to " + PlainNumber.of(PlausibleRanges.RELATIVE_GAP.max())
                            + ", e.g. 0.001, not %s.",
                    relativeGap));
        }
        if (rndWorkers < 1 || rndWorkers > 256) {
            problems.add(problem(
                    "rndWorkers", "The R&D workers per solve must be from 1 to 256, not %s.", (double) rndWorkers));
        }
        if (friction != null && !(friction >= 0 && friction <= 1)) {
            problems.add(problem("friction", "The friction must be from 0 to 1, not %s.", friction));
        }
        if (!(breakEvenTolerance > 0 && breakEvenTolerance < 1)) {
            problems.add(problem(
                    "breakEvenTolerance",
                    "The break-even tolerance must be above 0 and below 1, not %s.",
                    breakEvenTolerance));
        }
        if (threads != null && threads < 1) {
            problems.add(problem("threads", "At least one thread is needed, not %s.", (double) threads));
        }
        bargainingPowers.forEach((partner, power) -> {
            if (!(power > 0) || !Double.isFinite(power)) {
                problems.add(new StudyRequestException.Problem(
                        "bargainingPowers",
                        "The bargaining power of " + partner + " must be a positive number, not "
                                + PlainNumber.of(power) + "."));
            }
        });
        if (samples < 2) {
            problems.add(
                    problem("samples", "The sampled Shapley value needs at least 2 orders, not %s.", (double) samples));
        }
        if (!problems.isEmpty()) {
            throw new StudyRequestException(problems);
        }
    }

    /**
     * The built-in demo's request: every lever, 10 s per R&amp;D solve (the demo's solves prove
     * optimality well within it) and the break-even friction to 0.02.
     */
    public static StudyRequest demo() {
        return builder().rndTimeLimitSeconds(10.0).build();
    }

    /** Every lever, the scenario's solver settings and the defaults above. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this request's options. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.levers = EnumSet.copyOf(levers);
        builder.solver = solver;
        builder.timeLimitSeconds = timeLimitSeconds;
        builder.rndTimeLimitSeconds = rndTimeLimitSeconds;
        builder.relativeGap = relativeGap;
        builder.rndWorkers = rndWorkers;
        builder.friction = friction;
        builder.searchBreakEven = searchBreakEven;
        builder.breakEvenTolerance = breakEvenTolerance;
        builder.threads = threads;
        builder.bargainingPowers = new LinkedHashMap<>(bargainingPowers);
        builder.samples = samples;
        builder.seed = seed;
        return builder;
    }

    /** Whether the request plans {@code lever}. */
    public boolean plans(Lever lever) {
        return levers.contains(lever);
    }

    /**
     * The engine's options for this request on {@code scenario}: its solver settings with this request's
     * overrides.
     *
     * @throws StudyRequestException when a bargaining power names no partner of the scenario
     */
    public AllianceOptions options(Scenario scenario) {
        Set<String> partners = new TreeSet<>();
        scenario.partners().stream().map(Partner::partnerId).forEach(partners::add);
        List<StudyRequestException.Problem> problems = new ArrayList<>();
        for (String partner : new TreeSet<>(bargainingPowers.keySet())) {
            if (!partners.contains(partner)) {
                problems.add(new StudyRequestException.Problem(
                        "bargainingPowers",
                        "A bargaining power names " + partner + ", who is not a partner; the partners are " + partners
                                + "."));
            }
        }
        if (!problems.isEmpty()) {
            throw new StudyRequestException(problems);
        }
        SolverSettings settings = scenario.settings().solver();
        if (seed != null) {
            settings = new SolverSettings(settings.timeLimitSeconds(), settings.relativeGap(), seed);
        }
        FootprintOptions footprint = FootprintOptions.from(settings);
        SourcingOptions sourcing = SourcingOptions.from(settings);
        if (solver != null) {
            footprint = footprint.withSolver(solver);
            sourcing = sourcing.withSolver(solver);
        }
        RndSolveOptions rnd =
                RndSolveOptions.from(settings).withWorkers(rndWorkers).withFrictionOverride(friction);
        if (timeLimitSeconds != null) {
            footprint = footprint.withTimeLimitSeconds(timeLimitSeconds);
            sourcing = sourcing.withTimeLimitSeconds(timeLimitSeconds);
            rnd = rnd.withTimeLimitSeconds(timeLimitSeconds);
        }
        if (rndTimeLimitSeconds != null) {
            rnd = rnd.withTimeLimitSeconds(rndTimeLimitSeconds);
        }
        if (relativeGap != null) {
            footprint = footprint.withRelativeGap(relativeGap);
            sourcing = sourcing.withRelativeGap(relativeGap);
        }
        AllianceOptions options = new AllianceOptions(
                footprint,
                plans(Lever.SOURCING) ? sourcing : null,
                plans(Lever.RND) ? rnd : null,
                plans(Lever.RND) && searchBreakEven ? breakEvenTolerance : 0,
                threads != null ? threads : Runtime.getRuntime().availableProcessors(),
                AllianceOptions.WarmStart.BEST_SUB_COALITIONS,
                bargainingPowers);
        return options;
    }

    /** The seed of the sampled orders: this request's, or the scenario's. */
    public long samplingSeed(Scenario scenario) {
        return seed != null ? seed : scenario.settings().solver().seed();
    }

    private static boolean isTimeLimit(double seconds) {
        return seconds > 0 && seconds <= PlausibleRanges.TIME_LIMIT_SECONDS.max();
    }

    private static StudyRequestException.Problem problem(String option, String format, double value) {
        return new StudyRequestException.Problem(option, String.format(format, PlainNumber.of(value)));
    }

    /** Builds a {@link StudyRequest}; not thread-safe. */
    public static final class Builder {
        private EnumSet<Lever> levers = EnumSet.allOf(Lever.class);
        private @Nullable MipSolver solver;
        private @Nullable Double timeLimitSeconds;
        private @Nullable Double rndTimeLimitSeconds;
        private @Nullable Double relativeGap;
        private int rndWorkers = RndSolveOptions.DEFAULT_WORKERS;
        private @Nullable Double friction;
        private boolean searchBreakEven = true;
        private double breakEvenTolerance = DEFAULT_BREAK_EVEN_TOLERANCE;
        private @Nullable Integer threads;
        private Map<String, Double> bargainingPowers = new LinkedHashMap<>();
        private int samples = DEFAULT_SAMPLES;
        private @Nullable Long seed;

        private Builder() {}

        public Builder levers(Set<Lever> levers) {
            this.levers = levers.isEmpty() ? EnumSet.noneOf(Lever.class) : EnumSet.copyOf(levers);
            return this;
        }

        public Builder solver(@Nullable MipSolver solver) {
            this.solver = solver;
            return this;
        }

        public Builder timeLimitSeconds(@Nullable Double seconds) {
            this.timeLimitSeconds = seconds;
            return this;
        }

        public Builder rndTimeLimitSeconds(@Nullable Double seconds) {
            this.rndTimeLimitSeconds = seconds;
            return this;
        }

        public Builder relativeGap(@Nullable Double gap) {
            this.relativeGap = gap;
            return this;
        }

        public Builder rndWorkers(int workers) {
            this.rndWorkers = workers;
            return this;
        }

        public Builder friction(@Nullable Double friction) {
            this.friction = friction;
            return this;
        }

        public Builder searchBreakEven(boolean search) {
            this.searchBreakEven = search;
            return this;
        }

        public Builder breakEvenTolerance(double tolerance) {
            this.breakEvenTolerance = tolerance;
            return this;
        }

        public Builder threads(@Nullable Integer threads) {
            this.threads = threads;
            return this;
        }

        public Builder bargainingPowers(Map<String, Double> powers) {
            this.bargainingPowers = new LinkedHashMap<>(requireNonNull(powers, "powers"));
            return this;
        }

        public Builder samples(int samples) {
            this.samples = samples;
            return this;
        }

        public Builder seed(@Nullable Long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * The request.
         *
         * @throws StudyRequestException naming every option out of its range
         */
        public StudyRequest build() {
            return new StudyRequest(
                    levers,
                    solver,
                    timeLimitSeconds,
                    rndTimeLimitSeconds,
                    relativeGap,
                    rndWorkers,
                    friction,
                    searchBreakEven,
                    breakEvenTolerance,
                    threads,
                    bargainingPowers,
                    samples,
                    seed);
        }
    }
}
