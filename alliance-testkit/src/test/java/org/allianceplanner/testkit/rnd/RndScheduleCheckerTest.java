package org.allianceplanner.testkit.rnd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.allianceplanner.model.plan.SolveReport;
import org.allianceplanner.model.plan.SolveStatus;
import org.allianceplanner.model.rnd.plan.ProgramCompletion;
import org.allianceplanner.model.rnd.plan.RndPlan;
import org.allianceplanner.model.rnd.plan.ScheduledTask;
import org.allianceplanner.model.rnd.plan.TeamAssignment;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.testkit.TestScenarios;
import org.junit.jupiter.api.Test;

class RndScheduleCheckerTest {
    private static final Scenario SCENARIO = TestScenarios.twoPartners();

    /** A's program by hand: T1 0–6 (2 battery teams), T2 at {@code t2Start} (2 vehicle teams), T3 after both. */
    private static RndPlan planOfA(int t2Start, int t3Start) {
        int completion = Math.max(t3Start + 4, t2Start + 8);
        return new RndPlan(
                List.of("A"),
                null,
                new SolveReport(SolveStatus.FEASIBLE, completion * 2_000_000.0, 0, 1, 0),
                List.of(
                        new ScheduledTask(
                                "A-NEXT",
                                "T1",
                                "Cell chemistry",
                                "A",
                                0,
                                6,
                                null,
                                List.of(new TeamAssignment("battery-chemistry", "A", 2, 2)),
                                12),
                        new ScheduledTask(
                                "A-NEXT",
                                "T2",
                                "Platform design",
                                "A",
                                t2Start,
                                t2Start + 8,
                                null,
                                List.of(new TeamAssignment("vehicle-engineering", "A", 2, 2)),
                                16),
                        new ScheduledTask(
                                "A-NEXT",
                                "T3",
                                "Integration",
                                "A",
                                t3Start,
                                t3Start + 4,
                                null,
                                List.of(new TeamAssignment("vehicle-engineering", "A", 1, 1)),
                                4)),
                List.of(new ProgramCompletion("A-NEXT", "A", "Next-generation EV", completion, 2_000_000)),
                List.of(),
                List.of(),
                List.of());
    }

    @Test
    void acceptsTheHandMadeOptimalPlanOfA() {
        assertThat(RndScheduleChecker.violations(SCENARIO, planOfA(0, 8))).isEmpty();
    }

    @Test
    void reportsATaskStartingBeforeItsPredecessorIsReady() {
        assertThat(RndScheduleChecker.violations(SCENARIO, planOfA(0, 7)))
                .anyMatch(problem -> problem.contains("before its predecessor T2 is ready in month 8"));
    }

    @Test
    void reportsTeamsBusierThanTheirCapacity() {
        // T3 (1 vehicle team) overlapping T2 (2 teams) needs 3 of A's 2 vehicle-engineering teams.
        RndPlan plan = planOfA(4, 8);

        assertThat(RndScheduleChecker.violations(SCENARIO, plan))
                .anyMatch(problem -> problem.contains("Teams A|vehicle-engineering are 3.00 busy in month 8"));
    }
}
