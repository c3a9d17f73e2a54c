package org.allianceplanner.engine.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.allianceplanner.engine.footprint.FootprintLever;
import org.allianceplanner.engine.footprint.FootprintOptions;
import org.allianceplanner.engine.solver.MipSolver;
import org.allianceplanner.engine.solver.PlanningException;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.footprint.ProductionFlow;
import org.allianceplanner.model.plan.SolveStatus;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.scenario.SolverSettings;
import org.allianceplanner.model.sourcing.PartFreight;
import org.allianceplanner.model.sourcing.Supplier;
import org.allianceplanner.model.sourcing.plan.CoalitionSourcing;
import org.allianceplanner.model.sourcing.plan.CommonizationDecision;
import org.allianceplanner.model.sourcing.plan.PartNeed;
import org.allianceplanner.model.sourcing.plan.SourcingPlan;
import org.allianceplanner.model.sourcing.plan.TierReached;
import org.allianceplanner.testkit.SourcingPlanChecker;
import org.allianceplanner.testkit.TestScenarios;
import org.junit.jupiter.api.Test;

/**
 * Known answers on the test kit's two partners, buying for today's production (A-P1: 60,000 A-SEDAN;
 * B-P1: 50,000 B-HATCH; B-P2: 30,000 B-SUV), worked out by hand below. EUR figures are × 1.25.
 */
class SourcingLeverTest {
    private static final Scenario TWO = TestScenarios.twoPartners();
    private static final SourcingOptions EXACT = new SourcingOptions(MipSolver.HIGHS, 60, 0, 1, true);

    private static List<PartNeed> baseline(Scenario scenario) {
        return PartNeeds.ofBaseline(scenario, List.of("A", "B"));
    }

    @Test
    void needsAreProductionTimesBillOfMaterials() {
        assertThat(baseline(TWO))
                .containsExactly(
                        new PartNeed("A-P1", "A", "CELL-NMC", 4_500_000),
                        new PartNeed("A-P1", "A", "DRIVE-A", 60_000),
                        new PartNeed("B-P1", "B", "DRIVE-B", 50_000),
                        new PartNeed("B-P2", "B", "CELL-NMC", 60_000),
                        new PartNeed("B-P2", "B", "DRIVE-B", 30_000));
    }

    @Test
    void needsOfAFootprintPlanFollowItsProduction() {
        FootprintPlan plan =
                FootprintLever.plan(TWO, List.of("A"), FootprintOptions.from(SolverSettings.DEFAULTS), List.of());
        double sedans = plan.flows().stream()
                .filter(flow -> flow.modelId().equals("A-SEDAN"))
                .mapToDouble(ProductionFlow::unitsPerYear)
                .sum();
        assertThat(sedans).isPositive();
        assertThat(PartNeeds.of(TWO, plan))
                .containsExactly(
                        new PartNeed("A-P1", "A", "CELL-NMC", 75 * sedans),
                        new PartNeed("A-P1", "A", "DRIVE-A", sedans));
    }

    /**
     * Separate. Cells (only Cellco, CC, 100 USD or 90 from 4,000,000 kWh): A's 4,500,000 kWh reach 90,
     * plus 5 % NORTH duty and 5 freight: 99.5 × 4,500,000 = 447,750,000; B's 60,000 at B-P2 (CC, no duty
     * or freight) pay 100: 6,000,000. Drives (at most 75 % from one supplier): A alone switches DRIVE-A to
     * DRIVE-B (1,000,000 a year: 5,000,000 over 5 years at 0 %), buying 45,000 from Drivetech at 800 and
     * 15,000 from Cellco at 850 × 1.025 + 30 = 901.25: 49,518,750 + 1,000,000 — against 61,593,750 with
     * DRIVE-A. B buys 60,000 from Cellco (30,000 at B-P2 at 850, 30,000 at B-P1 at 860) and 20,000 from
     * Drivetech at 800 × 1.1 + 40 = 920: 69,700,000. Total 573,968,750.
     *
     * <p>Pooled. Cells: B's 60,000 kWh now pay 90: 5,400,000. Drives: 140,000 DRIVE-B, so Drivetech may
     * take 105,000 and reach its 100,000 tier at 700: A's 60,000 at 700 and 45,000 of B-P1's at 700 × 1.1
     * + 40 = 810; Cellco the remaining 30,000 at B-P2 (850) and 5,000 at B-P1 (860): 108,250,000 plus
     * the engineering once. Total 562,400,000.
     */
    @Test
    void poolingReachesTheTierNoPartnerReachesAlone() {
        CoalitionSourcing result = SourcingLever.compare(TWO, List.of("A", "B"), baseline(TWO), EXACT);
        SourcingPlanChecker.assertSound(TWO, result.separate());
        SourcingPlanChecker.assertSound(TWO, result.pooled());
        assertThat(result.separate().solve().status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.pooled().solve().status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(result.separate().cost().total()).isCloseTo(573_968_750, within(1.0));
        assertThat(result.pooled().cost().total()).isCloseTo(562_400_000, within(1.0));
        assertThat(result.saving()).isCloseTo(11_568_750, within(1.0));
        assertThat(result.pooled().costOf("A")).isCloseTo(447_750_000 + 42_000_000 + 1_000_000, within(1.0));
        assertThat(result.pooled().costOf("B")).isCloseTo(5_400_000 + 36_450_000 + 25_500_000 + 4_300_000, within(1.0));
        assertThat(result.byPartner())
                .allSatisfy(partner -> assertThat(partner.saving()).isPositive());

        TierReached drivetech = tier(result.pooled(), "S-DRIVE", "DRIVE-B");
        assertThat(drivetech.unitsPerYear()).isCloseTo(105_000, within(1e-3));
        assertThat(drivetech.unitPrice()).isEqualTo(700);
        assertThat(drivetech.hasNextTier()).isFalse();
        assertThat(drivetech.buyerPartnerIds()).containsExactly("A", "B");
        TierReached alone = tier(result.separate(), "S-DRIVE", "DRIVE-B");
        assertThat(alone.buyerPartnerIds()).hasSize(1);
        assertThat(alone.unitPrice()).isEqualTo(800);
    }

    @Test
    void commonizationSaysWhatItSavesAndItsPayback() {
        CoalitionSourcing result = SourcingLever.compare(TWO, List.of("A", "B"), baseline(TWO), EXACT);
        CommonizationDecision pooled = result.pooled().commonization().get(0);
        assertThat(pooled.adopterPartnerIds()).containsExactly("A");
        assertThat(pooled.unitsMovedPerYear()).isCloseTo(60_000, within(1e-6));
        assertThat(pooled.annualizedCost()).isCloseTo(1_000_000, within(1e-6));
        // Forbidden, the pool buys DRIVE-A as A alone does (61,593,750) and B's DRIVE-B as B alone
        // (69,700,000): 131,293,750 against 108,250,000.
        assertThat(pooled.annualSaving()).isCloseTo(23_043_750, within(1.0));
        assertThat(pooled.paybackYears()).isCloseTo(5_000_000 / 23_043_750.0, within(1e-9));
        assertThat(pooled.sentence())
                .contains("Alpha Motors replaces Alpha drive unit by Beta drive unit")
                .contains("USD 23,043,750/yr")
                .contains("payback 0.2 years");
        CommonizationDecision separate = result.separate().commonization().get(0);
        assertThat(separate.annualSaving()).isCloseTo(61_593_750 - 49_518_750, within(1.0));
    }

    @Test
    void aVariantNoSupplierOffersIsBoughtThroughItsCommonization() {
        // DRIVE-A phased out: no tier offers it, so A's drive units can only be bought as DRIVE-B.
        Scenario phasedOut = TWO.toBuilder()
                .priceTiers(TWO.priceTiers().stream()
                        .filter(tier -> !tier.variantId().equals("DRIVE-A"))
                        .toList())
                .build();
        CoalitionSourcing result = SourcingLever.compare(phasedOut, List.of("A", "B"), baseline(phasedOut), EXACT);
        for (SourcingPlan plan : List.of(result.separate(), result.pooled())) {
            SourcingPlanChecker.assertSound(phasedOut, plan);
            assertThat(plan.commonization().get(0).adopterPartnerIds()).containsExactly("A");
        }
    }

    @Test
    void aSupplierAtCapacityShowsWhatMoreCapacityWouldSave() {
        // Drivetech limited to 100,000: it still reaches its tier, and one more unit would move a B-P1
        // drive unit from Cellco (860) to Drivetech (810).
        Scenario limited = TWO.toBuilder()
                .suppliers(replaceSupplier(TWO, new Supplier("S-DRIVE", "Drivetech", "AA", "USD", 100_000)))
                .build();
        SourcingPlan pooled = SourcingLever.plan(limited, List.of("A", "B"), baseline(limited), true, EXACT);
        SourcingPlanChecker.assertSound(limited, pooled);
        assertThat(pooled.cost().total()).isCloseTo(453_150_000 + 108_500_000 + 1_000_000, within(1.0));
        assertThat(pooled.suppliersAtCapacity()).singleElement().satisfies(full -> {
            assertThat(full.supplierId()).isEqualTo("S-DRIVE");
            assertThat(full.marginalSavingPerUnit()).isCloseTo(50, within(1e-6));
            assertThat(full.sentence())
                    .isEqualTo("Drivetech runs at its capacity of 100,000 piece/yr; one more piece/yr of capacity"
                            + " would save USD 50.00.");
        });
    }

    @Test
    void aTierJustMissedIsExplained() {
        // A alone buys 4,500,000 kWh of cells; with the tier at 5,000,000 it misses it by 10 %.
        Scenario higherTier = TWO.toBuilder()
                .priceTiers(TWO.priceTiers().stream()
                        .map(tier -> tier.minUnitsPerYear() == 4_000_000
                                ? new org.allianceplanner.model.sourcing.PriceTier(
                                        tier.supplierId(), tier.variantId(), 5_000_000, tier.pricePerUnit())
                                : tier)
                        .toList())
                .build();
        SourcingPlan alone = SourcingLever.plan(
                higherTier, List.of("A"), PartNeeds.ofBaseline(higherTier, List.of("A")), false, EXACT);
        SourcingPlanChecker.assertSound(higherTier, alone);
        assertThat(alone.tiersJustMissed()).singleElement().satisfies(missed -> {
            assertThat(missed.supplierId()).isEqualTo("S-CELL");
            assertThat(missed.unitsToNextTier()).isCloseTo(500_000, within(1e-3));
            assertThat(missed.sentence())
                    .isEqualTo("Alpha Motors buys 4,500,000 kWh of NMC cell from Cellco: the tier from 0 at"
                            + " USD 100.00 per kWh; 500,000 (10 %) more would reach USD 90.00 per kWh.");
        });
    }

    @Test
    void needsBeyondAllCapacityNameTheVariantAndTheShortfall() {
        Scenario small = TWO.toBuilder()
                .suppliers(replaceSupplier(TWO, new Supplier("S-CELL", "Cellco", "CC", "EUR", 1_000_000)))
                .build();
        assertThatThrownBy(() -> SourcingLever.plan(small, List.of("A", "B"), baseline(small), true, EXACT))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("No sourcing plan of A+B covers all part needs:")
                .hasMessageContaining("The plants need 4,560,000 kWh/yr of NMC cell (CELL-NMC), 3,560,000 more"
                        + " than the whole capacity of the 1 suppliers that can deliver it (1,000,000).");
    }

    @Test
    void aPlantNoSupplierCanReachIsNamed() {
        Scenario noLane = TWO.toBuilder()
                .partFreights(TWO.partFreights().stream()
                        .filter(lane -> !(lane.originCountryId().equals("CC")
                                && lane.destinationCountryId().equals("AA")
                                && lane.partFamilyId().equals("CELL")))
                        .filter(lane -> !(lane.originCountryId().equals("CC")
                                && lane.destinationCountryId().equals("AA")
                                && lane.partFamilyId().equals(PartFreight.ANY)))
                        .toList())
                .build();
        assertThatThrownBy(() -> SourcingLever.plan(
                        noLane, List.of("A"), baseline(noLane).subList(0, 2), false, EXACT))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("Alpha North needs 4,500,000 kWh/yr of NMC cell (CELL-NMC) for its planned"
                        + " production, but no supplier offering it has a part-freight lane from its country to"
                        + " AA.");
    }

    @Test
    void scipFindsTheSameCosts() {
        CoalitionSourcing result = SourcingLever.compare(
                TWO,
                List.of("A", "B"),
                baseline(TWO),
                EXACT.withSolver(MipSolver.SCIP).withExplain(false));
        SourcingPlanChecker.assertSound(TWO, result.pooled());
        assertThat(result.separate().cost().total()).isCloseTo(573_968_750, within(1.0));
        assertThat(result.pooled().cost().total()).isCloseTo(562_400_000, within(1.0));
    }

    private static TierReached tier(SourcingPlan plan, String supplierId, String variantId) {
        return plan.tiers().stream()
                .filter(tier ->
                        tier.supplierId().equals(supplierId) && tier.variantId().equals(variantId))
                .findFirst()
                .orElseThrow();
    }

    private static List<Supplier> replaceSupplier(Scenario scenario, Supplier replacement) {
        List<Supplier> suppliers = new ArrayList<>();
        for (Supplier supplier : scenario.suppliers()) {
            suppliers.add(supplier.supplierId().equals(replacement.supplierId()) ? replacement : supplier);
        }
        return suppliers;
    }
}
