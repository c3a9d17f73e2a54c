package org.allianceplanner.engine.rnd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.allianceplanner.model.plan.SolveStatus;
import org.allianceplanner.model.rnd.RndProgram;
import org.allianceplanner.model.rnd.RndTask;
import org.allianceplanner.model.rnd.RndTaskNeed;
import org.allianceplanner.model.rnd.RndTeam;
import org.allianceplanner.model.rnd.plan.BreakEvenFriction;
import org.allianceplanner.model.rnd.plan.RndComparison;
import org.allianceplanner.model.rnd.plan.RndPlan;
import org.allianceplanner.model.rnd.plan.ScheduledTask;
import org.allianceplanner.model.rnd.plan.TaskRef;
import org.allianceplanner.model.rnd.plan.TeamAssignment;
import org.allianceplanner.model.rnd.plan.WaitCause;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.testkit.TestScenarios;
import org.allianceplanner.testkit.rnd.RndScheduleChecker;
import org.junit.jupiter.api.Test;

class RndPlannerTest {
    private static final RndSolveOptions OPTIONS = new RndSolveOptions(20, 2, 1, 0, null);

    private static RndPlan checked(Scenario scenario, RndPlan plan) {
        assertThat(RndScheduleChecker.violations(scenario, plan)).isEmpty();
        return plan;
    }

    @Test
    void schedulesEachTestKitPartnerAloneInItsCriticalPathLength() {
        Scenario scenario = TestScenarios.twoPartners();
        RndPlanner planner = RndPlanner.of(scenario);

        RndPlan a = checked(scenario, planner.standalone("A", OPTIONS));
        RndPlan b = checked(scenario, planner.standalone("B", OPTIONS));

        assertThat(a.report().status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(a.program("A-NEXT").orElseThrow().completionMonth()).isEqualTo(12);
        assertThat(b.program("B-NEXT").orElseThrow().completionMonth()).isEqualTo(9);
        assertThat(a.report().objective()).isEqualTo(12 * 2_000_000.0);
        assertThat(b.report().objective()).isEqualTo(9 * 1_600_000 * 1.25);
        assertThat(a.tasks()).allMatch(ScheduledTask::executed);
    }

    @Test
    void doesTheSharedCellChemistryOnceAndSkipsTheCopyWithMoreWork() {
        Scenario scenario = TestScenarios.twoPartners();

        RndComparison comparison = RndPlanner.of(scenario).compare(List.of("B", "A"), OPTIONS);
        RndPlan joint = checked(scenario, comparison.jointPlan());

        assertThat(joint.partnerIds()).containsExactly("A", "B");
        ScheduledTask aCells = joint.task(new TaskRef("A-NEXT", "T1")).orElseThrow();
        ScheduledTask bCells = joint.task(new TaskRef("B-NEXT", "T1")).orElseThrow();
        // A's copy needs 2 teams for 6 months, B's 1: doing B's copy for both saves 12 team-months.
        assertThat(aCells.servedBy()).isEqualTo(new TaskRef("B-NEXT", "T1"));
        assertThat(bCells.executed()).isTrue();
        assertThat(comparison.workSavedTeamMonths()).isEqualTo(12);
        // Neither program gets faster: both critical paths are fixed by their own platform work.
        assertThat(comparison.gains()).allMatch(gain -> gain.monthsSaved() == 0);
        assertThat(comparison.synergyBase()).isZero();
    }

    @Test
    void borrowsIdleTeamsOfThePartnerToFinishFiveMonthsSooner() {
        Scenario scenario = RndScenarios.borrowing();
        RndComparison comparison = RndPlanner.of(scenario).compare(List.of("A", "B"), OPTIONS);

        RndPlan joint = checked(scenario, comparison.jointPlan());
        checked(scenario, comparison.standalonePlans().get(0));
        assertThat(comparison.gains()).singleElement().satisfies(gain -> {
            assertThat(gain.standaloneCompletionMonth()).isEqualTo(10);
            assertThat(gain.jointCompletionMonth()).isEqualTo(5);
            assertThat(gain.valueBase()).isEqualTo(5_000_000.0);
        });
        // At friction 0.3 the 2 borrowed teams keep 2 / 0.7 = 2.86 of B's 3 teams busy.
        TeamAssignment borrowed = joint.tasks().stream()
                .flatMap(task -> task.assignments().stream())
                .filter(assignment -> assignment.partnerId().equals("B"))
                .findFirst()
                .orElseThrow();
        assertThat(borrowed.teamsBusy()).isCloseTo(2.86, within(1e-9));
    }

    @Test
    void namesTheOwnTeamsAsTheBindingConstraintWhenWorkCannotRunInParallel() {
        Scenario scenario = RndScenarios.borrowing();

        RndPlan alone = checked(scenario, RndPlanner.of(scenario).standalone("A", OPTIONS));

        assertThat(alone.criticalChains()).singleElement().satisfies(chain -> {
            assertThat(chain.completionMonth()).isEqualTo(10);
            assertThat(chain.steps())
                    .extracting(step -> step.cause())
                    .containsExactly(WaitCause.PLAN_START, WaitCause.TEAMS);
        });
        assertThat(alone.bindingTeams()).singleElement().satisfies(team -> {
            assertThat(team.partnerId()).isEqualTo("A");
            assertThat(team.skill()).isEqualTo("X");
            assertThat(team.waitingMonths()).isEqualTo(5);
        });
    }

    @Test
    void findsTheBreakEvenFrictionWhereBorrowedTeamsStopFitting() {
        Scenario scenario = RndScenarios.borrowing();

        BreakEvenFriction breakEven = RndPlanner.of(scenario).breakEvenFriction(List.of("A", "B"), OPTIONS, 0.01);

        // Borrowing 2 teams needs 2 / (1 − f) ≤ 3 of B's teams: f ≤ 1/3.
        assertThat(breakEven.outcome()).isEqualTo(BreakEvenFriction.Outcome.FOUND);
        assertThat(breakEven.friction()).isBetween(1 / 3.0, 1 / 3.0 + 0.01);
        assertThat(breakEven.points()).allMatch(point -> point.friction() > 1 / 3.0 == (point.synergyBase() == 0));
    }

    @Test
    void borrowsNothingAtFrictionOne() {
        Scenario scenario = RndScenarios.borrowing();

        RndPlan joint =
                checked(scenario, RndPlanner.of(scenario).plan(List.of("A", "B"), OPTIONS.withFrictionOverride(1.0)));

        assertThat(joint.tasks())
                .flatMap(ScheduledTask::assignments)
                .allMatch(assignment -> assignment.partnerId().equals("A"));
        assertThat(joint.lastCompletionMonth()).isEqualTo(10);
    }

    @Test
    void reportsSharingAloneAsABreakEvenAboveOne() {
        Scenario scenario = RndScenarios.borrowing().toBuilder()
                .rndPrograms(List.of(
                        new org.allianceplanner.model.rnd.RndProgram("A-P", "A", "Cells", 1_000_000),
                        new org.allianceplanner.model.rnd.RndProgram("B-P", "B", "Cells too", 1_000_000)))
                .rndTasks(List.of(
                        new org.allianceplanner.model.rnd.RndTask("A-P", "T1", "Chemistry", 5, List.of(), "cells"),
                        new org.allianceplanner.model.rnd.RndTask("A-P", "T2", "Pack", 5, List.of(), null),
                        new org.allianceplanner.model.rnd.RndTask("B-P", "T1", "Chemistry", 5, List.of(), "cells")))
                .rndTaskNeeds(List.of(
                        new org.allianceplanner.model.rnd.RndTaskNeed("A-P", "T1", "X", 2),
                        new org.allianceplanner.model.rnd.RndTaskNeed("A-P", "T2", "X", 2),
                        new org.allianceplanner.model.rnd.RndTaskNeed("B-P", "T1", "X", 3)))
                .build();

        BreakEvenFriction breakEven = RndPlanner.of(scenario).breakEvenFriction(List.of("A", "B"), OPTIONS, 0.01);

        // B's chemistry serves A, so A's pack runs at once: 5 months sooner even with no pooling.
        assertThat(breakEven.outcome()).isEqualTo(BreakEvenFriction.Outcome.ABOVE_ONE);
        assertThat(breakEven.points()).last().satisfies(point -> assertThat(point.synergyBase())
                .isEqualTo(5_000_000.0));
    }

    @Test
    void aCoalitionIsNeverWorseThanItsMembersAloneOnRandomScenarios() {
        for (long seed = 1; seed <= 25; seed++) {
            Scenario scenario = RndScenarios.random(seed);
            List<String> partners = RndScenarios.partnersOf(scenario);
            RndComparison comparison = RndPlanner.of(scenario).compare(partners, OPTIONS);

            for (RndPlan plan : comparison.standalonePlans()) {
                checked(scenario, plan);
            }
            checked(scenario, comparison.jointPlan());
            double alone = comparison.standalonePlans().stream()
                    .mapToDouble(RndPlan::weightedCostBase)
                    .sum();
            assertThat(comparison.jointPlan().weightedCostBase())
                    .as("seed %d", seed)
                    .isLessThanOrEqualTo(alone + 1e-9);
            assertThat(comparison.synergyBase())
                    .as("seed %d", seed)
                    .isCloseTo(alone - comparison.jointPlan().weightedCostBase(), within(1e-6));
        }
    }

    @Test
    void doesTheBatteryChemistryOnceForAllThreePartners() {
        Scenario scenario = TestScenarios.threePartners();

        RndPlan joint = checked(scenario, RndPlanner.of(scenario).plan(List.of("A", "B", "C"), OPTIONS));

        assertThat(joint.tasks())
                .filteredOn(task -> task.taskId().equals("T1"))
                .filteredOn(ScheduledTask::executed)
                .hasSize(1);
        assertThat(joint.report().status()).isEqualTo(SolveStatus.OPTIMAL);
    }

    /**
     * Thirty one-task programs on one team: a single machine, where Smith's rule (duration / cost of
     * delay, ascending) is optimal and the energy bound equals it. CP-SAT does not prove that in its
     * first 0.5 s; the genetic search then meets the bound, and the plan is reported optimal without
     * another solve (with that shortcut removed, these ended `feasible` after the whole limit).
     */
    @Test
    void reportsAPartnersPlanOptimalWhenTheSearchMeetsTheEnergyBound() {
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            int programs = 30;
            int[] months = new int[programs];
            int[] cost = new int[programs];
            List<RndProgram> programRows = new ArrayList<>();
            List<RndTask> taskRows = new ArrayList<>();
            List<RndTaskNeed> needRows = new ArrayList<>();
            for (int i = 0; i < programs; i++) {
                months[i] = 1 + random.nextInt(12);
                cost[i] = 1 + random.nextInt(100);
                programRows.add(new RndProgram("P" + i, "A", "Program " + i, cost[i]));
                taskRows.add(new RndTask("P" + i, "T", "Task", months[i], List.of(), null));
                needRows.add(new RndTaskNeed("P" + i, "T", "X", 1));
            }
            Scenario scenario = TestScenarios.twoPartners().toBuilder()
                    .rndPrograms(programRows)
                    .rndTasks(taskRows)
                    .rndTaskNeeds(needRows)
                    .rndTeams(List.of(new RndTeam("A", "X", 1)))
                    .build();
            Integer[] smith = new Integer[programs];
            for (int i = 0; i < programs; i++) {
                smith[i] = i;
            }
            Arrays.sort(smith, Comparator.comparingDouble(i -> months[i] / (double) cost[i]));
            long optimum = 0;
            long done = 0;
            for (int i : smith) {
                done += months[i];
                optimum += cost[i] * done;
            }

            RndPlan plan =
                    checked(scenario, RndPlanner.of(scenario).standalone("A", new RndSolveOptions(5, 2, 1, 0, null)));

            assertThat(plan.report().status()).as("seed %d", seed).isEqualTo(SolveStatus.OPTIMAL);
            assertThat(plan.report().objective()).as("seed %d", seed).isCloseTo(optimum, within(1e-6));
        }
    }

    /**
     * A cancelled job: once interrupted during the genetic search, the planner stops with a message
     * instead of handing CP-SAT (which does not heed interrupts) the rest of a 30 s limit.
     */
    @Test
    void stopsWhenInterruptedDuringTheSearch() throws InterruptedException {
        Scenario scenario = GeneticSchedulerTest.randomProgram(3, 300);
        RndSolveOptions options = new RndSolveOptions(30, 2, 1, 0, null);
        Set<Thread> before = GeneticSchedulerTest.searchThreads();
        Throwable[] failure = new Throwable[1];
        Thread caller = new Thread(() -> {
            try {
                RndPlanner.of(scenario).standalone("A", options);
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        });
        caller.setDaemon(true);
        caller.start();
        try {
            assertThat(GeneticSchedulerTest.newSearchThreads(before, 2))
                    .as("the search started")
                    .hasSize(2);

            caller.interrupt();
            caller.join(5_000);

            assertThat(caller.isAlive()).isFalse();
            assertThat(failure[0]).isInstanceOf(IllegalStateException.class).hasMessageContaining("Interrupted");
        } finally {
            caller.interrupt();
        }
    }
}
