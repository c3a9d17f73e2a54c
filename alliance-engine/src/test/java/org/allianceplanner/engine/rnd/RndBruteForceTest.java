package org.allianceplanner.engine.rnd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * The solver's optimum equals the best of every possible schedule on tiny standalone cases, and the
 * solver-free lower bound is never above it.
 */
class RndBruteForceTest {
    private static final RndSolveOptions OPTIONS = new RndSolveOptions(20, 2, 1, 0, null);

    @Test
    void matchesTheBestOfEveryScheduleOnTinyTwoProgramCases() {
        for (long seed = 1; seed <= 8; seed++) {
            Random random = new Random(seed);
            List<RndTask> tasks = new ArrayList<>();
            List<RndTaskNeed> needs = new ArrayList<>();
            String[] programs = {"P", "Q"};
            for (String program : programs) {
                for (int t = 0; t < 2; t++) {
                    List<String> predecessors = t == 1 && random.nextBoolean() ? List.of("T0") : List.of();
                    tasks.add(new RndTask(program, "T" + t, "task", 1 + random.nextInt(3), predecessors, null));
                    needs.add(new RndTaskNeed(program, "T" + t, "X", 1 + random.nextInt(2)));
                }
            }
            Scenario scenario = TestScenarios.twoPartners().toBuilder()
                    .rndPrograms(List.of(
                            new RndProgram("P", "A", "P", 1 + random.nextInt(4)),
                            new RndProgram("Q", "A", "Q", 1 + random.nextInt(4))))
                    .rndTasks(tasks)
                    .rndTaskNeeds(needs)
                    .rndTeams(List.of(new RndTeam("A", "X", 2)))
                    .build();

            RndPlan plan = RndPlanner.of(scenario).standalone("A", OPTIONS);

            assertThat(RndScheduleChecker.violations(scenario, plan)).isEmpty();
            assertThat(plan.report().status()).isEqualTo(SolveStatus.OPTIMAL);
            double optimum = bruteForce(scenario, tasks, needs);
            assertThat(plan.report().objective()).as("seed %d", seed).isEqualTo(optimum);
            RndInstance instance = new RndInstance(scenario, List.of("A"), null);
            assertThat(EnergyLowerBound.of(instance) * instance.weightUnitBase)
                    .as("seed %d", seed)
                    .isLessThanOrEqualTo(optimum * (1 + 1e-9));
        }
    }

    /** Tries every start of every task in [0, Σ durations]. */
    private static double bruteForce(Scenario scenario, List<RndTask> tasks, List<RndTaskNeed> needs) {
        int horizon = tasks.stream().mapToInt(RndTask::durationMonths).sum();
        int[] start = new int[tasks.size()];
        double best = Double.MAX_VALUE;
        long combinations = (long) Math.pow(horizon + 1, tasks.size());
        for (long code = 0; code < combinations; code++) {
            long rest = code;
            for (int i = 0; i < start.length; i++) {
                start[i] = (int) (rest % (horizon + 1));
                rest /= horizon + 1;
            }
            if (feasible(tasks, needs, start, horizon)) {
                best = Math.min(best, cost(scenario, tasks, start));
            }
        }
        return best;
    }

    private static boolean feasible(List<RndTask> tasks, List<RndTaskNeed> needs, int[] start, int horizon) {
        int[] busy = new int[2 * horizon + 2];
        for (int i = 0; i < tasks.size(); i++) {
            RndTask task = tasks.get(i);
            for (String predecessor : task.predecessorTaskIds()) {
                int p = indexOf(tasks, task.programId(), predecessor);
                if (start[p] + tasks.get(p).durationMonths() > start[i]) {
                    return false;
                }
            }
            for (int m = start[i]; m < start[i] + task.durationMonths(); m++) {
                busy[m] += needs.get(i).teams();
                if (busy[m] > 2) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double cost(Scenario scenario, List<RndTask> tasks, int[] start) {
        double cost = 0;
        for (RndProgram program : scenario.rndPrograms()) {
            int completion = 0;
            for (int i = 0; i < tasks.size(); i++) {
                if (tasks.get(i).programId().equals(program.programId())) {
                    completion = Math.max(completion, start[i] + tasks.get(i).durationMonths());
                }
            }
            cost += program.costOfDelayPerMonth() * completion;
        }
        return cost;
    }

    private static int indexOf(List<RndTask> tasks, String program, String taskId) {
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).programId().equals(program)
                    && tasks.get(i).taskId().equals(taskId)) {
                return i;
            }
        }
        throw new IllegalArgumentException(taskId);
    }
}
