package org.allianceplanner.model.rnd.plan;

import static java.util.Objects.requireNonNull;

/**
 * Names one task: its program and its task id.
 *
 * @param programId program
 * @param taskId task, unique within the program
 */
public record TaskRef(String programId, String taskId) {
    public TaskRef {
        requireNonNull(programId, "programId");
        requireNonNull(taskId, "taskId");
    }

    @Override
    public String toString() {
        return programId + "/" + taskId;
    }
}
