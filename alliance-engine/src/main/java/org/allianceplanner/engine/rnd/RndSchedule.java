package org.allianceplanner.engine.rnd;

import java.util.Arrays;

/**
 * A schedule in the instance's numbering, free of solver types: each task's start, the copy that
 * serves a shared task (or -1 when the task runs itself) and the partner staffing each of its
 * needs. Mutable; owned by one thread.
 */
final class RndSchedule {
    final int[] start;
    final int[] server;
    final int[][] supplier;

    RndSchedule(RndInstance instance) {
        int tasks = instance.tasks.size();
        start = new int[tasks];
        server = new int[tasks];
        supplier = new int[tasks][];
        Arrays.fill(server, -1);
        for (RndInstance.Task task : instance.tasks) {
            supplier[task.index()] = new int[task.needs().size()];
            Arrays.fill(supplier[task.index()], instance.partnerOf(task));
        }
    }

    boolean executed(int task) {
        return server[task] < 0;
    }

    /** The task that does the work of {@code task}: itself, or its server. */
    int worker(int task) {
        return server[task] < 0 ? task : server[task];
    }

    int end(RndInstance instance, int task) {
        return start[task] + instance.tasks.get(task).duration();
    }

    /** Month the result of {@code task} is ready for its successors. */
    int ready(RndInstance instance, int task) {
        return end(instance, worker(task));
    }

    int completion(RndInstance instance, int program) {
        int completion = 0;
        for (RndInstance.Task task : instance.tasks) {
            if (task.program() == program) {
                completion = Math.max(completion, ready(instance, task.index()));
            }
        }
        return completion;
    }

    /** Σ integer weight × completion: the solver's objective. */
    long objective(RndInstance instance) {
        long objective = 0;
        for (int p = 0; p < instance.programs.size(); p++) {
            objective += instance.programs.get(p).weight() * completion(instance, p);
        }
        return objective;
    }
}
