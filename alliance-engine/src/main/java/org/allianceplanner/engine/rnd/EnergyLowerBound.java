package org.allianceplanner.engine.rnd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A lower bound on the weighted completion Σ weight × completion of every schedule of an instance,
 * computed without a solver, so that a plan's reported bound does not rest on CP-SAT's alone.
 *
 * <p>Two relaxations, each valid on its own:
 *
 * <ul>
 *   <li><b>Critical path.</b> A program cannot complete before its longest chain of tasks. A shared
 *       copy may be served by another copy of its group, so a chain counts a shared task with the
 *       shortest duration in its group.
 *   <li><b>Skill energy.</b> In every month, the executed tasks needing a skill use at most the
 *       coalition's pooled teams of that skill (a borrowed team only ever counts more, by friction).
 *       So the teams of a skill are a single machine of speed "pooled teams" that must process each
 *       program's team-months of that skill, preemptively; a program completes no earlier than its
 *       last task on the skill ends plus the shortest chain that follows such a task. On one machine,
 *       Σ weight × end of the last unit is smallest in Smith's order (team-months / weight, ascending),
 *       with or without preemption. Shared tasks are left out (they may be done by another program).
 * </ul>
 *
 * <p>The bound splits the programs into groups: one bounded by critical paths, and one per skill
 * bounded by that skill's machine (only its programs' energy counted, which is a relaxation again).
 * Bounds of disjoint program sets add up, so every split gives a valid bound; a local search over
 * the splits keeps the best. With two programs or more, the bound of the LP relaxation over task
 * ready months ({@link RndCpSatTranslator#relaxation}) is taken too, when higher. Each call
 * works on its own data; safe from any thread.
 */
final class EnergyLowerBound {
    /** Rounds of cuts in the LP relaxation; each round adds at most one cut per skill. */
    static final int LP_ROUNDS = 20;

    private final long[] weight;
    /** Duration in chains: a shared task's is the shortest of its group. */
    private final int[] duration;
    /** Longest chain before each task. */
    private final int[] head;

    private final int[] criticalPath;
    /** Team-months of each program on each skill, unshared tasks only. */
    private final long[][] energy;
    /** Shortest chain after any task of the program on the skill; −1 when it has no such task. */
    private final int[][] tailAfter;

    /** Pooled teams of each skill over the coalition's members. */
    private final long[] pooledTeams;

    private EnergyLowerBound(RndInstance instance) {
        int programs = instance.programs.size();
        int skills = instance.skills.size();
        int tasks = instance.tasks.size();
        weight = instance.programs.stream()
                .mapToLong(RndInstance.Program::weight)
                .toArray();
        duration = new int[tasks];
        for (RndInstance.Task task : instance.tasks) {
            duration[task.index()] = task.duration();
        }
        for (int[] group : instance.shareGroups) {
            int shortest = Arrays.stream(group)
                    .map(t -> instance.tasks.get(t).duration())
                    .min()
                    .orElseThrow();
            for (int t : group) {
                duration[t] = shortest;
            }
        }
        int[] order = SerialScheduleGenerator.topologicalOrder(instance);
        head = new int[tasks];
        int[] tail = new int[tasks];
        for (int t : order) {
            for (int p : instance.tasks.get(t).predecessors()) {
                head[t] = Math.max(head[t], head[p] + duration[p]);
            }
        }
        for (int i = order.length - 1; i >= 0; i--) {
            int t = order[i];
            for (int s : instance.tasks.get(t).successors()) {
                tail[t] = Math.max(tail[t], duration[s] + tail[s]);
            }
        }
        criticalPath = new int[programs];
        energy = new long[programs][skills];
        tailAfter = new int[programs][skills];
        for (int[] row : tailAfter) {
            Arrays.fill(row, -1);
        }
        for (RndInstance.Task task : instance.tasks) {
            int t = task.index();
            int p = task.program();
            criticalPath[p] = Math.max(criticalPath[p], head[t] + duration[t] + tail[t]);
            if (task.shareGroup() >= 0) {
                continue;
            }
            for (RndInstance.Need need : task.needs()) {
                int s = need.skill();
                energy[p][s] += (long) task.duration() * need.teams();
                tailAfter[p][s] = tailAfter[p][s] < 0 ? tail[t] : Math.min(tailAfter[p][s], tail[t]);
            }
        }
        pooledTeams = new long[skills];
        for (int q = 0; q < instance.partnerIds.size(); q++) {
            for (int s = 0; s < skills; s++) {
                pooledTeams[s] += instance.capacityTeams[q][s];
            }
        }
    }

    /**
     * A bound and, with two programs or more, each task's ready month in the LP relaxation's solution
     * (null with one program, or when the LP did not solve).
     *
     * @param weighted the bound in the instance's integer weight units (the solver's objective
     *     without sharing)
     */
    record Bound(long weighted, double @Nullable [] lpReadyMonth) {}

    /**
     * The best split of the programs and, with two programs or more, the LP relaxation of {@link
     * RndCpSatTranslator#relaxation} (with one program, CP-SAT's own bound is stronger), whichever is
     * higher. The LP's rounds of cuts stop at {@code deadlineNanos} (System.nanoTime); the bound is
     * valid whenever they stop.
     */
    static Bound compute(RndInstance instance, long deadlineNanos) {
        EnergyLowerBound bound = new EnergyLowerBound(instance);
        long best = bound.best();
        if (instance.programs.size() < 2) {
            return new Bound(best, null);
        }
        RndCpSatTranslator.Relaxation lp =
                RndCpSatTranslator.relaxation(instance, bound.duration, bound.head, LP_ROUNDS, deadlineNanos);
        return new Bound(Math.max(best, lp.bound()), lp.readyMonth().length == 0 ? null : lp.readyMonth());
    }

    /** The bound of {@link #compute}, without a deadline, in the instance's integer weight units. */
    static long of(RndInstance instance) {
        return compute(instance, Long.MAX_VALUE).weighted();
    }

    /** Σ weight × critical path: the bound with every program in the critical-path group. */
    static long criticalPathBound(RndInstance instance) {
        EnergyLowerBound bound = new EnergyLowerBound(instance);
        long total = 0;
        for (int p = 0; p < bound.weight.length; p++) {
            total += bound.weight[p] * bound.criticalPath[p];
        }
        return total;
    }

    /**
     * Group −1 is the critical-path group; group s ≥ 0 is skill s's machine. Single moves alone stall
     * (one program on a machine is bounded by less than its critical path), so the search starts from
     * every "all programs on one machine" split as well as from "all on critical paths".
     */
    private long best() {
        int programs = weight.length;
        int skills = pooledTeams.length;
        long best = 0;
        for (int start = -1; start < skills; start++) {
            int[] group = new int[programs];
            for (int p = 0; p < programs; p++) {
                group[p] = start >= 0 && canJoin(p, start) ? start : -1;
            }
            best = Math.max(best, improve(group));
        }
        return best;
    }

    /** First improvement over single moves until none helps; each accepted move strictly improves. */
    private long improve(int[] group) {
        int programs = weight.length;
        int skills = pooledTeams.length;
        long best = value(group);
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int p = 0; p < programs; p++) {
                int kept = group[p];
                for (int g = -1; g < skills; g++) {
                    if (g == kept || (g >= 0 && !canJoin(p, g))) {
                        continue;
                    }
                    group[p] = g;
                    long value = value(group);
                    if (value > best) {
                        best = value;
                        kept = g;
                        improved = true;
                    }
                }
                group[p] = kept;
            }
        }
        return best;
    }

    private boolean canJoin(int program, int skill) {
        return energy[program][skill] > 0 && pooledTeams[skill] > 0;
    }

    private long value(int[] group) {
        long total = 0;
        int skills = pooledTeams.length;
        List<List<Integer>> members = new ArrayList<>();
        for (int s = 0; s < skills; s++) {
            members.add(new ArrayList<>());
        }
        for (int p = 0; p < group.length; p++) {
            if (group[p] < 0) {
                total += weight[p] * criticalPath[p];
            } else {
                members.get(group[p]).add(p);
            }
        }
        for (int s = 0; s < skills; s++) {
            total += machineBound(s, members.get(s));
        }
        return total;
    }

    /**
     * Smith's rule on skill s's machine: Σ weight × (end of its energy + tail), rounded up. The ends
     * are exact fractions (Σ team-months before / pooled teams), so the sum is one fraction.
     */
    private long machineBound(int skill, List<Integer> programs) {
        if (programs.isEmpty()) {
            return 0;
        }
        List<Integer> smith = new ArrayList<>(programs);
        // energy_a / weight_a < energy_b / weight_b, cross-multiplied; weight 0 goes last.
        smith.sort((a, b) -> Long.compare(energy[a][skill] * weight[b], energy[b][skill] * weight[a]));
        long done = 0;
        long numerator = 0;
        long tails = 0;
        for (int p : smith) {
            done += energy[p][skill];
            numerator += weight[p] * done;
            tails += weight[p] * tailAfter[p][skill];
        }
        long teams = pooledTeams[skill];
        return tails + (numerator + teams - 1) / teams;
    }
}
