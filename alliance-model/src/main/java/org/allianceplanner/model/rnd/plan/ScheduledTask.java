package org.allianceplanner.model.rnd.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * When one task runs, in whole months from the start of the plan (month 0). A task whose work is
 * shared in a coalition and done by another program's copy is not run itself: it names that copy in
 * {@code servedBy}, carries the copy's dates (its result is ready at {@code endMonth}) and has no
 * team assignments.
 *
 * @param programId program
 * @param taskId task
 * @param name display name
 * @param ownerPartnerId owner of the program
 * @param startMonth first month of work (inclusive)
 * @param endMonth month the result is ready (exclusive end; {@code start + duration})
 * @param servedBy the copy of this shared task that does the work, {@code null} when this task runs
 *     itself
 * @param assignments who staffs each skill the task needs; empty when {@code servedBy} is set
 * @param workTeamMonths the task's own work: duration × the teams it needs, summed over skills
 */
public record ScheduledTask(
        String programId,
        String taskId,
        String name,
        String ownerPartnerId,
        int startMonth,
        int endMonth,
        @Nullable TaskRef servedBy,
        List<TeamAssignment> assignments,
        int workTeamMonths) {
    public ScheduledTask {
        requireNonNull(programId, "programId");
        requireNonNull(taskId, "taskId");
        requireNonNull(name, "name");
        requireNonNull(ownerPartnerId, "ownerPartnerId");
        assignments = List.copyOf(assignments);
    }

    /** This task as a reference. */
    public TaskRef ref() {
        return new TaskRef(programId, taskId);
    }

    /** True when this task does its own work, false when a shared copy in another program does it. */
    public boolean executed() {
        return servedBy == null;
    }
}
