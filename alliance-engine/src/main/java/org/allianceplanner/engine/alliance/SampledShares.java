package org.allianceplanner.engine.alliance;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.allianceplanner.engine.game.SampledShapley;
import org.allianceplanner.model.alliance.CoalitionResult;
import org.allianceplanner.model.alliance.PartnerStandalone;

/**
 * The partners' Shapley shares of the grand coalition's value, estimated from random orders of joining.
 *
 * @param partners the partners, in scenario order (the order of {@code estimate}'s values)
 * @param standalone each partner's own plans, in the same order
 * @param estimate each partner's estimated Shapley value of the coalition game (its standalone value
 *     plus its share of the synergy) with a 95 % confidence half-width
 * @param grand the grand coalition's plans and synergy
 * @param coalitionsPlanned how many coalitions of two or more partners the orders needed
 * @param seconds wall-clock time
 */
public record SampledShares(
        List<String> partners,
        List<PartnerStandalone> standalone,
        SampledShapley.Estimate estimate,
        CoalitionResult grand,
        int coalitionsPlanned,
        double seconds) {
    public SampledShares {
        partners = List.copyOf(partners);
        standalone = List.copyOf(standalone);
        requireNonNull(estimate, "estimate");
        requireNonNull(grand, "grand");
    }

    /** Partner {@code index}'s estimated share of the synergy: its Shapley value minus its value alone. */
    public double gain(int index) {
        return estimate.means().get(index) - standalone.get(index).value();
    }
}
