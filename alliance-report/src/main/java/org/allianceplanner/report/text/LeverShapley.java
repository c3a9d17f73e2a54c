package org.allianceplanner.report.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.allianceplanner.model.alliance.AllianceStudyResult;
import org.allianceplanner.model.alliance.CoalitionResult;
import org.allianceplanner.model.alliance.LeverSynergy;

/**
 * One lever's synergy in an alliance split among its members by the Shapley value of that lever's own
 * game (a group's value: its synergy on that lever; a partner alone: 0), read from the coalitions a
 * result holds. The Shapley value is additive, so a member's shares of the levers add up to its Shapley
 * share of the total synergy.
 *
 * <p>The engine computes the same in {@code engine.alliance.LeverShares} with {@code
 * engine.game.ShapleyValue}; the report may not use the engine, so the subset formula is repeated here,
 * in the same order of operations, so that both give the same doubles. Stateless and thread-safe.
 */
final class LeverShapley {
    private LeverShapley() {}

    /**
     * Each member's Shapley share of {@code lever}'s synergy, in the order of {@code members}.
     *
     * @throws java.util.NoSuchElementException when some group of the members was not planned
     */
    static List<Double> shares(AllianceStudyResult result, List<String> members, ToDoubleFunction<LeverSynergy> lever) {
        int n = members.size();
        double[] values = new double[1 << n];
        for (int mask = 1; mask < 1 << n; mask++) {
            List<String> group = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((mask & 1 << i) != 0) {
                    group.add(members.get(i));
                }
            }
            values[mask] = group.size() == 1
                    ? 0.0
                    : lever.applyAsDouble(result.coalition(group)
                            .map(CoalitionResult::synergy)
                            .orElseThrow());
        }
        // φ_i = Σ_{S ∌ i} |S|!(n−|S|−1)!/n! · (v(S ∪ {i}) − v(S)); weights by ratios, exact in doubles for small n
        double[] weight = new double[n];
        weight[0] = 1.0 / n;
        for (int s = 1; s < n; s++) {
            weight[s] = weight[s - 1] * s / (n - s);
        }
        double[] phi = new double[n];
        int grand = (1 << n) - 1;
        for (int mask = 0; mask < grand; mask++) {
            double without = values[mask];
            double w = weight[Integer.bitCount(mask)];
            for (int i = 0; i < n; i++) {
                int bit = 1 << i;
                if ((mask & bit) == 0) {
                    phi[i] += w * (values[mask | bit] - without);
                }
            }
        }
        List<Double> shares = new ArrayList<>(n);
        for (double share : phi) {
            shares.add(share);
        }
        return shares;
    }
}
