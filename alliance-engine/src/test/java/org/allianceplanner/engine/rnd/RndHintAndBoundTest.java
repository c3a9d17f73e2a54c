package org.allianceplanner.engine.rnd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.allianceplanner.model.plan.SolveStatus;
import org.allianceplanner.model.rnd.RndProgram;
import org.allianceplanner.model.rnd.RndTask;
import org.allianceplanner.model.rnd.RndTaskNeed;
import org.allianceplanner.model.rnd.RndTeam;
import org.allianceplanner.model.rnd.plan.RndPlan;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.testkit.TestScenarios;
import org.junit.jupiter.api.Test;

/**
 * The solver-free lower bound and the hint heuristic: known answers worked out by hand, the bound
 * never above a proven optimum (random coalitions with sharing and borrowing here, tiny standalone
 * cases against brute force in {@link RndBruteForceTest}), and justification never delaying a
 * program nor breaking a precedence or a team capacity (checked here, independently of the
 * heuristic).
 */
class RndHintAndBoundTest {
    private static final RndSolveOptions OPTIONS = new RndSolveOptions(20, 2, 1, 0, null);

    /**
     * One team of X. Program P (cost 2) is one 2-month task, Q (cost 1) one 3-month task, both
     * needing the team: P first costs 2 × 2 + 1 × 5 = 9, Q first 1 × 3 + 2 × 5 = 13. The critical
     * paths only give 2 × 2 + 1 × 3 = 7; Smith's rule on the team's energy gives the optimum, 9.
     */
    @Test
    void boundsTwoProgramsOnOneTeamBySmithsRule() {
        Scenario scenario = TestScenarios.twoPartners().toBuilder()
                .rndPrograms(List.of(new RndProgram("P", "A", "P", 2), new RndProgram("Q", "A", "Q", 1)))
                .rndTasks(List.of(
                        new RndTask("P", "T", "P's task", 2, List.of(), null),
                        new RndTask("Q", "T", "Q's task", 3, List.of(), null)))
                .rndTaskNeeds(List.of(new RndTaskNeed("P", "T", "X", 1), new RndTaskNeed("Q", "T", "X", 1)))
                .rndTeams(List.of(new RndTeam("A", "X", 1)))
                .build();
        RndInstance instance = new RndInstance(scenario, List.of("A"), null);

        assertThat(EnergyLowerBound.criticalPathBound(instance) * instance.weightUnitBase)
                .isCloseTo(7.0, within(1e-9));
        assertThat(EnergyLowerBound.of(instance) * instance.weightUnitBase).isCloseTo(9.0, within(1e-9));
        assertThat(RndCpSatTranslator.relaxation(instance, new int[] {2, 3}, new int[] {0, 0}, 10, Long.MAX_VALUE)
                                .bound()
                        * instance.weightUnitBase)
                .isCloseTo(9.0, within(1e-9));
    }

    /**
     * One team of X. P (cost 1) is a 4-month task; Q (cost 10) a chain of two 1-month tasks. By
     * latest start, Q's first task goes first (tie, heavier program), then P's (latest start 0 before
     * Q's second at 1): Q completes at 6, P at 5, cost 65. Ranking Q before P gives Q at 2 and P at 6,
     * cost 26, the optimum.
     */
    @Test
    void ranksTheHeavyShortProgramFirst() {
        Scenario scenario = TestScenarios.twoPartners().toBuilder()
                .rndPrograms(List.of(new RndProgram("P", "A", "P", 1), new RndProgram("Q", "A", "Q", 10)))
                .rndTasks(List.of(
                        new RndTask("P", "A1", "long", 4, List.of(), null),
                        new RndTask("Q", "B1", "first", 1, List.of(), null),
                        new RndTask("Q", "B2", "second", 1, List.of("B1"), null)))
                .rndTaskNeeds(List.of(
                        new RndTaskNeed("P", "A1", "X", 1),
                        new RndTaskNeed("Q", "B1", "X", 1),
                        new RndTaskNeed("Q", "B2", "X", 1)))
                .rndTeams(List.of(new RndTeam("A", "X", 1)))
                .build();
        RndInstance instance = new RndInstance(scenario, List.of("A"), null);

        assertThat(SerialScheduleGenerator.latestStartSchedule(instance).objective(instance) * instance.weightUnitBase)
                .isCloseTo(65.0, within(1e-9));
        assertThat(SerialScheduleGenerator.schedule(instance).objective(instance) * instance.weightUnitBase)
                .isCloseTo(26.0, within(1e-9));
    }

    @Test
    void justificationNeverDelaysAProgramAndKeepsTheScheduleFeasible() {
        int improved = 0;
        for (long seed = 1; seed <= 40; seed++) {
            Scenario scenario = RndScenarios.random(seed);
            for (String partner : RndScenarios.partnersOf(scenario)) {
                RndInstance instance = new RndInstance(scenario, List.of(partner), null);
                RndSchedule before = SerialScheduleGenerator.latestStartSchedule(instance);

                RndSchedule after = GeneticScheduler.justified(instance, before);

                assertFeasible(instance, after);
                for (int p = 0; p < instance.programs.size(); p++) {
                    assertThat(after.completion(instance, p))
                            .as("seed %d, %s, program %d", seed, partner, p)
                            .isLessThanOrEqualTo(before.completion(instance, p));
                }
                improved += after.objective(instance) < before.objective(instance) ? 1 : 0;
            }
        }
        assertThat(improved).isPositive();
    }

    private static void assertFeasible(RndInstance instance, RndSchedule schedule) {
        long[][] busy = new long[instance.skills.size()][instance.horizon + 1];
        for (RndInstance.Task task : instance.tasks) {
            int t = task.index();
            assertThat(schedule.start[t]).isNotNegative();
            for (int p : task.predecessors()) {
                assertThat(schedule.start[t])
                        .isGreaterThanOrEqualTo(
                                schedule.start[p] + instance.tasks.get(p).duration());
            }
            for (RndInstance.Need need : task.needs()) {
                for (int m = schedule.start[t]; m < schedule.start[t] + task.duration(); m++) {
                    busy[need.skill()][m] += need.teams();
                    assertThat(busy[need.skill()][m]).isLessThanOrEqualTo(instance.capacityTeams[0][need.skill()]);
                }
            }
        }
    }

    @Test
    void neverBoundsAboveAProvenOptimumOfARandomCoalition() {
        int proven = 0;
        for (long seed = 1; seed <= 25; seed++) {
            Scenario scenario = RndScenarios.random(seed);
            List<String> partners = RndScenarios.partnersOf(scenario);
            RndPlan joint = RndPlanner.of(scenario).plan(partners, OPTIONS);
            if (joint.report().status() != SolveStatus.OPTIMAL) {
                continue;
            }
            proven++;
            RndInstance instance = new RndInstance(scenario, partners, null);
            long full = EnergyLowerBound.of(instance);
            double bound = full * instance.weightUnitBase;
            // Weights are cost of delay rounded to 10⁻⁶ of the largest: allow that rounding.
            assertThat(bound)
                    .as("seed %d", seed)
                    .isLessThanOrEqualTo(joint.report().objective() * (1 + 1e-5));
            // The LP's rounds cut short by deadlines that stop it after none, some or most of its rounds
            // (or inside a GLOP solve): still a bound, never above the full one nor below the LP-free one.
            long withoutLp =
                    EnergyLowerBound.compute(instance, System.nanoTime()).weighted();
            for (long micros : new long[] {300, 1_000, 3_000, 10_000}) {
                long rushed = EnergyLowerBound.compute(instance, System.nanoTime() + micros * 1_000)
                        .weighted();
                assertThat(rushed).as("seed %d, %d µs", seed, micros).isBetween(withoutLp, full);
            }
        }
        assertThat(proven).isGreaterThanOrEqualTo(20);
    }
}
