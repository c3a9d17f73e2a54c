package org.allianceplanner.model.rnd;

import static java.util.Objects.requireNonNull;

/**
 * How many teams of a skill a task occupies while it runs.
 *
 * @param programId program of the task
 * @param taskId task
 * @param skill skill, e.g. {@code battery-chemistry}
 * @param teams teams busy for the whole task
 */
public record RndTaskNeed(String programId, String taskId, String skill, int teams) {
    public RndTaskNeed {
        requireNonNull(programId, "programId");
        requireNonNull(taskId, "taskId");
        requireNonNull(skill, "skill");
    }
}
