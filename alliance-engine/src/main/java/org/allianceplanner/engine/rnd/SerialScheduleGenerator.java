package org.allianceplanner.engine.rnd;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A quick first schedule for a coalition of one, used as the solver's hint: the serial
 * schedule-generation scheme (Kolisch 1996). Tasks are taken in order of their latest start in an
 * unlimited-teams schedule of their program (ties: heavier program first) and each starts at the
 * earliest month its predecessors are done and its owner's teams are free. Only own teams, no
 * sharing: the schedule is feasible for every coalition containing the partner.
 */
final class SerialScheduleGenerator {
    private SerialScheduleGenerator() {}

    static RndSchedule schedule(RndInstance instance) {
        int tasks = instance.tasks.size();
        int[] earliestEnd = new int[tasks];
        int[] order = topologicalOrder(instance);
        for (int t : order) {
            int start = 0;
            for (int p : instance.tasks.get(t).predecessors()) {
                start = Math.max(start, earliestEnd[p]);
            }
            earliestEnd[t] = start + instance.tasks.get(t).duration();
        }
        int[] programLength = new int[instance.programs.size()];
        for (RndInstance.Task task : instance.tasks) {
            programLength[task.program()] = Math.max(programLength[task.program()], earliestEnd[task.index()]);
        }
        int[] latestStart = new int[tasks];
        for (int i = order.length - 1; i >= 0; i--) {
            RndInstance.Task task = instance.tasks.get(order[i]);
            int latestEnd = programLength[task.program()];
            for (int s : task.successors()) {
                latestEnd = Math.min(latestEnd, latestStart[s]);
            }
            latestStart[task.index()] = latestEnd - task.duration();
        }

        RndSchedule schedule = new RndSchedule(instance);
        TeamProfile profile = new TeamProfile(instance);
        boolean[] done = new boolean[tasks];
        int[] missing = new int[tasks];
        for (RndInstance.Task task : instance.tasks) {
            missing[task.index()] = task.predecessors().length;
        }
        for (int placed = 0; placed < tasks; placed++) {
            int next = -1;
            for (int t = 0; t < tasks; t++) {
                if (!done[t] && missing[t] == 0 && (next < 0 || before(instance, latestStart, t, next))) {
                    next = t;
                }
            }
            RndInstance.Task task = instance.tasks.get(next);
            int start = 0;
            for (int p : task.predecessors()) {
                start = Math.max(start, schedule.end(instance, p));
            }
            while (!profile.fits(schedule, next, start)) {
                start++;
                if (start + task.duration() > instance.horizon) {
                    throw new IllegalArgumentException("Task " + task.ref() + " needs more teams than its owner has;"
                            + " validate the scenario before planning.");
                }
            }
            schedule.start[next] = start;
            profile.add(schedule, next, start, 1);
            done[next] = true;
            for (int s : task.successors()) {
                missing[s]--;
            }
        }
        return schedule;
    }

    private static boolean before(RndInstance instance, int[] latestStart, int a, int b) {
        if (latestStart[a] != latestStart[b]) {
            return latestStart[a] < latestStart[b];
        }
        long weightA = instance.programs.get(instance.tasks.get(a).program()).weight();
        long weightB = instance.programs.get(instance.tasks.get(b).program()).weight();
        return weightA != weightB ? weightA > weightB : a < b;
    }

    static int[] topologicalOrder(RndInstance instance) {
        int tasks = instance.tasks.size();
        int[] missing = new int[tasks];
        Deque<Integer> ready = new ArrayDeque<>();
        for (RndInstance.Task task : instance.tasks) {
            missing[task.index()] = task.predecessors().length;
            if (missing[task.index()] == 0) {
                ready.add(task.index());
            }
        }
        int[] order = new int[tasks];
        int count = 0;
        while (!ready.isEmpty()) {
            int t = ready.removeFirst();
            order[count++] = t;
            for (int s : instance.tasks.get(t).successors()) {
                if (--missing[s] == 0) {
                    ready.add(s);
                }
            }
        }
        if (count != tasks) {
            throw new IllegalArgumentException(
                    "R&D tasks wait for each other in a cycle; validate the scenario before planning.");
        }
        return order;
    }
}
