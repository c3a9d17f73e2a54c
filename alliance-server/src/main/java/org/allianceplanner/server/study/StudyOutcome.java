package org.allianceplanner.server.study;

import static java.util.Objects.requireNonNull;

/** How a study ended. */
public sealed interface StudyOutcome {
    /**
     * Planned.
     *
     * @param planJson the study as {@code report.json.PlanJson} writes it (plan.json)
     * @param summaryJson the dashboard's summary ({@link StudySummary#json}) of the same result
     */
    record Completed(String planJson, String summaryJson) implements StudyOutcome {
        public Completed {
            requireNonNull(planJson, "planJson");
            requireNonNull(summaryJson, "summaryJson");
        }
    }

    /**
     * Could not be planned.
     *
     * @param reason why, in a user's words (never a stack trace or a library's message)
     */
    record Failed(String reason) implements StudyOutcome {
        public Failed {
            requireNonNull(reason, "reason");
        }
    }

    /** Stopped because it was cancelled. */
    record Cancelled() implements StudyOutcome {}
}
