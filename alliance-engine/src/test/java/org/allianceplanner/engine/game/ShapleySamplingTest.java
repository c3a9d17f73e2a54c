package org.allianceplanner.engine.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.allianceplanner.model.game.CooperativeGame;
import org.allianceplanner.model.game.GameKind;
import org.allianceplanner.model.game.ShapleyValue;
import org.junit.jupiter.api.Test;

/** The sampled Shapley value against the exact one. */
class ShapleySamplingTest {
    private static CooperativeGame randomEightPlayerGame() {
        return Games.ofMasks(GameKind.PROFIT, Games.randomProfitValues(8, new Random(21)));
    }

    @Test
    void confidenceIntervalsCoverTheExactValue() {
        CooperativeGame game = randomEightPlayerGame();
        List<Double> exact = ShapleyValue.exact(game);

        SampledShapley.Estimate estimate = SampledShapley.estimate(8, game::value, 4000, 7);

        int covered = 0;
        for (int i = 0; i < 8; i++) {
            double mean = estimate.means().get(i);
            double halfWidth = estimate.halfWidths95().get(i);
            assertThat(halfWidth).isPositive().isLessThan(2.0);
            if (Math.abs(mean - exact.get(i)) <= halfWidth) {
                covered++;
            }
        }
        assertThat(covered).isGreaterThanOrEqualTo(7);
        // Every permutation is efficient, so the means add up to v(N) exactly, up to round-off.
        double total =
                estimate.means().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(total).isCloseTo(game.value(game.grandMask()), within(1e-9));
    }

    @Test
    void sameSeedGivesSameEstimateAndAnotherSeedAnother() {
        CooperativeGame game = randomEightPlayerGame();
        SampledShapley.Estimate first = SampledShapley.estimate(8, game::value, 500, 3);
        SampledShapley.Estimate again = SampledShapley.estimate(8, game::value, 500, 3);
        SampledShapley.Estimate other = SampledShapley.estimate(8, game::value, 500, 4);
        assertThat(again).isEqualTo(first);
        assertThat(other.means()).isNotEqualTo(first.means());
    }

    @Test
    void computesTheExactValueBeyondSixteenPlayers() {
        // Issue 28 lifted the limit of 16 to every game's 20. v(S) = |S|² is symmetric, so by symmetry and
        // efficiency each of the 17 players gets v(N)/17 = 17.
        List<String> players = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            players.add("P" + i);
        }
        for (int mask = 0; mask < 1 << 17; mask++) {
            values.add((double) Integer.bitCount(mask) * Integer.bitCount(mask));
        }
        CooperativeGame game = new CooperativeGame(GameKind.PROFIT, players, values);
        assertThat(ShapleyValue.exact(game))
                .allSatisfy(value -> assertThat(value).isCloseTo(17.0, within(1e-9)));
    }
}
