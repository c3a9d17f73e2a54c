package org.allianceplanner.engine.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.allianceplanner.model.game.Allocation;
import org.allianceplanner.model.game.CooperativeGame;
import org.allianceplanner.model.game.GainSharing;
import org.allianceplanner.model.game.GameKind;
import org.allianceplanner.model.game.SharingMethod;
import org.junit.jupiter.api.Test;

/** Games of many players (issue 28): the one-pass core check, and a 20-player game split in full. */
class ManyPlayersTest {
    @Test
    void onePassCoreCheckEqualsTheCoalitionByCoalitionCheckOnRandomGames() {
        Random random = new Random(28);
        for (int g = 0; g < 300; g++) {
            int n = 1 + random.nextInt(10);
            GameKind kind = random.nextBoolean() ? GameKind.PROFIT : GameKind.COST;
            CooperativeGame game = Games.ofMasks(kind, Games.randomProfitValues(n, random));
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = game.value(1 << i) + 10 * random.nextGaussian();
            }
            Allocation fast = new GainSharingSolver.CoreCheck(game).allocation(SharingMethod.NASH, x, "");
            double sign = kind == GameKind.COST ? -1 : 1;
            double tolerance = new GainSharingSolver.CoreCheck(game).tolerance;
            int worstMask = 0;
            double worstExcess = Double.NEGATIVE_INFINITY;
            for (int mask = 1; mask < game.grandMask(); mask++) {
                double excess = sign * (game.value(mask) - ScaledProfitGame.sum(x, mask));
                if (excess > worstExcess) {
                    worstExcess = excess;
                    worstMask = mask;
                }
            }
            boolean inCore = worstExcess <= tolerance;
            assertThat(fast.inCore()).as("game %d", g).isEqualTo(inCore);
            assertThat(fast.blockingCoalition())
                    .as("game %d", g)
                    .isEqualTo(inCore ? List.of() : game.membersOf(worstMask));
            assertThat(fast.blockingExcess()).as("game %d", g).isEqualTo(inCore ? 0 : worstExcess);
        }
    }

    @Test
    void splitsATwentyPlayerGameByEveryRequiredMethodAndSaysWhyTheNucleolusIsSkipped() {
        int n = CooperativeGame.MAX_PLAYERS;
        CooperativeGame game = randomGame(n, new Random(20));
        double grand = game.value(game.grandMask());

        GainSharing sharing = GainSharingSolver.split(game, List.of());

        for (SharingMethod method : List.of(
                SharingMethod.SHAPLEY, SharingMethod.EQUAL_PROFIT, SharingMethod.NASH, SharingMethod.PROPORTIONAL)) {
            Allocation allocation = sharing.allocation(method).orElseThrow();
            assertThat(allocation.defined()).as(method.label()).isTrue();
            double total = allocation.values().stream()
                    .mapToDouble(Double::doubleValue)
                    .sum();
            assertThat(total).as(method.label()).isCloseTo(grand, within(1e-6 * grand));
            // The least core value is the smallest largest excess any split can have.
            double largestExcess = allocation.inCore() ? 0 : allocation.blockingExcess();
            assertThat(largestExcess)
                    .as(method.label())
                    .isGreaterThanOrEqualTo(sharing.leastCoreValue() - 1e-6 * grand);
        }
        Allocation nucleolus = sharing.allocation(SharingMethod.NUCLEOLUS).orElseThrow();
        assertThat(nucleolus.defined()).isFalse();
        assertThat(nucleolus.note()).contains("Skipped").contains(GainSharingSolver.MAX_NUCLEOLUS_PLAYERS + " players");
        // This game's core is empty (a majority bonus), so equal-profit lies in the least core: its
        // largest excess, found by the scan over all coalitions, is ε*.
        assertThat(sharing.coreEmpty()).isTrue();
        Allocation equalProfit = sharing.allocation(SharingMethod.EQUAL_PROFIT).orElseThrow();
        assertThat(equalProfit.blockingExcess()).isCloseTo(sharing.leastCoreValue(), within(1e-6 * grand));
    }

    @Test
    void exactShapleyOfTwentyPlayersMatchesTheClosedFormOfAnAdditivePlusPairGame() {
        // v(S) = Σ a_i + Σ_{i<j in S} b_ij has Shapley value a_i + ½ Σ_j b_ij.
        int n = 20;
        Random random = new Random(7);
        double[] a = new double[n];
        double[][] b = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i] = 50 + random.nextInt(100);
            for (int j = 0; j < i; j++) {
                b[i][j] = random.nextInt(10);
                b[j][i] = b[i][j];
            }
        }
        double[] v = new double[1 << n];
        for (int mask = 1; mask < v.length; mask++) {
            int i = Integer.numberOfTrailingZeros(mask);
            int rest = mask & (mask - 1);
            double pairs = 0;
            for (int j = i + 1; j < n; j++) {
                if ((rest & 1 << j) != 0) {
                    pairs += b[i][j];
                }
            }
            v[mask] = v[rest] + a[i] + pairs;
        }
        Allocation shapley = GainSharingSolver.split(Games.ofMasks(GameKind.PROFIT, v), List.of())
                .allocation(SharingMethod.SHAPLEY)
                .orElseThrow();
        for (int i = 0; i < n; i++) {
            double expected = a[i];
            for (int j = 0; j < n; j++) {
                expected += b[i][j] / 2;
            }
            assertThat(shapley.values().get(i)).as("player %d", i).isCloseTo(expected, within(1e-6));
        }
    }

    /** Standalone values 50..150, pair synergies and a majority bonus: superadditive, empty core. */
    private static CooperativeGame randomGame(int n, Random random) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = 50 + random.nextInt(100);
        }
        List<Double> values = new ArrayList<>(1 << n);
        values.add(0.0);
        for (int mask = 1; mask < 1 << n; mask++) {
            int size = Integer.bitCount(mask);
            double value = 0;
            for (int i = 0; i < n; i++) {
                if ((mask & 1 << i) != 0) {
                    value += a[i];
                }
            }
            value += 3.0 * size * (size - 1) / 2 + (2 * size > n ? 40.0 * n : 0);
            values.add(value);
        }
        List<String> players = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            players.add("P" + i);
        }
        return new CooperativeGame(GameKind.PROFIT, players, values);
    }
}
