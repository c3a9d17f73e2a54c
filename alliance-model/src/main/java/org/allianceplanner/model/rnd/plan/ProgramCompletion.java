package org.allianceplanner.model.rnd.plan;

import static java.util.Objects.requireNonNull;

/**
 * When a program is done: the month its last task's result is ready.
 *
 * @param programId program
 * @param partnerId owner
 * @param name display name
 * @param completionMonth months from the start of the plan until the program is complete
 * @param costOfDelayPerMonthBase cost of each month of delay, converted to the scenario's base
 *     currency
 */
public record ProgramCompletion(
        String programId, String partnerId, String name, int completionMonth, double costOfDelayPerMonthBase) {
    public ProgramCompletion {
        requireNonNull(programId, "programId");
        requireNonNull(partnerId, "partnerId");
        requireNonNull(name, "name");
    }

    /** Cost of delay × completion month, in the base currency: this program's term of the objective. */
    public double weightedCostBase() {
        return costOfDelayPerMonthBase * completionMonth;
    }
}
