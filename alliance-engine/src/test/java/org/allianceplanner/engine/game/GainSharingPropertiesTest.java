package org.allianceplanner.engine.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.allianceplanner.model.game.Allocation;
import org.allianceplanner.model.game.CooperativeGame;
import org.allianceplanner.model.game.GainSharing;
import org.allianceplanner.model.game.GameKind;
import org.allianceplanner.model.game.SharingMethod;
import org.junit.jupiter.api.Test;

/** Axioms every split must satisfy, over 200 seeded random games of 2 to 5 players. */
class GainSharingPropertiesTest {
    private static final int GAMES = 200;
    private static final double TOLERANCE = 1e-6;

    @Test
    void everyDefinedSplitIsEfficient() {
        Random random = new Random(11);
        for (int g = 0; g < GAMES; g++) {
            int n = 2 + random.nextInt(4);
            CooperativeGame game = Games.ofMasks(GameKind.PROFIT, Games.randomProfitValues(n, random));
            for (Allocation allocation :
                    GainSharingSolver.split(game, List.of()).allocations()) {
                if (allocation.defined()) {
                    double total = allocation.values().stream()
                            .mapToDouble(Double::doubleValue)
                            .sum();
                    assertThat(total)
                            .as("%s of game %d", allocation.method(), g)
                            .isCloseTo(game.value(game.grandMask()), within(TOLERANCE));
                }
            }
        }
    }

    @Test
    void interchangeablePlayersGetTheSame() {
        Random random = new Random(12);
        for (int g = 0; g < GAMES; g++) {
            int n = 2 + random.nextInt(4);
            double[] v = Games.randomProfitValues(n, random);
            // Make P1 and P2 interchangeable: S+P2 is worth what S+P1 is, for S without both.
            for (int mask = 1; mask < v.length; mask++) {
                if ((mask & 0b11) == 0b10) {
                    v[mask] = v[mask ^ 0b11];
                }
            }
            GainSharing sharing = GainSharingSolver.split(Games.ofMasks(GameKind.PROFIT, v), List.of());
            for (SharingMethod method : List.of(
                    SharingMethod.SHAPLEY, SharingMethod.NUCLEOLUS, SharingMethod.NASH, SharingMethod.PROPORTIONAL)) {
                Allocation allocation = sharing.allocation(method).orElseThrow();
                if (allocation.defined()) {
                    assertThat(allocation.values().get(0))
                            .as("%s of game %d", method, g)
                            .isCloseTo(allocation.values().get(1), within(TOLERANCE));
                }
            }
        }
    }

    @Test
    void dummyPlayerGetsItsStandaloneValueUnderShapleyAndNucleolus() {
        Random random = new Random(13);
        for (int g = 0; g < GAMES; g++) {
            int n = 2 + random.nextInt(4);
            double[] v = Games.randomProfitValues(n, random);
            int dummy = 1 << (n - 1);
            for (int mask = dummy + 1; mask < v.length; mask++) {
                if ((mask & dummy) != 0) {
                    v[mask] = v[mask ^ dummy] + v[dummy];
                }
            }
            GainSharing sharing = GainSharingSolver.split(Games.ofMasks(GameKind.PROFIT, v), List.of());
            for (SharingMethod method : List.of(SharingMethod.SHAPLEY, SharingMethod.NUCLEOLUS)) {
                Allocation allocation = sharing.allocation(method).orElseThrow();
                assertThat(allocation.defined()).isTrue();
                assertThat(allocation.values().get(n - 1))
                        .as("%s of game %d", method, g)
                        .isCloseTo(v[dummy], within(TOLERANCE));
            }
        }
    }

    @Test
    void nucleolusIsInTheCoreWheneverTheCoreIsNonEmpty() {
        Random random = new Random(14);
        int withCore = 0;
        int withoutCore = 0;
        for (int g = 0; g < GAMES; g++) {
            int n = 2 + random.nextInt(4);
            GainSharing sharing = GainSharingSolver.split(
                    Games.ofMasks(GameKind.PROFIT, Games.randomProfitValues(n, random)), List.of());
            Allocation nucleolus = sharing.allocation(SharingMethod.NUCLEOLUS).orElseThrow();
            assertThat(sharing.coreEmpty()).isEqualTo(sharing.leastCoreValue() > 0);
            if (!sharing.coreEmpty()) {
                withCore++;
                assertThat(nucleolus.inCore()).as("game %d", g).isTrue();
            } else {
                withoutCore++;
                // Nothing is in an empty core. The least core may leave the imputations (x_i < v(i)),
                // so the nucleolus's largest excess is at least ε*, not always equal to it.
                assertThat(nucleolus.inCore()).isFalse();
                assertThat(nucleolus.blockingExcess()).isGreaterThanOrEqualTo(sharing.leastCoreValue() - TOLERANCE);
            }
        }
        assertThat(withCore).as("games with a core").isGreaterThan(20);
        assertThat(withoutCore).as("games without a core").isGreaterThan(20);
    }

    @Test
    void equalProfitSplitIsInTheCoreOrElseInTheLeastCore() {
        Random random = new Random(17);
        int checked = 0;
        for (int g = 0; g < GAMES; g++) {
            int n = 2 + random.nextInt(4);
            GainSharing sharing = GainSharingSolver.split(
                    Games.ofMasks(GameKind.PROFIT, Games.randomProfitValues(n, random)), List.of());
            Allocation equalProfit =
                    sharing.allocation(SharingMethod.EQUAL_PROFIT).orElseThrow();
            if (!equalProfit.defined()) {
                continue;
            }
            checked++;
            if (sharing.coreEmpty()) {
                // Its largest excess is exactly ε*: the least core, not a tolerance's worth beyond it.
                assertThat(equalProfit.blockingExcess())
                        .as("game %d", g)
                        .isCloseTo(sharing.leastCoreValue(), within(1e-7));
            } else {
                assertThat(equalProfit.inCore()).as("game %d", g).isTrue();
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void nucleolusDoesNotDependOnThePlayersOrder() {
        // The LP solver's vertex depends on the order of variables; the nucleolus must not.
        Random random = new Random(18);
        for (int g = 0; g < GAMES; g++) {
            int n = 3 + random.nextInt(3);
            double[] v = Games.randomProfitValues(n, random);
            int[] newIndex = new int[n];
            for (int i = 0; i < n; i++) {
                newIndex[i] = n - 1 - i;
            }
            double[] reversed = new double[v.length];
            for (int mask = 1; mask < v.length; mask++) {
                int image = 0;
                for (int i = 0; i < n; i++) {
                    if ((mask & 1 << i) != 0) {
                        image |= 1 << newIndex[i];
                    }
                }
                reversed[image] = v[mask];
            }
            Allocation original = GainSharingSolver.split(Games.ofMasks(GameKind.PROFIT, v), List.of())
                    .allocation(SharingMethod.NUCLEOLUS)
                    .orElseThrow();
            Allocation mirrored = GainSharingSolver.split(Games.ofMasks(GameKind.PROFIT, reversed), List.of())
                    .allocation(SharingMethod.NUCLEOLUS)
                    .orElseThrow();
            assertThat(mirrored.defined()).isEqualTo(original.defined());
            for (int i = 0; i < original.values().size(); i++) {
                assertThat(mirrored.values().get(newIndex[i]))
                        .as("game %d, player %d", g, i)
                        .isCloseTo(original.values().get(i), within(TOLERANCE));
            }
        }
    }

    @Test
    void shapleyValueOfConvexGameIsInTheCore() {
        Random random = new Random(15);
        for (int g = 0; g < GAMES; g++) {
            int n = 2 + random.nextInt(4);
            double[] weight = new double[n];
            double[] standalone = new double[n];
            for (int i = 0; i < n; i++) {
                weight[i] = random.nextInt(10);
                standalone[i] = random.nextInt(21) - 10;
            }
            // (Σ w)² with w ≥ 0 is supermodular; an additive term keeps it convex.
            double[] v = new double[1 << n];
            for (int mask = 1; mask < v.length; mask++) {
                double w = ScaledProfitGame.sum(weight, mask);
                v[mask] = w * w + ScaledProfitGame.sum(standalone, mask);
            }
            Allocation shapley = GainSharingSolver.split(Games.ofMasks(GameKind.PROFIT, v), List.of())
                    .allocation(SharingMethod.SHAPLEY)
                    .orElseThrow();
            assertThat(shapley.inCore()).as("game %d", g).isTrue();
        }
    }

    @Test
    void costGameSplitsAsTheNegatedProfitGame() {
        Random random = new Random(16);
        for (int g = 0; g < GAMES; g++) {
            int n = 2 + random.nextInt(4);
            double[] profits = Games.randomProfitValues(n, random);
            double[] costs = new double[profits.length];
            for (int mask = 1; mask < costs.length; mask++) {
                costs[mask] = -profits[mask];
            }
            GainSharing profit = GainSharingSolver.split(Games.ofMasks(GameKind.PROFIT, profits), List.of());
            GainSharing cost = GainSharingSolver.split(Games.ofMasks(GameKind.COST, costs), List.of());
            assertThat(cost.leastCoreValue()).isCloseTo(profit.leastCoreValue(), within(TOLERANCE));
            assertThat(cost.coreEmpty()).isEqualTo(profit.coreEmpty());
            for (SharingMethod method : List.of(SharingMethod.SHAPLEY, SharingMethod.NUCLEOLUS, SharingMethod.NASH)) {
                Allocation p = profit.allocation(method).orElseThrow();
                Allocation c = cost.allocation(method).orElseThrow();
                assertThat(c.defined()).isEqualTo(p.defined());
                assertThat(c.inCore()).as("%s of game %d", method, g).isEqualTo(p.inCore());
                assertThat(c.blockingExcess()).isCloseTo(p.blockingExcess(), within(TOLERANCE));
                for (int i = 0; i < p.values().size(); i++) {
                    assertThat(c.values().get(i)).isCloseTo(-p.values().get(i), within(TOLERANCE));
                }
            }
        }
    }
}
