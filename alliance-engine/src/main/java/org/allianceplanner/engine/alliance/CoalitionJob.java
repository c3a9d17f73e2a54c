package org.allianceplanner.engine.alliance;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.allianceplanner.model.alliance.PartnerStandalone;
import org.allianceplanner.model.footprint.FootprintPlan;

/**
 * Everything one coalition's plan needs besides the scenario and the options: who is in it, what
 * each member earns alone, and the plans its footprint solve starts from.
 *
 * @param coalitionId the coalition's id: the scenario's candidate id, or the members joined by {@code +}
 * @param membersAlone the members' own plans, in the scenario's partner order
 * @param warmStart disjoint groups of the members, already planned, whose plans side by side are a
 *     feasible plan of the coalition; empty to start the solve from scratch
 */
public record CoalitionJob(String coalitionId, List<PartnerStandalone> membersAlone, List<PlannedGroup> warmStart) {
    public CoalitionJob {
        requireNonNull(coalitionId, "coalitionId");
        membersAlone = List.copyOf(membersAlone);
        warmStart = List.copyOf(warmStart);
        if (membersAlone.size() < 2) {
            throw new IllegalArgumentException(
                    "A coalition has at least two members; " + coalitionId + " has " + membersAlone.size() + ".");
        }
    }

    /** The members' ids, sorted. */
    public List<String> partnerIds() {
        return membersAlone.stream().map(PartnerStandalone::partnerId).sorted().toList();
    }

    /**
     * A group of partners and its footprint plan, planned before.
     *
     * @param name the group's members joined by {@code +}, in the scenario's partner order
     */
    public record PlannedGroup(String name, FootprintPlan footprint) {
        public PlannedGroup {
            requireNonNull(name, "name");
            requireNonNull(footprint, "footprint");
        }
    }
}
