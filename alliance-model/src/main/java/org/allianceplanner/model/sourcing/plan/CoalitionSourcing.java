package org.allianceplanner.model.sourcing.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A coalition's parts bought two ways on the same volumes: each member on its own, and pooled.
 *
 * @param partnerIds the members, sorted
 * @param separate each member buys on its own
 * @param pooled the members pool volume and engineering
 * @param byPartner each member's cost both ways
 */
public record CoalitionSourcing(
        List<String> partnerIds, SourcingPlan separate, SourcingPlan pooled, List<PartnerProcurement> byPartner) {
    public CoalitionSourcing {
        partnerIds = List.copyOf(partnerIds);
        requireNonNull(separate, "separate");
        requireNonNull(pooled, "pooled");
        byPartner = List.copyOf(byPartner);
    }

    /** Procurement synergy per year: separate cost minus pooled cost, never negative. */
    public double saving() {
        return separate.cost().total() - pooled.cost().total();
    }
}
