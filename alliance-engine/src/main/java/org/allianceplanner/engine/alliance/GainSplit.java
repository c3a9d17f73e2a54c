package org.allianceplanner.engine.alliance;

import java.util.List;
import java.util.Map;
import org.allianceplanner.engine.game.GainSharingSolver;
import org.allianceplanner.model.game.CooperativeGame;
import org.allianceplanner.model.game.GainSharing;

/** An alliance's gain split among its members by every sharing method, from the values of every group of them. */
public final class GainSplit {
    private GainSplit() {}

    /**
     * The profit game on {@code members} split by every method.
     *
     * @param bargainingPowers Nash bargaining weight per partner id; empty for equal weights, partners
     *     not listed get weight 1
     */
    public static GainSharing of(
            PlannedCoalitions planned, List<String> members, Map<String, Double> bargainingPowers) {
        CooperativeGame game = planned.gameOf(members);
        List<Double> powers = bargainingPowers.isEmpty()
                ? List.of()
                : game.players().stream()
                        .map(player -> bargainingPowers.getOrDefault(player, 1.0))
                        .toList();
        return GainSharingSolver.split(game, powers);
    }
}
