package org.allianceplanner.model.rnd.plan;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One task on a program's critical chain and what made it start when it did.
 *
 * @param task the task (for a shared task, the copy that does the work)
 * @param startMonth start
 * @param endMonth end
 * @param cause why it could not start earlier
 * @param waitedFor the predecessor it waited for, when {@code cause} is {@link
 *     WaitCause#PREDECESSOR}
 * @param teamPartnerId whose teams were busy, when {@code cause} is {@link WaitCause#TEAMS}
 * @param teamSkill which skill, when {@code cause} is {@link WaitCause#TEAMS}
 * @param sentence the step in words
 */
public record ChainStep(
        TaskRef task,
        int startMonth,
        int endMonth,
        WaitCause cause,
        @Nullable TaskRef waitedFor,
        @Nullable String teamPartnerId,
        @Nullable String teamSkill,
        String sentence) {
    public ChainStep {
        requireNonNull(task, "task");
        requireNonNull(cause, "cause");
        requireNonNull(sentence, "sentence");
    }
}
