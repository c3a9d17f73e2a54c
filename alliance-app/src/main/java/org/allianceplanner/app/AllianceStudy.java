package org.allianceplanner.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.allianceplanner.app.runner.LocalStudyRunner;
import org.allianceplanner.app.runner.StudyContext;
import org.allianceplanner.app.runner.StudyRunner;
import org.allianceplanner.engine.alliance.AllianceOptions;
import org.allianceplanner.engine.alliance.AllianceRanking;
import org.allianceplanner.engine.alliance.CoalitionJob;
import org.allianceplanner.engine.alliance.PlannedCoalitions;
import org.allianceplanner.engine.alliance.StudyPlan;
import org.allianceplanner.engine.alliance.StudyProgress;
import org.allianceplanner.engine.solver.Cancellation;
import org.allianceplanner.engine.solver.Elapsed;
import org.allianceplanner.model.alliance.AllianceComparison;
import org.allianceplanner.model.alliance.AllianceStudyResult;
import org.allianceplanner.model.alliance.ScenarioOutline;
import org.allianceplanner.model.partner.CandidateCoalition;
import org.allianceplanner.model.rnd.plan.BreakEvenFriction;
import org.allianceplanner.model.scenario.Scenario;

/**
 * The whole alliance study of a scenario (DESIGN.md §2.4), layer by layer: every partner alone, then
 * the coalitions of each size the {@link StudyPlan} needs (each started from the best split into
 * groups already planned), then the alliances ranked, the best ones' break-even friction searched, and
 * every alliance's gain split. The pieces of each layer run on a {@link StudyRunner}.
 *
 * <p>Thread-safe; blocks the calling thread until the study is done.
 */
public final class AllianceStudy {
    private AllianceStudy() {}

    /**
     * The study on a local pool of {@link AllianceOptions#threads()} threads, never cancelled.
     *
     * @throws org.allianceplanner.engine.solver.PlanningException when some plan cannot be made
     * @throws IllegalArgumentException as {@link StudyPlan#alliancesOf(Scenario)}
     */
    public static AllianceStudyResult run(Scenario scenario, AllianceOptions options, StudyProgress progress) {
        try (LocalStudyRunner runner = new LocalStudyRunner(options.threads())) {
            return run(scenario, options, runner, new Cancellation(), progress);
        }
    }

    /**
     * The study with its pieces on {@code runner}.
     *
     * @throws org.allianceplanner.engine.solver.PlanningCancelledException when {@code cancellation} is
     *     cancelled before the study ends
     * @throws org.allianceplanner.engine.solver.PlanningException when some plan cannot be made
     * @throws IllegalArgumentException as {@link StudyPlan#alliancesOf(Scenario)}
     */
    public static AllianceStudyResult run(
            Scenario scenario,
            AllianceOptions options,
            StudyRunner runner,
            Cancellation cancellation,
            StudyProgress progress) {
        long start = System.nanoTime();
        StudyPlan plan = StudyPlan.of(scenario, options);
        AtomicInteger done = new AtomicInteger();
        StudyContext context = new StudyContext(scenario, options, cancellation, label -> {
            synchronized (progress) {
                progress.done(label, done.incrementAndGet(), plan.pieces());
            }
        });
        PlannedCoalitions planned = new PlannedCoalitions(plan.partnerIds());
        runner.planAlone(context, plan.partnerIds()).forEach(planned::add);
        for (List<CandidateCoalition> layer : plan.layers()) {
            List<CoalitionJob> jobs = layer.stream()
                    .map(coalition -> planned.jobFor(coalition, options.warmStart()))
                    .toList();
            runner.planCoalitions(context, jobs).forEach(planned::add);
        }
        List<CandidateCoalition> ranked = AllianceRanking.rank(plan, planned);
        List<CoalitionJob> searched = AllianceRanking.breakEvenCandidates(plan, ranked).stream()
                .map(alliance -> new CoalitionJob(
                        alliance.coalitionId(), planned.membersAlone(alliance.partnerIds()), List.of()))
                .toList();
        Map<List<String>, BreakEvenFriction> breakEven = new HashMap<>();
        List<BreakEvenFriction> found = runner.searchBreakEven(context, searched);
        for (int i = 0; i < searched.size(); i++) {
            breakEven.put(searched.get(i).partnerIds(), found.get(i));
        }
        List<AllianceComparison> compared =
                AllianceRanking.compare(ranked, planned, breakEven, options.bargainingPowers());
        return new AllianceStudyResult(
                scenario.settings().name(),
                scenario.settings().baseCurrency(),
                StudyHash.of(scenario, options),
                options.levers(),
                ScenarioOutline.of(scenario),
                planned.standalone(),
                planned.coalitions(),
                compared,
                Elapsed.secondsSince(start));
    }
}
