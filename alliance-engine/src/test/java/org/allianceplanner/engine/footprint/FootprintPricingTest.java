package org.allianceplanner.engine.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.plan.SolveReport;
import org.allianceplanner.model.plan.SolveStatus;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.scenario.SolverSettings;
import org.allianceplanner.testkit.FootprintPlanChecker;
import org.allianceplanner.testkit.RandomScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The large-model path (route pricing) checked against the full models on small random scenarios. */
class FootprintPricingTest {
    private static final FootprintOptions EXACT = FootprintOptions.from(new SolverSettings(60, 1e-9, 1));
    private static final FootprintOptions ONE_PERCENT = FootprintOptions.from(new SolverSettings(60, 0.01, 1));
    private static final long NO_DEADLINE = Long.MAX_VALUE / 4;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60})
    void pricedRelaxationEndsAtTheOptimumOfTheFullRelaxation(long seed) {
        Scenario scenario = RandomScenarios.footprint(seed);
        FootprintData data = new FootprintData(scenario, everyone(scenario));
        double full = new FootprintModel(data, EXACT).solveRounded().bound();

        RoutePricing.Result priced = new RoutePricing(data).solveRelaxation(System.nanoTime() + NO_DEADLINE);

        double tolerance = 1e-7 * Math.max(1, Math.abs(full));
        assertThat(priced.converged()).isTrue();
        assertThat(priced.bound()).isCloseTo(full, within(tolerance));
        assertThat(priced.objective()).isCloseTo(full, within(tolerance));
        // The relaxation's flows with every used plant and line switched on are a plan: sound, and
        // never better than the bound.
        FootprintModel.Solution rounded = priced.solution();
        assertThat(rounded).isNotNull();
        FootprintPlan plan = new PlanDecoder(data)
                .decode(
                        rounded,
                        new SolveReport(SolveStatus.FEASIBLE, rounded.objective(), priced.bound(), Double.NaN, 0),
                        null,
                        false);
        FootprintPlanChecker.assertSound(scenario, plan);
        assertThat(plan.profit()).isLessThanOrEqualTo(priced.bound() + tolerance);
    }

    @Test
    void pricingFindsTheRoutesItStartedWithoutOnLargerScenarios() {
        int priced = 0;
        for (long seed = 1; seed <= 6; seed++) {
            Scenario scenario = RandomScenarios.largerFootprint(seed);
            FootprintData data = new FootprintData(scenario, everyone(scenario));
            double full = new FootprintModel(data, EXACT).solveRounded().bound();

            RoutePricing.Result result = new RoutePricing(data).solveRelaxation(System.nanoTime() + NO_DEADLINE);

            assertThat(result.converged()).isTrue();
            assertThat(result.bound()).isCloseTo(full, within(1e-7 * Math.max(1, Math.abs(full))));
            FootprintModel.Solution rounded = result.solution();
            assertThat(rounded).isNotNull();
            FootprintPlan plan = new PlanDecoder(data)
                    .decode(
                            rounded,
                            new SolveReport(SolveStatus.FEASIBLE, rounded.objective(), result.bound(), Double.NaN, 0),
                            null,
                            false);
            FootprintPlanChecker.assertSound(scenario, plan);
            priced += result.rounds() > 1 ? 1 : 0;
        }
        // The point of these scenarios: the first restricted program lacks routes the optimum needs.
        assertThat(priced).isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 8, 9})
    void pricedPlanOfALargerScenarioIsSoundAndWithinItsClaimedGapOfTheMipOptimum(long seed) {
        assertPricedPlanWithinItsGap(RandomScenarios.largerFootprint(seed));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80})
    void pricedPlanIsSoundAndWithinItsClaimedGapOfTheMipOptimum(long seed) {
        FootprintPlan priced = assertPricedPlanWithinItsGap(RandomScenarios.footprint(seed));

        // The bound is the relaxation's, weak where fixed costs matter: "optimal" only within the gap.
        assertThat(priced.solve().status())
                .isEqualTo(priced.solve().relativeGap() <= 0.01 ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {81, 82, 83})
    void pricingStoppedBeforeItsFirstSolveClaimsNothing(long seed) {
        Scenario scenario = RandomScenarios.footprint(seed);
        FootprintData data = new FootprintData(scenario, everyone(scenario));

        RoutePricing.Result priced = new RoutePricing(data).solveRelaxation(System.nanoTime() - 1);

        assertThat(priced.solution()).isNull();
        assertThat(priced.bound()).isNaN();
        assertThat(priced.converged()).isFalse();
        FootprintPlanChecker.assertSound(scenario, FootprintLever.plan(scenario, everyone(scenario), EXACT));
    }

    private static List<String> everyone(Scenario scenario) {
        return scenario.partners().stream().map(Partner::partnerId).toList();
    }

    /**
     * Plans {@code scenario} exactly and by pricing; checks both plans sound, the priced one no better
     * than the optimum, its bound above it and its claimed gap honest. Returns the priced plan.
     */
    private static FootprintPlan assertPricedPlanWithinItsGap(Scenario scenario) {
        FootprintPlan optimum = FootprintLever.plan(scenario, everyone(scenario), EXACT);
        FootprintPlan priced = FootprintLever.plan(scenario, everyone(scenario), ONE_PERCENT, List.of(), 0);

        FootprintPlanChecker.assertSound(scenario, optimum);
        FootprintPlanChecker.assertSound(scenario, priced);
        assertThat(optimum.solve().status()).isEqualTo(SolveStatus.OPTIMAL);
        double tolerance = 1e-6 * Math.max(1, Math.abs(optimum.profit()));
        double scale = Math.max(1, Math.abs(priced.profit()));
        assertThat(priced.profit()).isLessThanOrEqualTo(optimum.profit() + tolerance);
        assertThat(priced.solve().bound()).isGreaterThanOrEqualTo(optimum.profit() - tolerance);
        assertThat(priced.solve().relativeGap())
                .isCloseTo((priced.solve().bound() - priced.profit()) / scale, within(1e-9));
        assertThat(optimum.profit() - priced.profit())
                .isLessThanOrEqualTo(priced.solve().relativeGap() * scale + tolerance);
        return priced;
    }
}
