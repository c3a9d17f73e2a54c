package org.allianceplanner.model.rnd.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * How busy one partner's teams of one skill are, month by month, including teams lent to partners
 * (counted at the friction-inflated figure).
 *
 * @param partnerId partner
 * @param skill skill
 * @param capacityTeams teams available at any time
 * @param busyTeamsByMonth teams busy in month 0, 1, …, up to the plan's last completion
 */
public record TeamLoad(String partnerId, String skill, int capacityTeams, List<Double> busyTeamsByMonth) {
    public TeamLoad {
        requireNonNull(partnerId, "partnerId");
        requireNonNull(skill, "skill");
        busyTeamsByMonth = List.copyOf(busyTeamsByMonth);
    }

    /** Highest busy share of capacity in any month, 0 when the partner has no such teams. */
    public double peakUtilization() {
        if (capacityTeams == 0) {
            return 0;
        }
        return busyTeamsByMonth.stream().mapToDouble(Double::doubleValue).max().orElse(0) / capacityTeams;
    }

    /** Mean busy share of capacity over the months of the plan, 0 when there are none. */
    public double meanUtilization() {
        if (capacityTeams == 0 || busyTeamsByMonth.isEmpty()) {
            return 0;
        }
        return busyTeamsByMonth.stream().mapToDouble(Double::doubleValue).sum()
                / (capacityTeams * (double) busyTeamsByMonth.size());
    }
}
