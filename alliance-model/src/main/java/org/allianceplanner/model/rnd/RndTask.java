package org.allianceplanner.model.rnd;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A task of an R&amp;D program. Tasks are identified by program and task id together.
 *
 * @param programId program
 * @param taskId id, unique within the program
 * @param name display name
 * @param durationMonths whole months
 * @param predecessorTaskIds tasks of the same program that must finish before this one starts
 * @param shareKey tasks of different partners with the same key are done once in a coalition;
 *     {@code null} when the task cannot be shared
 */
public record RndTask(
        String programId,
        String taskId,
        String name,
        int durationMonths,
        List<String> predecessorTaskIds,
        @Nullable String shareKey) {
    public RndTask {
        requireNonNull(programId, "programId");
        requireNonNull(taskId, "taskId");
        requireNonNull(name, "name");
        predecessorTaskIds = List.copyOf(predecessorTaskIds);
    }
}
