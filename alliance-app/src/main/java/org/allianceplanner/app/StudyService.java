package org.allianceplanner.app;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.IntFunction;
import org.allianceplanner.app.runner.LocalStudyRunner;
import org.allianceplanner.app.runner.StudyRunner;
import org.allianceplanner.engine.alliance.AllianceOptions;
import org.allianceplanner.engine.alliance.SampledShapleyStudy;
import org.allianceplanner.engine.alliance.SampledShares;
import org.allianceplanner.engine.alliance.StudyPlan;
import org.allianceplanner.engine.alliance.StudyProgress;
import org.allianceplanner.engine.solver.Cancellation;
import org.allianceplanner.model.alliance.AllianceStudyResult;
import org.allianceplanner.model.scenario.Scenario;

/**
 * Runs study requests: checks the request against the scenario, reuses a study of the same inputs
 * from the store, or plans it with progress and stores it. A study can be cancelled from another
 * thread through its {@link Cancellation}: running solves stop (CP-SAT, SCIP, GLOP at once; a HiGHS
 * solve at its own end) and the study ends with {@link
 * org.allianceplanner.engine.solver.PlanningCancelledException}.
 *
 * <p>Thread-safe when its store is: studies may run at the same time.
 */
public final class StudyService {
    private final StudyStore store;
    private final IntFunction<StudyRunner> runners;

    /** A service keeping studies in {@code store} and running them on a local pool per study. */
    public StudyService(StudyStore store) {
        this(store, LocalStudyRunner::new);
    }

    /**
     * A service keeping studies in {@code store} and running each on a runner from {@code runners}
     * (given the request's thread count; closed after the study when it is {@link AutoCloseable}).
     */
    public StudyService(StudyStore store, IntFunction<StudyRunner> runners) {
        this.store = requireNonNull(store, "store");
        this.runners = requireNonNull(runners, "runners");
    }

    /** A study's result, and whether it was reused from the store rather than planned. */
    public record Outcome(AllianceStudyResult result, boolean reused) {
        public Outcome {
            requireNonNull(result, "result");
        }
    }

    /**
     * Whether {@code scenario} has too many partners (and no candidate coalitions small enough) to plan
     * every group its alliances need: then only {@link #sample} applies.
     */
    public static boolean needsSampling(Scenario scenario) {
        try {
            StudyPlan.alliancesOf(scenario);
            return false;
        } catch (IllegalArgumentException tooMany) {
            return true;
        }
    }

    /**
     * The study of {@code scenario} as {@code request} asks, from the store when its inputs were planned
     * before.
     *
     * @throws StudyRequestException when the request does not fit the scenario
     * @throws org.allianceplanner.engine.solver.PlanningCancelledException when cancelled
     * @throws org.allianceplanner.engine.solver.PlanningException when some plan cannot be made
     * @throws IllegalArgumentException when the scenario needs sampling ({@link #needsSampling})
     */
    public Outcome run(Scenario scenario, StudyRequest request, StudyProgress progress, Cancellation cancellation) {
        AllianceOptions options = request.options(scenario);
        Optional<AllianceStudyResult> stored = store.find(StudyHash.of(scenario, options));
        if (stored.isPresent()) {
            return new Outcome(stored.get(), true);
        }
        StudyRunner runner = runners.apply(options.threads());
        AllianceStudyResult result;
        try {
            result = AllianceStudy.run(scenario, options, runner, cancellation, progress);
        } finally {
            if (runner instanceof AutoCloseable closeable) {
                closeRunner(closeable);
            }
        }
        store.save(result);
        return new Outcome(result, false);
    }

    /**
     * Each partner's Shapley share of the gain of all partners together, estimated from the request's
     * number of random orders of joining, for scenarios that {@link #needsSampling need sampling}.
     * Planned on the calling thread.
     *
     * @throws StudyRequestException when the request does not fit the scenario
     * @throws org.allianceplanner.engine.solver.PlanningCancelledException when cancelled
     * @throws org.allianceplanner.engine.solver.PlanningException when some plan cannot be made
     */
    public SampledShares sample(
            Scenario scenario, StudyRequest request, StudyProgress progress, Cancellation cancellation) {
        AllianceOptions options = request.options(scenario);
        return cancellation.run(() -> SampledShapleyStudy.run(
                scenario, options, request.samples(), request.samplingSeed(scenario), progress));
    }

    private static void closeRunner(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing a runner releases threads; a failure to do so must not hide the study's own outcome.
            throw new IllegalStateException("The study's runner could not be closed.", e);
        }
    }
}
