package org.allianceplanner.model.rnd;

import static java.util.Objects.requireNonNull;

/**
 * A partner's engineering capacity in one skill (a renewable resource).
 *
 * @param partnerId partner
 * @param skill skill
 * @param capacityTeams teams available at any time
 */
public record RndTeam(String partnerId, String skill, int capacityTeams) {
    public RndTeam {
        requireNonNull(partnerId, "partnerId");
        requireNonNull(skill, "skill");
    }
}
