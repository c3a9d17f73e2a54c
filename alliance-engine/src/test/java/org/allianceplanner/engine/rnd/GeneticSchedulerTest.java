package org.allianceplanner.engine.rnd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.allianceplanner.model.plan.SolveReport;
import org.allianceplanner.model.plan.SolveStatus;
import org.allianceplanner.model.rnd.RndProgram;
import org.allianceplanner.model.rnd.RndTask;
import org.allianceplanner.model.rnd.RndTaskNeed;
import org.allianceplanner.model.rnd.RndTeam;
import org.allianceplanner.model.rnd.plan.RndPlan;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.testkit.TestScenarios;
import org.allianceplanner.testkit.rnd.RndScheduleChecker;
import org.junit.jupiter.api.Test;

/**
 * The genetic search: its schedules pass the independent {@link RndScheduleChecker}, are never worse
 * than the schedule it starts from nor better than a proven optimum, reach CP-SAT's proven optimum on
 * small instances, and repeat exactly for the same seed and budget.
 */
class GeneticSchedulerTest {
    private static final RndSolveOptions OPTIONS = new RndSolveOptions(20, 2, 1, 0, null);
    private static final long NO_DEADLINE = Long.MAX_VALUE;

    /** Every partner of 40 random scenarios: 1–2 programs of 2–5 tasks, two skills. */
    @Test
    void reachesTheProvenOptimumOfSmallStandaloneInstances() {
        int instances = 0;
        for (long seed = 1; seed <= 40; seed++) {
            Scenario scenario = RndScenarios.random(seed);
            for (String partner : RndScenarios.partnersOf(scenario)) {
                RndInstance instance = new RndInstance(scenario, List.of(partner), null);
                RndSchedule first = SerialScheduleGenerator.latestStartSchedule(instance);

                RndSchedule searched = GeneticScheduler.improve(
                                instance, first, 0, 2, seed, new GeneticScheduler.Budget(4_000, 4_000, NO_DEADLINE))
                        .schedule();

                assertSound(scenario, instance, searched);
                RndCpSatTranslator.Result optimum = RndCpSatTranslator.solve(instance, null, OPTIONS);
                assertThat(optimum.status()).isEqualTo(SolveStatus.OPTIMAL);
                assertThat(searched.objective(instance))
                        .as("seed %d, partner %s", seed, partner)
                        .isEqualTo(optimum.bound());
                instances++;
            }
        }
        assertThat(instances).isGreaterThanOrEqualTo(80);
    }

    /**
     * One program of 60 tasks on three skills with tight teams: the search improves on the serial
     * heuristic's schedule and stays above CP-SAT's bound, and the same seed and budget give the same
     * schedule twice.
     */
    @Test
    void improvesALargerProgramSoundlyAndRepeatsItself() {
        int improved = 0;
        for (long seed = 1; seed <= 5; seed++) {
            Scenario scenario = randomProgram(seed, 60);
            RndInstance instance = new RndInstance(scenario, List.of("A"), null);
            RndSchedule first = SerialScheduleGenerator.schedule(instance);
            GeneticScheduler.Budget budget = new GeneticScheduler.Budget(20_000, 20_000, NO_DEADLINE);

            RndSchedule searched = GeneticScheduler.improve(instance, first, 0, 2, seed, budget)
                    .schedule();
            RndSchedule again = GeneticScheduler.improve(instance, first, 0, 2, seed, budget)
                    .schedule();

            assertSound(scenario, instance, searched);
            assertThat(searched.objective(instance)).isLessThanOrEqualTo(first.objective(instance));
            assertThat(again.start).as("seed %d", seed).containsExactly(searched.start);
            RndCpSatTranslator.Result solved =
                    RndCpSatTranslator.solve(instance, null, OPTIONS.withTimeLimitSeconds(1));
            assertThat(searched.objective(instance)).isGreaterThanOrEqualTo(solved.bound());
            improved += searched.objective(instance) < first.objective(instance) ? 1 : 0;
        }
        assertThat(improved).isGreaterThanOrEqualTo(3);
    }

    /** Stops as soon as a schedule meets the lower bound it is given. */
    @Test
    void stopsAtTheLowerBound() {
        Scenario scenario = randomProgram(1, 30);
        RndInstance instance = new RndInstance(scenario, List.of("A"), null);
        RndSchedule first = SerialScheduleGenerator.schedule(instance);

        GeneticScheduler.Outcome outcome = GeneticScheduler.improve(
                instance,
                first,
                first.objective(instance),
                1,
                1,
                new GeneticScheduler.Budget(1_000_000, 1_000_000, NO_DEADLINE));

        assertThat(outcome.stoppedBy()).isEqualTo("lower bound");
        assertThat(outcome.schedules()).isLessThan(10);
    }

    /** Gives up when it cannot beat the schedule it starts from, here a proven optimum. */
    @Test
    void givesUpWhenItCannotBeatAnOptimalStart() {
        Scenario scenario = randomProgram(2, 30);
        RndInstance instance = new RndInstance(scenario, List.of("A"), null);
        RndCpSatTranslator.Result optimum = RndCpSatTranslator.solve(instance, null, OPTIONS);
        assertThat(optimum.status()).isEqualTo(SolveStatus.OPTIMAL);

        GeneticScheduler.Outcome outcome = GeneticScheduler.improve(
                instance, optimum.schedule(), 0, 1, 1, new GeneticScheduler.Budget(1_000_000, 2_000, NO_DEADLINE));

        assertThat(outcome.stoppedBy()).isEqualTo("no gain");
        assertThat(outcome.schedules()).isBetween(2_000L, 4_000L);
        assertThat(outcome.schedule().objective(instance)).isEqualTo(optimum.bound());
    }

    /**
     * A search that gives up has stalled for all its schedules, restart fills included, on one island
     * and on two: the planner reads that stall as "probably optimal" and asks CP-SAT for a proof.
     */
    @Test
    void countsEveryScheduleOfAStallAcrossRestarts() {
        Scenario scenario = randomProgram(2, 30);
        RndInstance instance = new RndInstance(scenario, List.of("A"), null);
        RndCpSatTranslator.Result optimum = RndCpSatTranslator.solve(instance, null, OPTIONS);
        long giveUpAfter = 3 * GeneticScheduler.RESTART_AFTER;

        for (int islands = 1; islands <= 2; islands++) {
            GeneticScheduler.Outcome outcome = GeneticScheduler.improve(
                    instance,
                    optimum.schedule(),
                    0,
                    islands,
                    1,
                    new GeneticScheduler.Budget(1_000_000, giveUpAfter, NO_DEADLINE));

            assertThat(outcome.stoppedBy()).isEqualTo("no gain");
            // Every island generated at least giveUpAfter schedules, and none of them was a gain.
            assertThat(outcome.schedulesSinceGain()).as("%d islands", islands).isGreaterThanOrEqualTo(giveUpAfter);
            assertThat(outcome.schedulesSinceGain()).isLessThanOrEqualTo(outcome.schedules());
        }
    }

    /**
     * Interrupting the caller (a cancelled job) stops the search's island threads too, long before
     * their deadline; otherwise they would go on using the cores for the rest of the time limit.
     */
    @Test
    void stopsItsIslandsWhenTheCallerIsInterrupted() throws InterruptedException {
        Scenario scenario = randomProgram(1, 60);
        RndInstance instance = new RndInstance(scenario, List.of("A"), null);
        RndSchedule first = SerialScheduleGenerator.schedule(instance);
        Set<Thread> before = searchThreads();
        long deadline = System.nanoTime() + 60_000_000_000L;
        GeneticScheduler.Outcome[] outcome = new GeneticScheduler.Outcome[1];
        Thread caller = new Thread(() -> outcome[0] = GeneticScheduler.improve(
                instance, first, 0, 2, 1, new GeneticScheduler.Budget(Long.MAX_VALUE, Long.MAX_VALUE, deadline)));
        caller.setDaemon(true);
        caller.start();
        try {
            Set<Thread> islands = newSearchThreads(before, 2);
            assertThat(islands).hasSize(2);

            caller.interrupt();
            caller.join(5_000);
            for (Thread island : islands) {
                island.join(5_000);
            }

            assertThat(caller.isAlive()).isFalse();
            assertThat(outcome[0].stoppedBy()).isEqualTo("interrupted");
            assertThat(islands).noneMatch(Thread::isAlive);
        } finally {
            caller.interrupt();
        }
    }

    /** The search threads running now. */
    static Set<Thread> searchThreads() {
        Set<Thread> threads = new HashSet<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("rnd-genetic") && thread.isAlive()) {
                threads.add(thread);
            }
        }
        return threads;
    }

    /** The search threads started since {@code before}, once there are {@code count} (or after 20 s). */
    static Set<Thread> newSearchThreads(Set<Thread> before, int count) throws InterruptedException {
        long giveUp = System.nanoTime() + 20_000_000_000L;
        while (true) {
            Set<Thread> started = searchThreads();
            started.removeAll(before);
            if (started.size() >= count || System.nanoTime() > giveUp) {
                return started;
            }
            // Threads start asynchronously and give no signal a test can wait on: poll.
            Thread.sleep(20);
        }
    }

    private static void assertSound(Scenario scenario, RndInstance instance, RndSchedule schedule) {
        RndPlan plan = RndPlanDecoder.plan(
                instance, schedule, new SolveReport(SolveStatus.FEASIBLE, Double.NaN, Double.NaN, Double.NaN, 0), 0);
        assertThat(RndScheduleChecker.violations(scenario, plan)).isEmpty();
    }

    /**
     * Partner A's one program of {@code tasks} tasks, 1–8 months each, each waiting for up to three
     * earlier ones and needing 1–4 of A's 4–6 teams of one or two of three skills.
     */
    static Scenario randomProgram(long seed, int tasks) {
        Random random = new Random(seed);
        List<RndTask> taskRows = new ArrayList<>();
        List<RndTaskNeed> needs = new ArrayList<>();
        String[] skills = {"X", "Y", "Z"};
        for (int t = 0; t < tasks; t++) {
            List<String> predecessors = new ArrayList<>();
            for (int k = 0; k < 3 && t > 0; k++) {
                String predecessor = "T" + random.nextInt(t);
                if (random.nextBoolean() && !predecessors.contains(predecessor)) {
                    predecessors.add(predecessor);
                }
            }
            taskRows.add(new RndTask("A-P", "T" + t, "Task " + t, 1 + random.nextInt(8), predecessors, null));
            int first = random.nextInt(3);
            needs.add(new RndTaskNeed("A-P", "T" + t, skills[first], 1 + random.nextInt(4)));
            if (random.nextBoolean()) {
                needs.add(new RndTaskNeed("A-P", "T" + t, skills[(first + 1) % 3], 1 + random.nextInt(4)));
            }
        }
        return TestScenarios.twoPartners().toBuilder()
                .rndPrograms(List.of(new RndProgram("A-P", "A", "Platform", 1_000_000)))
                .rndTasks(taskRows)
                .rndTaskNeeds(needs)
                .rndTeams(List.of(
                        new RndTeam("A", "X", 4 + random.nextInt(3)),
                        new RndTeam("A", "Y", 4 + random.nextInt(3)),
                        new RndTeam("A", "Z", 4 + random.nextInt(3))))
                .build();
    }
}
