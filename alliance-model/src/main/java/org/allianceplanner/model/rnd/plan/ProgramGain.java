package org.allianceplanner.model.rnd.plan;

import static java.util.Objects.requireNonNull;

/**
 * What a coalition changes for one program: its completion alone and in the coalition, the months
 * saved and their value at the program's cost of delay.
 *
 * @param programId program
 * @param partnerId owner
 * @param name display name
 * @param standaloneCompletionMonth completion in the owner's standalone plan
 * @param jointCompletionMonth completion in the coalition's plan
 * @param costOfDelayPerMonthBase cost of delay in the base currency
 */
public record ProgramGain(
        String programId,
        String partnerId,
        String name,
        int standaloneCompletionMonth,
        int jointCompletionMonth,
        double costOfDelayPerMonthBase) {
    public ProgramGain {
        requireNonNull(programId, "programId");
        requireNonNull(partnerId, "partnerId");
        requireNonNull(name, "name");
    }

    /** Months the program reaches the market sooner in the coalition (negative when later). */
    public int monthsSaved() {
        return standaloneCompletionMonth - jointCompletionMonth;
    }

    /** Months saved × cost of delay, in the base currency. */
    public double valueBase() {
        return monthsSaved() * costOfDelayPerMonthBase;
    }
}
