package org.allianceplanner.model.rnd.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The chain of tasks and waits that fixes a program's completion: from month 0 to the last task,
 * each step either waits for the one before it or for busy teams. Shortening any step (or freeing
 * the teams it waited for) is the only way to finish the program sooner.
 *
 * @param programId program
 * @param completionMonth the program's completion
 * @param steps from the first task to the last
 * @param sentence the chain in words
 */
public record CriticalChain(String programId, int completionMonth, List<ChainStep> steps, String sentence) {
    public CriticalChain {
        requireNonNull(programId, "programId");
        steps = List.copyOf(steps);
        requireNonNull(sentence, "sentence");
    }
}
