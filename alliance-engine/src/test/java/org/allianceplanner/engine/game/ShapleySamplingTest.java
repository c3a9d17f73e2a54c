package org.allianceplanner.engine.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
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
    void refusesExactValueBeyondSixteenPlayers() {
        List<String> players = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            players.add("P" + i);
        }
        List<Double> values = Collections.nCopies(1 << 17, 0.0);
        CooperativeGame game = new CooperativeGame(GameKind.PROFIT, players, values);
        assertThatThrownBy(() -> ShapleyValue.exact(game))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SampledShapley");
    }
}
