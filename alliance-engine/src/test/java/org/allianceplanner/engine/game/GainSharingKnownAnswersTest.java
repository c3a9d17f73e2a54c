package org.allianceplanner.engine.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.allianceplanner.model.game.Allocation;
import org.allianceplanner.model.game.CooperativeGame;
import org.allianceplanner.model.game.GainSharing;
import org.allianceplanner.model.game.GameKind;
import org.allianceplanner.model.game.SharingMethod;
import org.junit.jupiter.api.Test;

/** Splits whose answers are known from the literature or by hand. */
class GainSharingKnownAnswersTest {
    private static void assertValues(Allocation allocation, double tolerance, double... expected) {
        assertThat(allocation.values()).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(allocation.values().get(i))
                    .as("%s of player %d", allocation.method(), i + 1)
                    .isCloseTo(expected[i], within(tolerance));
        }
    }

    private static Allocation split(CooperativeGame game, SharingMethod method) {
        return GainSharingSolver.split(game, List.of()).allocation(method).orElseThrow();
    }

    @Test
    void lexicographicOrderIsBySizeThenLexicographicNotByMask() {
        assertThat(Games.lexicographicMasks(3)).containsExactly(0b001, 0b010, 0b100, 0b011, 0b101, 0b110, 0b111);
    }

    @Test
    void findsNucleolusOfFourPlayerTextbookGame() {
        CooperativeGame game = Games.lexicographic(GameKind.PROFIT, 0, 0, 0, 0, 5, 5, 8, 9, 10, 8, 13, 15, 16, 17, 21);
        assertValues(split(game, SharingMethod.NUCLEOLUS), 1e-6, 3.5, 4.5, 5.5, 7.5);
    }

    @Test
    void splitsGainByShapleyValueOnAumannGame() {
        CooperativeGame game = Games.lexicographic(
                GameKind.PROFIT, 120, 60, 40, 30, 120, 120, 120, 60, 60, 40, 120, 120, 120, 60, 120);
        assertValues(split(game, SharingMethod.SHAPLEY), 1e-3, 80.833, 20.833, 10.833, 7.5);
    }

    @Test
    void findsEmptyCoreOfAumannGameAndSplitsInItsLeastCore() {
        CooperativeGame game = Games.lexicographic(
                GameKind.PROFIT, 120, 60, 40, 30, 120, 120, 120, 60, 60, 40, 120, 120, 120, 60, 120);
        GainSharing sharing = GainSharingSolver.split(game, List.of());

        // By hand: x1 + x4 ≥ 120 − ε, x2 ≥ 60 − ε, x3 ≥ 40 − ε add up to 120 ≥ 220 − 3ε, so ε* ≥ 100/3,
        // and (260/3, 80/3, 20/3, 0) reaches it. With x3 + x4 ≥ 40 − ε (so x4 ≥ 0) that point is the
        // whole least core, hence the equal-profit split whatever the ratios.
        assertThat(sharing.coreEmpty()).isTrue();
        assertThat(sharing.leastCoreValue()).isCloseTo(100.0 / 3, within(1e-9));
        Allocation equalProfit = sharing.allocation(SharingMethod.EQUAL_PROFIT).orElseThrow();
        assertValues(equalProfit, 1e-6, 260.0 / 3, 80.0 / 3, 20.0 / 3, 0);
        assertThat(equalProfit.inCore()).isFalse();
        assertThat(equalProfit.blockingExcess()).isCloseTo(100.0 / 3, within(1e-6));
        assertThat(equalProfit.note()).contains("least core");
        // Standalone values add up to 250 > v(N) = 120: no imputation and no surplus.
        assertThat(sharing.allocation(SharingMethod.NUCLEOLUS).orElseThrow().defined())
                .isFalse();
        assertThat(sharing.allocation(SharingMethod.NASH).orElseThrow().defined())
                .isFalse();
        // Proportional: 120 · v(i) / 250 = (57.6, 28.8, 19.2, 14.4); A alone earns 120 − 57.6 more.
        Allocation proportional = sharing.allocation(SharingMethod.PROPORTIONAL).orElseThrow();
        assertValues(proportional, 1e-9, 57.6, 28.8, 19.2, 14.4);
        assertThat(proportional.blockingCoalition()).containsExactly("P1");
        assertThat(proportional.blockingExcess()).isCloseTo(62.4, within(1e-9));
    }

    @Test
    void givesOnePlayerGameItsWholeValue() {
        GainSharing sharing = GainSharingSolver.split(Games.lexicographic(GameKind.PROFIT, 7), List.of());
        assertThat(sharing.leastCoreValue()).isZero();
        assertThat(sharing.allocations()).hasSize(5).allSatisfy(allocation -> {
            assertValues(allocation, 1e-12, 7);
            assertThat(allocation.inCore()).isTrue();
        });
    }

    @Test
    void chargesCostGameByShapleyValue() {
        CooperativeGame game = Games.lexicographic(GameKind.COST, 1, 1, 2, 1, 2, 2, 2);
        assertValues(split(game, SharingMethod.SHAPLEY), 1e-12, 1.0 / 3, 1.0 / 3, 4.0 / 3);
    }

    @Test
    void chargesAirportGameByShapleyValue() {
        // c(S) = the largest cost in S, for costs 1, 2, 3: the runway is shared segment by segment.
        CooperativeGame game = Games.lexicographic(GameKind.COST, 1, 2, 3, 2, 3, 3, 3);
        assertValues(split(game, SharingMethod.SHAPLEY), 1e-12, 1.0 / 3, 5.0 / 6, 11.0 / 6);
    }

    @Test
    void findsSinglePointCoreAndNamesTheCoalitionThatBlocksAnotherSplit() {
        // Core: x1+x2 ≥ 3, x1+x3 ≥ 4, x2+x3 ≥ 5 and Σx = 6 force x ≤ (1, 2, 3) = the only core point.
        CooperativeGame game = Games.lexicographic(GameKind.PROFIT, 0, 1, 2, 3, 4, 5, 6);
        // Nash with all the power to P1: standalone (0, 1, 2) plus the surplus 3 to P1 = (3, 1, 2).
        GainSharing sharing = GainSharingSolver.split(game, List.of(1.0, 0.0, 0.0));

        assertThat(sharing.leastCoreValue()).isCloseTo(0, within(1e-9));
        assertThat(sharing.coreEmpty()).isFalse();
        Allocation nucleolus = sharing.allocation(SharingMethod.NUCLEOLUS).orElseThrow();
        assertValues(nucleolus, 1e-9, 1, 2, 3);
        assertThat(nucleolus.inCore()).isTrue();
        // By hand: excesses of (3, 1, 2) are {1}: −3, {2}: 0, {3}: 0, {1,2}: −1, {1,3}: −1, {2,3}: 5 − 3 = 2.
        Allocation nash = sharing.allocation(SharingMethod.NASH).orElseThrow();
        assertValues(nash, 1e-12, 3, 1, 2);
        assertThat(nash.inCore()).isFalse();
        assertThat(nash.blockingCoalition()).containsExactly("P2", "P3");
        assertThat(nash.blockingExcess()).isCloseTo(2, within(1e-12));
        // The Shapley value of this game happens to be the core point too (by the subset formula).
        Allocation shapley = sharing.allocation(SharingMethod.SHAPLEY).orElseThrow();
        assertValues(shapley, 1e-12, 1, 2, 3);
        assertThat(shapley.inCore()).isTrue();
        assertThat(shapley.blockingCoalition()).isEmpty();
    }

    @Test
    void findsNucleolusWhenFirstLpHasSeveralOptima() {
        // v(P1+P2) = v(N) = 1, every other coalition 0. LP 1 has ε1 = 0 on the whole segment x3 = 0,
        // x1 + x2 = 1. Its vertex (1, 0, 0), which a simplex solver returns, is optimal and makes {P2}
        // and {P2,P3} tight (excesses −x2 = 0 and x1 − 1 = 0); fixing them there gives (1, 0, 0). Only
        // {P3} and {P1,P2} are at 0 on the whole face; the nucleolus is (1/2, 1/2, 0).
        CooperativeGame game = Games.lexicographic(GameKind.PROFIT, 0, 0, 0, 1, 0, 0, 1);
        double[] vertex = {1, 0, 0};
        assertThat(maxExcess(game, vertex)).isCloseTo(0, within(1e-12));
        assertThat(game.value(0b110) - vertex[1] - vertex[2]).isZero();

        Allocation nucleolus = split(game, SharingMethod.NUCLEOLUS);

        assertValues(nucleolus, 1e-9, 0.5, 0.5, 0);
        double[] bruteForce = BruteForceNucleolus.ofThreePlayers(game, 400);
        assertValues(nucleolus, 1.0 / 400, bruteForce);
    }

    @Test
    void agreesWithBruteForceOnThreePlayerGamesWithSeveralOptima() {
        // Small games, the first two with a segment of optimal solutions to the first LP.
        double[][] games = {
            {0, 0, 0, 4, 0, 0, 4},
            {1, 0, 0, 3, 1, 2, 4},
            {0, 1, 2, 3, 4, 5, 6},
            {0, 0, 0, 2, 2, 0, 3},
        };
        for (double[] values : games) {
            CooperativeGame game = Games.lexicographic(GameKind.PROFIT, values);
            double[] bruteForce = BruteForceNucleolus.ofThreePlayers(game, 240);
            assertValues(split(game, SharingMethod.NUCLEOLUS), 1.5 * game.value(game.grandMask()) / 240, bruteForce);
        }
    }

    @Test
    void saysNucleolusIsUndefinedWithoutImputations() {
        CooperativeGame game = Games.lexicographic(GameKind.PROFIT, 2, 2, 3);
        Allocation nucleolus = split(game, SharingMethod.NUCLEOLUS);
        assertThat(nucleolus.defined()).isFalse();
        assertThat(nucleolus.note()).contains("no imputation");
    }

    @Test
    void splitsSurplusByNashInProportionToPowers() {
        CooperativeGame game = Games.lexicographic(GameKind.PROFIT, 1, 2, 9);
        // surplus 9 − 3 = 6, powers 1:2 → (1 + 2, 2 + 4)
        Allocation nash = GainSharingSolver.split(game, List.of(1.0, 2.0))
                .allocation(SharingMethod.NASH)
                .orElseThrow();
        assertValues(nash, 1e-12, 3, 6);
        Allocation proportional = split(game, SharingMethod.PROPORTIONAL);
        assertValues(proportional, 1e-12, 3, 6);
    }

    @Test
    void equalizesRelativeGainsWhenTheCoreAllows() {
        // Standalone 1 and 2, together 6; the core is x1 ≥ 1, x2 ≥ 2: equal ratios x1/1 = x2/2 → (2, 4).
        CooperativeGame game = Games.lexicographic(GameKind.PROFIT, 1, 2, 6);
        Allocation equalProfit = split(game, SharingMethod.EQUAL_PROFIT);
        assertValues(equalProfit, 1e-9, 2, 4);
        assertThat(equalProfit.inCore()).isTrue();
    }

    @Test
    void equalizesRelativeSavingsOfCostGameInsideTheCore() {
        // Costs 10 alone, 12 for P1+P2, 20 for P1+P3 and P2+P3, 22 together. The core forces
        // x1 + x2 ≤ 12, so x3 ≥ 10 = c(3): x3 = 10 and its ratio x3/c3 is 1. The ratios of P1 and P2
        // add up to 1.2; the spread max(1 − r1, 1 − r2, |r1 − r2|) is least at r1 = r2 = 0.6.
        CooperativeGame game = Games.lexicographic(GameKind.COST, 10, 10, 10, 12, 20, 20, 22);
        Allocation equalProfit = split(game, SharingMethod.EQUAL_PROFIT);
        assertValues(equalProfit, 1e-6, 6, 6, 10);
        assertThat(equalProfit.inCore()).isTrue();
        assertThat(equalProfit.note()).contains("in the core");
    }

    private static double maxExcess(CooperativeGame game, double[] x) {
        double worst = Double.NEGATIVE_INFINITY;
        for (int mask = 1; mask < game.grandMask(); mask++) {
            worst = Math.max(worst, game.value(mask) - ScaledProfitGame.sum(x, mask));
        }
        return worst;
    }
}
