package org.allianceplanner.model.rnd;

import static java.util.Objects.requireNonNull;

/**
 * An R&amp;D program, such as a next-generation EV platform. Money is in the owner's currency.
 *
 * @param programId unique id
 * @param partnerId owner
 * @param name display name
 * @param costOfDelayPerMonth value lost for each month the program finishes later
 */
public record RndProgram(String programId, String partnerId, String name, double costOfDelayPerMonth) {
    public RndProgram {
        requireNonNull(programId, "programId");
        requireNonNull(partnerId, "partnerId");
        requireNonNull(name, "name");
    }
}
