package org.allianceplanner.model.alliance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.allianceplanner.model.game.CooperativeGame;
import org.allianceplanner.model.game.GameKind;
import org.allianceplanner.model.game.ShapleyValue;

/**
 * One lever's synergy in an alliance split among its members by the Shapley value of that lever's own
 * game (a group's value: its synergy on that lever; a partner alone: 0). The Shapley value is
 * additive, so a member's shares of the levers add up to its Shapley share of the total synergy.
 */
public final class LeverShares {
    private LeverShares() {}

    /**
     * Each member's Shapley share of {@code lever}'s synergy, in the order of {@code members}.
     *
     * @throws java.util.NoSuchElementException when some group of the members was not planned
     */
    public static List<Double> shapley(
            AllianceStudyResult result, List<String> members, ToDoubleFunction<LeverSynergy> lever) {
        List<Double> values = new ArrayList<>(1 << members.size());
        values.add(0.0);
        for (int mask = 1; mask < 1 << members.size(); mask++) {
            List<String> group = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    group.add(members.get(i));
                }
            }
            values.add(
                    group.size() == 1
                            ? 0.0
                            : lever.applyAsDouble(result.coalition(group)
                                    .map(CoalitionResult::synergy)
                                    .orElseThrow()));
        }
        return ShapleyValue.exact(new CooperativeGame(GameKind.PROFIT, members, values));
    }
}
