package org.allianceplanner.engine.footprint;

import java.util.List;

/**
 * The footprint model has no plan, and these business rules are why. Its message lists every conflict
 * found, one per line, in words a planner understands.
 */
public final class PlanningException extends RuntimeException {
    private final List<String> conflicts;

    PlanningException(String summary, List<String> conflicts) {
        super(summary + (conflicts.isEmpty() ? "" : "\n  " + String.join("\n  ", conflicts)));
        this.conflicts = List.copyOf(conflicts);
    }

    /** The conflicting rules, one sentence each. */
    public List<String> conflicts() {
        return conflicts;
    }
}
