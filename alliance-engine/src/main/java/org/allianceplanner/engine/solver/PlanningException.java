package org.allianceplanner.engine.solver;

import java.util.List;

/**
 * A lever's model has no plan, and these business rules are why. Its message lists every conflict
 * found, one per line, in words a planner understands.
 */
public final class PlanningException extends RuntimeException {
    private final List<String> conflicts;

    public PlanningException(String summary, List<String> conflicts) {
        super(summary + (conflicts.isEmpty() ? "" : "\n  " + String.join("\n  ", conflicts)));
        this.conflicts = List.copyOf(conflicts);
    }

    /** The conflicting rules, one sentence each. */
    public List<String> conflicts() {
        return conflicts;
    }
}
