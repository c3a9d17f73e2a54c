package org.allianceplanner.engine.solver;

/** Planning stopped because its {@link Cancellation} was cancelled; no plan of the stopped work is kept. */
public final class PlanningCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PlanningCancelledException() {
        super("Planning was cancelled.");
    }
}
