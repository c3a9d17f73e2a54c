package org.allianceplanner.engine.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.footprint.ProductionFlow;
import org.allianceplanner.model.footprint.UnmetCause;
import org.allianceplanner.model.footprint.UnmetDemand;
import org.allianceplanner.model.geography.FreightLane;
import org.allianceplanner.model.geography.Tariff;
import org.allianceplanner.model.partner.DealerCoverage;
import org.allianceplanner.model.plant.LineStatus;
import org.allianceplanner.model.plant.PlatformLine;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.scenario.SolverSettings;
import org.allianceplanner.model.vehicle.Demand;
import org.allianceplanner.testkit.FootprintPlanChecker;
import org.allianceplanner.testkit.TestScenarios;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * One tiny scenario per cause of unmet demand: the test kit's partner A alone, whose Alpha Sedan is
 * wanted 20,000 times in East. Each test checks the cause named for that row and re-plans twice: with
 * the named limit raised the plan serves more of the row, with a limit not named raised it serves no
 * more. That is what makes a cause the true one rather than a guess.
 */
class UnmetDemandCauseTest {
    private static final FootprintOptions OPTIONS = FootprintOptions.from(new SolverSettings(60, 1e-9, 1));
    private static final String SEDAN = "A-SEDAN";
    private static final String EAST = "EAST";

    @Test
    void namesDealerReachWhenTheOwnDealersSellAllTheyReach() {
        Scenario scenario = TestScenarios.twoPartners();

        UnmetDemand unmet = eastSedans(scenario, List.of("A"));

        // A's dealers reach 30 % of East: 6,000 sedans at 900 each; the plant and line have room.
        assertThat(unmet.cause()).isEqualTo(UnmetCause.DEALER_REACH);
        assertThat(unmet.sentence())
                .isEqualTo("14,000 of the 20,000 Alpha Sedan wanted in East stay unsold: only 30 % of East's demand"
                        + " is within reach of Alpha Motors' dealers there, and the plan sells all of it. Each"
                        + " vehicle more within their reach would add USD 900 of profit a year.");
        assertThat(served(scenario, List.of("A"))).isCloseTo(6_000, within(1e-6));
        assertThat(served(withEastReach(scenario, "A", 0.6), List.of("A"))).isCloseTo(12_000, within(1e-6));
        assertThat(served(withCapacities(scenario, 200_000, 200_000), List.of("A")))
                .isCloseTo(6_000, within(1e-6));
    }

    @Test
    void namesTheOwnDealersReachWhenPartnerDealersCostMoreCommissionThanAVehicleEarns() {
        // As in the demo's China: B's dealers reach all of East, but at a 60 % commission no Alpha Sedan
        // pays for it, so the joint plan still sells only what A's own dealers reach.
        Scenario scenario = withDealers(
                TestScenarios.twoPartners(),
                coverage -> coverage.partnerId().equals("B")
                        ? new DealerCoverage("B", coverage.marketId(), coverage.coverageShare(), 0.6)
                        : coverage);
        List<String> alliance = List.of("A", "B");

        UnmetDemand unmet = eastSedans(scenario, alliance);

        assertThat(unmet.cause()).isEqualTo(UnmetCause.DEALER_REACH);
        assertThat(unmet.sentence())
                .contains(
                        "only 30 % of East's demand is within reach of Alpha Motors' dealers there, and the plan"
                                + " sells all of it",
                        "Beta Auto's dealers reach more, but a commission of at least USD 25,200 per vehicle");
        double today = served(scenario, alliance);
        assertThat(today).isCloseTo(6_000, within(1e-6));
        assertThat(served(withEastReach(scenario, "A", 0.6), alliance)).isGreaterThan(today + 1);
        assertThat(served(withCapacities(scenario, 400_000, 400_000), alliance)).isCloseTo(today, within(1e-6));
    }

    @Test
    void namesThePlantWhenThePlantIsFull() {
        Scenario scenario = withCapacities(TestScenarios.twoPartners(), 52_000, 100_000);

        UnmetDemand unmet = eastSedans(scenario, List.of("A"));

        // 52,000 vehicles of plant: all 50,000 North sedans (12,500 each), then 2,000 East ones (900).
        assertThat(unmet.cause()).isEqualTo(UnmetCause.PLANT_CAPACITY);
        assertThat(unmet.sentence())
                .contains("Alpha North, would earn USD 900 per vehicle, but the plant is full at 52,000 vehicles");
        assertThat(served(scenario, List.of("A"))).isCloseTo(2_000, within(1e-6));
        assertThat(served(withCapacities(scenario, 60_000, 100_000), List.of("A")))
                .isCloseTo(6_000, within(1e-6));
        assertThat(served(withCapacities(scenario, 52_000, 200_000), List.of("A")))
                .isCloseTo(2_000, within(1e-6));
        assertThat(served(withEastReach(scenario, "A", 0.6), List.of("A"))).isCloseTo(2_000, within(1e-6));
    }

    @Test
    void namesTheLineWhenTheLineIsFull() {
        Scenario scenario = withCapacities(TestScenarios.twoPartners(), 100_000, 52_000);

        UnmetDemand unmet = eastSedans(scenario, List.of("A"));

        assertThat(unmet.cause()).isEqualTo(UnmetCause.LINE_CAPACITY);
        assertThat(unmet.sentence())
                .contains("Alpha North, would earn USD 900 per vehicle, but its Alpha EV platform line is full at"
                        + " 52,000 vehicles");
        assertThat(served(scenario, List.of("A"))).isCloseTo(2_000, within(1e-6));
        assertThat(served(withCapacities(scenario, 100_000, 60_000), List.of("A")))
                .isCloseTo(6_000, within(1e-6));
        assertThat(served(withCapacities(scenario, 200_000, 52_000), List.of("A")))
                .isCloseTo(2_000, within(1e-6));
    }

    @Test
    void namesTheTariffWhenOnlyTheTariffMakesTheSedanLoseMoney() {
        // A 35 % duty on Aland's EVs into East: 42,000 × 0.65 − 28,500 of costs = −1,200 a sedan;
        // without it (East's common 10 % then applies) each earns 9,300.
        Scenario scenario = withEvDutyIntoEast(TestScenarios.twoPartners(), 0.35);

        UnmetDemand unmet = eastSedans(scenario, List.of("A"));

        assertThat(unmet.cause()).isEqualTo(UnmetCause.TARIFF);
        assertThat(unmet.sentence())
                .contains("Alpha North would earn USD 13,500 per vehicle without the 35 % tariff on them from Aland"
                        + " into East, and USD -1,200 with it");
        assertThat(served(scenario, List.of("A"))).isCloseTo(0, within(1e-6));
        assertThat(served(withEvDutyIntoEast(scenario, null), List.of("A"))).isCloseTo(6_000, within(1e-6));
        assertThat(served(withCapacities(scenario, 200_000, 200_000), List.of("A")))
                .isCloseTo(0, within(1e-6));
        assertThat(served(withEastReach(scenario, "A", 0.6), List.of("A"))).isCloseTo(0, within(1e-6));
    }

    @Test
    void namesNoProfitableRouteWhenTheSedanLosesMoneyEvenWithoutTariff() {
        // At 28,000 a sedan in East costs 28,500 before any tariff.
        Scenario scenario = TestScenarios.twoPartners().toBuilder()
                .demands(TestScenarios.twoPartners().demands().stream()
                        .map(demand -> demand.modelId().equals(SEDAN)
                                        && demand.marketId().equals(EAST)
                                ? new Demand(SEDAN, EAST, demand.unitsPerYear(), 28_000)
                                : demand)
                        .toList())
                .build();

        UnmetDemand unmet = eastSedans(scenario, List.of("A"));

        assertThat(unmet.cause()).isEqualTo(UnmetCause.UNPROFITABLE);
        assertThat(served(scenario, List.of("A"))).isCloseTo(0, within(1e-6));
        assertThat(served(withEvDutyIntoEast(scenario, null), List.of("A"))).isCloseTo(0, within(1e-6));
        assertThat(served(withCapacities(scenario, 200_000, 200_000), List.of("A")))
                .isCloseTo(0, within(1e-6));
    }

    @Test
    void namesNoProductionRouteWhenNoLaneLeadsToTheMarket() {
        Scenario base = TestScenarios.twoPartners();
        Scenario scenario = base.toBuilder()
                .freightLanes(base.freightLanes().stream()
                        .filter(lane -> !(lane.originCountryId().equals("AA")
                                && lane.marketId().equals(EAST)))
                        .toList())
                .build();

        UnmetDemand unmet = eastSedans(scenario, List.of("A"));

        assertThat(unmet.cause()).isEqualTo(UnmetCause.NO_PRODUCTION_ROUTE);
        assertThat(unmet.sentence())
                .isEqualTo("20,000 of the 20,000 Alpha Sedan wanted in East cannot be built: no plant of the"
                        + " coalition has a Alpha EV platform line with a freight lane to East.");
        assertThat(served(scenario, List.of("A"))).isCloseTo(0, within(1e-6));
        assertThat(served(
                        scenario.toBuilder()
                                .freightLanes(plus(scenario.freightLanes(), new FreightLane("AA", EAST, 1_500, 30)))
                                .build(),
                        List.of("A")))
                .isCloseTo(6_000, within(1e-6));
        assertThat(served(withCapacities(scenario, 200_000, 200_000), List.of("A")))
                .isCloseTo(0, within(1e-6));
    }

    /** The unmet demand the plan of {@code members} reports for Alpha Sedans in East. */
    private static UnmetDemand eastSedans(Scenario scenario, List<String> members) {
        FootprintPlan plan = FootprintLever.plan(scenario, members, OPTIONS);
        FootprintPlanChecker.assertSound(scenario, plan);
        return plan.unmetDemand().stream()
                .filter(unmet ->
                        unmet.modelId().equals(SEDAN) && unmet.marketId().equals(EAST))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("No unmet demand for Alpha Sedans in East: " + plan.unmetDemand()));
    }

    /** Alpha Sedans the plan of {@code members} builds for East. */
    private static double served(Scenario scenario, List<String> members) {
        return FootprintLever.plan(scenario, members, OPTIONS).flows().stream()
                .filter(flow -> flow.modelId().equals(SEDAN) && flow.marketId().equals(EAST))
                .mapToDouble(ProductionFlow::unitsPerYear)
                .sum();
    }

    /** Plant A-P1 and its Alpha EV line with these capacities. */
    private static Scenario withCapacities(Scenario scenario, double plantUnits, double lineUnits) {
        return scenario.toBuilder()
                .plants(scenario.plants().stream()
                        .map(plant -> plant.plantId().equals("A-P1") ? plant.withCapacity(plantUnits) : plant)
                        .toList())
                .platformLines(scenario.platformLines().stream()
                        .map(line -> line.plantId().equals("A-P1")
                                ? new PlatformLine("A-P1", "A-EV", LineStatus.EXISTING, lineUnits, 2_000_000, 0, 0)
                                : line)
                        .toList())
                .build();
    }

    private static Scenario withEastReach(Scenario scenario, String partnerId, double share) {
        return withDealers(
                scenario,
                coverage -> coverage.partnerId().equals(partnerId)
                                && coverage.marketId().equals(EAST)
                        ? new DealerCoverage(partnerId, EAST, share, coverage.commissionRate())
                        : coverage);
    }

    private static Scenario withDealers(Scenario scenario, UnaryOperator<DealerCoverage> change) {
        return scenario.toBuilder()
                .dealerCoverages(scenario.dealerCoverages().stream().map(change).toList())
                .build();
    }

    /** The duty on Aland's EVs into East at {@code rate}, or without that duty when null. */
    private static Scenario withEvDutyIntoEast(Scenario scenario, @Nullable Double rate) {
        List<Tariff> others = scenario.tariffs().stream()
                .filter(tariff -> !(tariff.originCountryId().equals("AA")
                        && tariff.marketId().equals(EAST)
                        && tariff.product().equals("BEV")))
                .toList();
        return scenario.toBuilder()
                .tariffs(rate == null ? others : plus(others, new Tariff("AA", EAST, "BEV", rate, "Test duty")))
                .build();
    }

    private static <T> List<T> plus(List<T> list, T element) {
        return Stream.concat(list.stream(), Stream.of(element)).toList();
    }
}
