package org.allianceplanner.engine.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.allianceplanner.engine.solver.MipSolver;
import org.allianceplanner.engine.solver.PlanningException;
import org.allianceplanner.model.footprint.BindingCapacity;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.footprint.LineAction;
import org.allianceplanner.model.footprint.LineDecision;
import org.allianceplanner.model.footprint.ProductionFlow;
import org.allianceplanner.model.footprint.UnmetCause;
import org.allianceplanner.model.footprint.UnmetDemand;
import org.allianceplanner.model.partner.DealerCoverage;
import org.allianceplanner.model.plan.SolveStatus;
import org.allianceplanner.model.plant.LineStatus;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.model.plant.PlatformLine;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.scenario.SolverSettings;
import org.allianceplanner.testkit.FootprintPlanChecker;
import org.allianceplanner.testkit.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FootprintLeverTest {
    private static final FootprintOptions OPTIONS = FootprintOptions.from(new SolverSettings(60, 1e-9, 1));

    @Test
    void plansAlphaAloneAtItsHandComputedProfit() {
        Scenario scenario = TestScenarios.twoPartners();

        FootprintPlan plan = FootprintLever.plan(scenario, List.of("A"), OPTIONS);

        // NORTH: 50,000 × (40,000 − 24,000 materials − 3,000 conversion − 500 freight), no tariff
        // inside NORTH. EAST: A's dealers reach 30 % = 6,000 × (42,000 − 30 % tariff − 24,000 − 3,000
        // − 1,500) = 6,000 × 900. Fixed: plant 10,000,000 and line 2,000,000.
        double expected = 50_000 * 12_500.0 + 6_000 * 900.0 - 12_000_000;
        assertThat(plan.solve().status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(plan.profit()).isCloseTo(expected, within(1.0));
        assertThat(plan.breakdown().tariffs()).isCloseTo(6_000 * 42_000 * 0.3, within(1e-3));
        FootprintPlanChecker.assertSound(scenario, plan);
    }

    @Test
    void allianceBuildsTheSedanForEastOnANewLineInBetasLowCostPlant() {
        Scenario scenario = TestScenarios.twoPartners();
        FootprintPlan alpha = FootprintLever.plan(scenario, List.of("A"), OPTIONS);
        FootprintPlan beta = FootprintLever.plan(scenario, List.of("B"), OPTIONS);

        FootprintPlan joint = FootprintLever.plan(scenario, List.of("A", "B"), OPTIONS, List.of(alpha, beta));

        FootprintPlanChecker.assertSound(scenario, alpha);
        FootprintPlanChecker.assertSound(scenario, beta);
        FootprintPlanChecker.assertSound(scenario, joint);
        assertThat(joint.solve().status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(joint.lines())
                .filteredOn(line ->
                        line.plantId().equals("B-P2") && line.platformId().equals("A-EV"))
                .extracting(LineDecision::action)
                .containsExactly(LineAction.OPENED);
        double sedansFromLowCostPlant = joint.flows().stream()
                .filter(flow ->
                        flow.modelId().equals("A-SEDAN") && flow.plantId().equals("B-P2"))
                .mapToDouble(ProductionFlow::unitsPerYear)
                .sum();
        assertThat(sedansFromLowCostPlant).isCloseTo(20_000, within(1e-6));
        assertThat(joint.sales())
                .anySatisfy(sale -> assertThat(sale.dealerPartnerId()).isEqualTo("B"));
        // 6,000 sedans gain 14,400 each (no tariff, cheaper plant and freight); 14,000 more sell through
        // B's dealers at 12,780 each after commission; the line costs 7,500,000 a year.
        assertThat(joint.profit()).isGreaterThan(alpha.profit() + beta.profit() + 200_000_000);
    }

    @Test
    void pricesAFullLineAtTheMarginOfTheVehicleItTurnsAway() {
        Scenario base = TestScenarios.twoPartners();
        Plant plant = base.plants().get(0);
        Scenario scenario = base.toBuilder()
                .plants(List.of(plant.withCapacity(60_000)))
                .platformLines(List.of(new PlatformLine("A-P1", "A-EV", LineStatus.EXISTING, 52_000, 2_000_000, 0, 0)))
                .build();

        FootprintPlan plan = FootprintLever.plan(scenario, List.of("A"), OPTIONS);

        // 52,000 units of line: all 50,000 NORTH sedans (12,500 each), then 2,000 of the 6,000
        // reachable EAST sedans (900 each): one more unit of line would sell one more EAST sedan.
        FootprintPlanChecker.assertSound(scenario, plan);
        assertThat(plan.bindingCapacities()).singleElement().satisfies(binding -> {
            assertThat(binding.platformId()).isEqualTo("A-EV");
            assertThat(binding.marginalValuePerUnit()).isCloseTo(900, within(1e-6));
            assertThat(binding.sentence()).contains("Alpha EV platform line at Alpha North", "USD 900");
        });
        assertThat(plan.unmetDemand())
                .filteredOn(unmet -> unmet.marketId().equals("EAST"))
                .singleElement()
                .satisfies(unmet -> {
                    assertThat(unmet.unmetUnitsPerYear()).isCloseTo(18_000, within(1e-6));
                    assertThat(unmet.cause()).isEqualTo(UnmetCause.LINE_CAPACITY);
                });
    }

    @Test
    void explainsDemandBeyondDealerReach() {
        Scenario scenario = TestScenarios.twoPartners();

        FootprintPlan plan = FootprintLever.plan(scenario, List.of("A"), OPTIONS);

        assertThat(plan.unmetDemand())
                .extracting(UnmetDemand::modelId, UnmetDemand::marketId, UnmetDemand::cause)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A-SEDAN", "EAST", UnmetCause.DEALER_REACH));
        assertThat(plan.unmetDemand().get(0).sentence())
                .isEqualTo("14,000 of the 20,000 Alpha Sedan wanted in East stay unsold: only 30 % of East's demand"
                        + " is within reach of Alpha Motors' dealers there, and the plan sells all of it. Each"
                        + " vehicle more within their reach would add USD 900 of profit a year.");
        assertThat(plan.bindingCapacities()).isEmpty();
    }

    @Test
    void namesTheBusinessRulesThatMakeServingAllDemandImpossible() {
        Scenario scenario = TestScenarios.twoPartners();
        FootprintOptions mustServe = new FootprintOptions(MipSolver.HIGHS, 60, 1e-9, 1, true, false, true);

        assertThatThrownBy(() -> FootprintLever.plan(scenario, List.of("A"), mustServe))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("No plan of A can serve all demand")
                .hasMessageContaining("Demand for the Alpha Sedan in East (20,000 a year) must be served, but the"
                        + " dealers reach only 6,000 of it.");
    }

    @Test
    void namesADealerReachThatFallsShortByLessThanAVehicle() {
        Scenario base = TestScenarios.twoPartners();
        Scenario scenario = base.toBuilder()
                .dealerCoverages(base.dealerCoverages().stream()
                        .map(c -> c.partnerId().equals("A") && c.marketId().equals("EAST")
                                ? new DealerCoverage("A", "EAST", 0.99999, c.commissionRate())
                                : c)
                        .toList())
                .build();
        FootprintOptions mustServe = new FootprintOptions(MipSolver.HIGHS, 60, 1e-9, 1, true, false, true);

        assertThatThrownBy(() -> FootprintLever.plan(scenario, List.of("A"), mustServe))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("Demand for the Alpha Sedan in East (20,000 a year) must be served, but the"
                        + " dealers reach only 19,999.80 of it.");
    }

    @Test
    void scipFindsTheSameOptimumAsHighs() {
        Scenario scenario = TestScenarios.twoPartners();

        FootprintPlan highs = FootprintLever.plan(scenario, List.of("A", "B"), OPTIONS);
        FootprintPlan scip = FootprintLever.plan(scenario, List.of("A", "B"), OPTIONS.withSolver(MipSolver.SCIP));

        FootprintPlanChecker.assertSound(scenario, scip);
        assertThat(scip.profit()).isCloseTo(highs.profit(), within(1e-6 * highs.profit()));
    }

    @Test
    void bindingCapacitiesAreSortedByMarginalValue() {
        Scenario scenario = TestScenarios.threePartners();

        FootprintPlan plan = FootprintLever.plan(
                scenario, scenario.partners().stream().map(p -> p.partnerId()).toList(), OPTIONS);

        FootprintPlanChecker.assertSound(scenario, plan);
        assertThat(plan.bindingCapacities())
                .extracting(BindingCapacity::marginalValuePerUnit)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @ParameterizedTest(name = "pricing from {0} routes")
    @ValueSource(ints = {FootprintLever.PRICING_ROUTES, 0})
    void aSpentTimeLimitKeepsThePlanAndSaysWhyItIsNotExplained(int pricingRoutes) {
        Scenario scenario = TestScenarios.threePartners();
        List<String> everyone =
                scenario.partners().stream().map(p -> p.partnerId()).toList();
        List<FootprintPlan> alone = everyone.stream()
                .map(id -> FootprintLever.plan(scenario, List.of(id), OPTIONS))
                .toList();
        FootprintPlan explained = FootprintLever.plan(scenario, everyone, OPTIONS, alone, pricingRoutes);
        assertThat(explained.bindingCapacities()).isNotEmpty();
        assertThat(explained.solve().note()).doesNotContain("binding capacities");

        // A microsecond: the solve may or may not find a plan, but nothing is left to explain it.
        FootprintPlan rushed =
                FootprintLever.plan(scenario, everyone, OPTIONS.withTimeLimitSeconds(1e-6), alone, pricingRoutes);

        FootprintPlanChecker.assertSound(scenario, rushed);
        assertThat(rushed.solve().hasPlan()).isTrue();
        assertThat(rushed.profit())
                .isGreaterThanOrEqualTo(
                        alone.stream().mapToDouble(FootprintPlan::profit).sum() - 1e-6);
        assertThat(rushed.bindingCapacities()).isEmpty();
        assertThat(rushed.solve().note())
                .contains("no binding capacities or causes of unmet demand", "give more time with a longer time limit");
    }
}
