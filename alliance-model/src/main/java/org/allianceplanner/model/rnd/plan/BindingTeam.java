package org.allianceplanner.model.rnd.plan;

import static java.util.Objects.requireNonNull;

/**
 * A team (partner and skill) that holds programs back: critical-chain tasks wait for it.
 *
 * @param partnerId partner
 * @param skill skill
 * @param waitingMonths months that tasks on critical chains waited for these teams, summed over
 *     programs
 * @param peakUtilization highest busy share of the teams' capacity in any month
 * @param sentence the finding in words
 */
public record BindingTeam(String partnerId, String skill, int waitingMonths, double peakUtilization, String sentence) {
    public BindingTeam {
        requireNonNull(partnerId, "partnerId");
        requireNonNull(skill, "skill");
        requireNonNull(sentence, "sentence");
    }
}
