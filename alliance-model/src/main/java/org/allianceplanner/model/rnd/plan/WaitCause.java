package org.allianceplanner.model.rnd.plan;

/** Why a task on a critical chain starts when it does. */
public enum WaitCause {
    /** It starts in month 0: nothing holds it. */
    PLAN_START,
    /** It waits for a predecessor's result (its own or, for a shared copy, another program's). */
    PREDECESSOR,
    /** Its predecessors are done, but the teams it needs are busy until it starts. */
    TEAMS
}
