package org.allianceplanner.engine.rnd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.allianceplanner.model.plan.SolveReport;
import org.allianceplanner.model.plan.SolveStatus;
import org.allianceplanner.model.rnd.plan.RndPlan;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.testkit.rnd.RndScheduleChecker;
import org.junit.jupiter.api.Test;

/**
 * {@link RndCpSatTranslator#improveOrProve}, CP-SAT asked "is there a better plan?": it proves a
 * proven optimum optimal and never claims better than it, and from a worse plan it reaches the
 * optimum that minimizing finds, with schedules the independent {@link RndScheduleChecker} accepts.
 */
class RndDecisionSolveTest {
    private static final RndSolveOptions OPTIONS = new RndSolveOptions(20, 2, 1, 0, null);

    /** One program of 25 tasks, ten seeds; the optimum comes from CP-SAT minimizing. */
    @Test
    void provesAnOptimumAndReachesItFromTheSerialHeuristic() {
        int improved = 0;
        for (long seed = 1; seed <= 10; seed++) {
            Scenario scenario = GeneticSchedulerTest.randomProgram(seed, 25);
            RndInstance instance = new RndInstance(scenario, List.of("A"), null);
            RndCpSatTranslator.Result optimum = RndCpSatTranslator.solve(instance, null, OPTIONS);
            assertThat(optimum.status()).isEqualTo(SolveStatus.OPTIMAL);

            RndCpSatTranslator.Result proof = RndCpSatTranslator.improveOrProve(instance, optimum.schedule(), OPTIONS);

            assertThat(proof.status()).as("seed %d", seed).isEqualTo(SolveStatus.OPTIMAL);
            assertThat(proof.schedule()).isSameAs(optimum.schedule());

            RndSchedule serial = SerialScheduleGenerator.latestStartSchedule(instance);
            RndCpSatTranslator.Result fromSerial = RndCpSatTranslator.improveOrProve(instance, serial, OPTIONS);

            assertThat(fromSerial.status()).as("seed %d", seed).isEqualTo(SolveStatus.OPTIMAL);
            assertThat(fromSerial.schedule().objective(instance)).isEqualTo(optimum.bound());
            assertFeasible(scenario, instance, fromSerial.schedule());
            improved += serial.objective(instance) > optimum.bound() ? 1 : 0;
        }
        // The serial heuristic's schedule is worse than the optimum on most seeds, so the loop of
        // "find a better one, ask again" is exercised, not only the final "no".
        assertThat(improved).isGreaterThanOrEqualTo(5);
    }

    /** Coalitions of random scenarios (sharing, pooled teams, several programs), from their optimum. */
    @Test
    void provesTheOptimumOfRandomCoalitions() {
        int proven = 0;
        for (long seed = 1; seed <= 15; seed++) {
            Scenario scenario = RndScenarios.random(seed);
            List<String> partners = RndScenarios.partnersOf(scenario);
            RndInstance instance = new RndInstance(scenario, partners, null);
            RndCpSatTranslator.Result optimum = RndCpSatTranslator.solve(instance, null, OPTIONS);
            if (optimum.status() != SolveStatus.OPTIMAL) {
                continue;
            }
            proven++;

            RndCpSatTranslator.Result proof = RndCpSatTranslator.improveOrProve(instance, optimum.schedule(), OPTIONS);

            assertThat(proof.status()).as("seed %d", seed).isEqualTo(SolveStatus.OPTIMAL);
            assertThat(proof.schedule()).isSameAs(optimum.schedule());
        }
        assertThat(proven).isGreaterThanOrEqualTo(12);
    }

    /**
     * Out of time on a 300-task program: the best plan found comes back unproven, no worse than the
     * incumbent, feasible, without a bound, and within the limit (give or take CP-SAT's stop).
     */
    @Test
    void returnsItsBestPlanUnprovenWhenTimeRunsOut() {
        Scenario scenario = GeneticSchedulerTest.randomProgram(3, 300);
        RndInstance instance = new RndInstance(scenario, List.of("A"), null);
        RndSchedule serial = SerialScheduleGenerator.latestStartSchedule(instance);
        long started = System.nanoTime();

        RndCpSatTranslator.Result result =
                RndCpSatTranslator.improveOrProve(instance, serial, OPTIONS.withTimeLimitSeconds(0.5));

        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(result.status()).isEqualTo(SolveStatus.FEASIBLE);
        assertThat(result.bound()).isZero();
        assertThat(result.schedule().objective(instance)).isLessThanOrEqualTo(serial.objective(instance));
        assertFeasible(scenario, instance, result.schedule());
        assertThat(seconds).isLessThan(1.5);
    }

    private static void assertFeasible(Scenario scenario, RndInstance instance, RndSchedule schedule) {
        RndPlan plan = RndPlanDecoder.plan(
                instance, schedule, new SolveReport(SolveStatus.FEASIBLE, Double.NaN, Double.NaN, Double.NaN, 0), 0);
        assertThat(RndScheduleChecker.violations(scenario, plan)).isEmpty();
    }
}
