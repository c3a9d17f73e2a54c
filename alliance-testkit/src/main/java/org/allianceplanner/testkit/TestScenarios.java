package org.allianceplanner.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.allianceplanner.model.geography.Country;
import org.allianceplanner.model.geography.FreightLane;
import org.allianceplanner.model.geography.Market;
import org.allianceplanner.model.geography.Tariff;
import org.allianceplanner.model.partner.CandidateCoalition;
import org.allianceplanner.model.partner.DealerCoverage;
import org.allianceplanner.model.partner.Friction;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.plant.LineStatus;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.model.plant.Platform;
import org.allianceplanner.model.plant.PlatformLine;
import org.allianceplanner.model.plant.ProductionBaseline;
import org.allianceplanner.model.rnd.RndProgram;
import org.allianceplanner.model.rnd.RndTask;
import org.allianceplanner.model.rnd.RndTaskNeed;
import org.allianceplanner.model.rnd.RndTeam;
import org.allianceplanner.model.scenario.FxRate;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.scenario.ScenarioSettings;
import org.allianceplanner.model.scenario.SolverSettings;
import org.allianceplanner.model.sourcing.CommonizationOption;
import org.allianceplanner.model.sourcing.PartFamily;
import org.allianceplanner.model.sourcing.PartFreight;
import org.allianceplanner.model.sourcing.PartVariant;
import org.allianceplanner.model.sourcing.PriceTier;
import org.allianceplanner.model.sourcing.Supplier;
import org.allianceplanner.model.vehicle.BomLine;
import org.allianceplanner.model.vehicle.Demand;
import org.allianceplanner.model.vehicle.Powertrain;
import org.allianceplanner.model.vehicle.VehicleModel;

/**
 * Tiny canonical scenarios, valid and with every table filled, that every module's tests start
 * from. Figures are round so that expected answers can be worked out by hand; each factory's javadoc
 * lists what makes its scenario interesting. Derive a variant with {@link Scenario#toBuilder()}.
 *
 * <p>Each call builds a new, equal scenario; scenarios are immutable, so sharing one is also safe.
 */
public final class TestScenarios {
    /** Base currency of every test scenario. */
    public static final String BASE_CURRENCY = "USD";

    private TestScenarios() {}

    /**
     * Two partners whose alliance pays off in every lever. All money is USD unless the owner is B,
     * whose figures are EUR at 1 EUR = 1.25 USD (exact in binary, so conversions are exact).
     *
     * <p>Geography: markets {@code NORTH} (country {@code AA}) and {@code EAST} (countries {@code BB},
     * {@code CC}). Tariffs (the most specific row applies): 2.5 % on everything entering NORTH but
     * 5 % on battery cells; 10 % on everything entering EAST but 30 % on BEVs from AA; goods moving
     * within one market pay none.
     *
     * <ul>
     *   <li><b>Partner A</b> (USD, home AA): plant {@code A-P1} in AA (100,000 units/year, index 1.0,
     *       may not close) with an existing {@code A-EV} line; BEV model {@code A-SEDAN} (conversion
     *       3,000 per vehicle) sold in NORTH (50,000 at 40,000) and EAST (20,000 at 42,000). A's dealers
     *       reach all of NORTH but only 30 % of EAST.
     *   <li><b>Partner B</b> (EUR, home BB): plants {@code B-P1} in BB (80,000, index 1.2) and {@code
     *       B-P2} in low-cost CC (50,000, index 0.8), both with {@code B-CAR} lines; models {@code
     *       B-HATCH} (ICE) and {@code B-SUV} (HEV). B's dealers reach all of EAST and 20 % of NORTH.
     *   <li><b>Materials</b> per vehicle: A-SEDAN 24,000 USD, B-HATCH 9,000 EUR, B-SUV 14,000 EUR. A's
     *       EAST sedans, with the 30 % tariff and freight from AA, earn only 900 each.
     *   <li><b>Joint production:</b> a POSSIBLE {@code A-EV} line at B-P2 (40,000 units, retooling
     *       25,000,000 EUR, 12 months' lead time) lets the alliance build A-SEDAN inside EAST, avoiding
     *       the 30 % tariff and the 1,500 freight from AA, and sell it through B's dealers.
     *   <li><b>Sourcing:</b> battery cells {@code CELL-NMC} (A-SEDAN 75 kWh, B-SUV 2 kWh) only from
     *       {@code S-CELL} (EUR): 80 per kWh, 72 from 4,000,000 kWh/year. Drive units {@code DRIVE-A}
     *       (A) and {@code DRIVE-B} (B) of family {@code DRIVE} (at most 75 % from one supplier) from
     *       {@code S-DRIVE} (USD; DRIVE-A 1,000, 900 from 50,000; DRIVE-B 800, 700 from 100,000) and
     *       S-CELL-DU, Cellco's drive-unit line (single tiers, 840 and 680 EUR). Commonizing DRIVE-A into
     *       DRIVE-B (5,000,000 USD) pays for A even alone; only with both partners' drive units pooled
     *       (140,000, of which 75 % may go to S-DRIVE) is DRIVE-B's 100,000 tier within reach.
     *   <li><b>R&amp;D:</b> programs {@code A-NEXT} (cost of delay 2,000,000 per month) and {@code B-NEXT}
     *       (1,600,000 EUR = 2,000,000 USD per month), each a "Cell chemistry" task {@code T1} of 6 months
     *       with share key {@code battery}, a second task {@code T2} and an integration task {@code T3}
     *       after both. Alone, A finishes in 12 months (T1 and T2 in parallel, T2 takes 8, then T3 takes
     *       4) and B in 9 (T1 6, T2 5 in parallel, then T3 3); in the alliance T1 is done once.
     *   <li><b>Alliance:</b> friction 0.3 between A and B (default 0.5); candidate coalition {@code
     *       a-b}. One-off costs are annualized over 5 years at a 0 % discount rate, so 25,000,000 of
     *       retooling costs 5,000,000 a year.
     * </ul>
     */
    public static Scenario twoPartners() {
        return Scenario.builder()
                .settings(settings(
                        "two-partners",
                        "Test kit: partners A (USD) and B (EUR) with a possible joint EV line at B's low-cost plant."))
                .partners(List.of(
                        new Partner("A", "Alpha Motors", "AA", "USD"), new Partner("B", "Beta Auto", "BB", "EUR")))
                .markets(List.of(new Market("NORTH", "North", 40, -90), new Market("EAST", "East", 50, 10)))
                .countries(List.of(
                        new Country("AA", "Aland", "NORTH"),
                        new Country("BB", "Bland", "EAST"),
                        new Country("CC", "Cland", "EAST")))
                .plants(List.of(
                        new Plant(
                                "A-P1", "A", "Alpha North", "AA", 41, -88, 100_000, 10_000_000, 20_000_000, 1.0, false),
                        new Plant("B-P1", "B", "Beta East", "BB", 50, 8, 80_000, 8_000_000, 16_000_000, 1.2, true),
                        new Plant("B-P2", "B", "Beta Low-cost", "CC", 47, 19, 50_000, 4_000_000, 6_000_000, 0.8, true)))
                .platforms(List.of(
                        new Platform("A-EV", "A", "Alpha EV platform"),
                        new Platform("B-CAR", "B", "Beta car platform")))
                .platformLines(List.of(
                        new PlatformLine("A-P1", "A-EV", LineStatus.EXISTING, 100_000, 2_000_000, 0, 0),
                        new PlatformLine("B-P1", "B-CAR", LineStatus.EXISTING, 80_000, 1_500_000, 0, 0),
                        new PlatformLine("B-P2", "B-CAR", LineStatus.EXISTING, 50_000, 1_000_000, 0, 0),
                        new PlatformLine("B-P2", "A-EV", LineStatus.POSSIBLE, 40_000, 1_000_000, 25_000_000, 12)))
                .productionBaselines(List.of(
                        new ProductionBaseline("A-P1", "A-SEDAN", 60_000),
                        new ProductionBaseline("B-P1", "B-HATCH", 50_000),
                        new ProductionBaseline("B-P2", "B-SUV", 30_000)))
                .vehicleModels(List.of(
                        new VehicleModel(
                                "A-SEDAN", "A", "Alpha Sedan", "A-EV", "D sedan", Powertrain.BEV, 3_000, 24_000),
                        new VehicleModel(
                                "B-HATCH", "B", "Beta Hatch", "B-CAR", "B hatch", Powertrain.ICE, 2_000, 9_000),
                        new VehicleModel("B-SUV", "B", "Beta SUV", "B-CAR", "C SUV", Powertrain.HEV, 2_400, 14_000)))
                .bomLines(List.of(
                        new BomLine("A-SEDAN", "CELL-NMC", 75),
                        new BomLine("A-SEDAN", "DRIVE-A", 1),
                        new BomLine("B-HATCH", "DRIVE-B", 1),
                        new BomLine("B-SUV", "DRIVE-B", 1),
                        new BomLine("B-SUV", "CELL-NMC", 2)))
                .demands(List.of(
                        new Demand("A-SEDAN", "NORTH", 50_000, 40_000),
                        new Demand("A-SEDAN", "EAST", 20_000, 42_000),
                        new Demand("B-HATCH", "EAST", 50_000, 16_000),
                        new Demand("B-HATCH", "NORTH", 10_000, 17_000),
                        new Demand("B-SUV", "EAST", 30_000, 24_000)))
                .dealerCoverages(List.of(
                        new DealerCoverage("A", "NORTH", 1.0, 0.05),
                        new DealerCoverage("A", "EAST", 0.3, 0.05),
                        new DealerCoverage("B", "EAST", 1.0, 0.06),
                        new DealerCoverage("B", "NORTH", 0.2, 0.06)))
                .freightLanes(List.of(
                        new FreightLane("AA", "NORTH", 500, 5),
                        new FreightLane("AA", "EAST", 1_500, 30),
                        new FreightLane("BB", "EAST", 400, 4),
                        new FreightLane("BB", "NORTH", 1_600, 30),
                        new FreightLane("CC", "EAST", 300, 3),
                        new FreightLane("CC", "NORTH", 1_700, 32)))
                .tariffs(List.of(
                        new Tariff(Tariff.ANY, "NORTH", Tariff.ANY, 0.025, "Illustrative most-favoured-nation duty"),
                        new Tariff(Tariff.ANY, "NORTH", "CELL", 0.05, "Illustrative duty on battery cells"),
                        new Tariff(Tariff.ANY, "EAST", Tariff.ANY, 0.10, "Illustrative common external tariff"),
                        new Tariff("AA", "EAST", "BEV", 0.30, "Illustrative countervailing duty on EVs from AA")))
                .partFamilies(List.of(
                        new PartFamily("CELL", "Battery cells", null), new PartFamily("DRIVE", "Drive units", 0.75)))
                .partVariants(List.of(
                        new PartVariant("CELL-NMC", "CELL", "NMC cell", "kWh"),
                        new PartVariant("DRIVE-A", "DRIVE", "Alpha drive unit", "piece"),
                        new PartVariant("DRIVE-B", "DRIVE", "Beta drive unit", "piece")))
                .suppliers(List.of(
                        new Supplier("S-CELL", "Cellco", "CC", "EUR", 10_000_000),
                        new Supplier("S-DRIVE", "Drivetech", "AA", "USD", 500_000),
                        new Supplier("S-CELL-DU", "Cellco drive units", "CC", "EUR", 500_000)))
                .priceTiers(List.of(
                        new PriceTier("S-CELL", "CELL-NMC", 0, 80),
                        new PriceTier("S-CELL", "CELL-NMC", 4_000_000, 72),
                        new PriceTier("S-CELL-DU", "DRIVE-A", 0, 840),
                        new PriceTier("S-CELL-DU", "DRIVE-B", 0, 680),
                        new PriceTier("S-DRIVE", "DRIVE-A", 0, 1_000),
                        new PriceTier("S-DRIVE", "DRIVE-A", 50_000, 900),
                        new PriceTier("S-DRIVE", "DRIVE-B", 0, 800),
                        new PriceTier("S-DRIVE", "DRIVE-B", 100_000, 700)))
                .partFreights(List.of(
                        new PartFreight("CC", "AA", "CELL", 5),
                        new PartFreight("CC", "AA", PartFreight.ANY, 30),
                        new PartFreight("CC", "BB", PartFreight.ANY, 10),
                        new PartFreight("CC", "CC", PartFreight.ANY, 0),
                        new PartFreight("AA", "AA", PartFreight.ANY, 0),
                        new PartFreight("AA", "BB", PartFreight.ANY, 40),
                        new PartFreight("AA", "CC", PartFreight.ANY, 40)))
                .commonizationOptions(List.of(new CommonizationOption("DRIVE-A", "DRIVE-B", 5_000_000)))
                .rndPrograms(List.of(
                        new RndProgram("A-NEXT", "A", "Next-generation EV", 2_000_000),
                        new RndProgram("B-NEXT", "B", "Compact EV", 1_600_000)))
                .rndTasks(List.of(
                        new RndTask("A-NEXT", "T1", "Cell chemistry", 6, List.of(), "battery"),
                        new RndTask("A-NEXT", "T2", "Platform design", 8, List.of(), null),
                        new RndTask("A-NEXT", "T3", "Integration and testing", 4, List.of("T1", "T2"), null),
                        new RndTask("B-NEXT", "T1", "Cell chemistry", 6, List.of(), "battery"),
                        new RndTask("B-NEXT", "T2", "Body engineering", 5, List.of(), null),
                        new RndTask("B-NEXT", "T3", "Launch preparation", 3, List.of("T1", "T2"), null)))
                .rndTaskNeeds(List.of(
                        new RndTaskNeed("A-NEXT", "T1", "battery-chemistry", 2),
                        new RndTaskNeed("A-NEXT", "T2", "vehicle-engineering", 2),
                        new RndTaskNeed("A-NEXT", "T3", "vehicle-engineering", 1),
                        new RndTaskNeed("B-NEXT", "T1", "battery-chemistry", 1),
                        new RndTaskNeed("B-NEXT", "T2", "vehicle-engineering", 2),
                        new RndTaskNeed("B-NEXT", "T3", "vehicle-engineering", 2)))
                .rndTeams(List.of(
                        new RndTeam("A", "battery-chemistry", 2),
                        new RndTeam("A", "vehicle-engineering", 2),
                        new RndTeam("B", "battery-chemistry", 1),
                        new RndTeam("B", "vehicle-engineering", 3)))
                .frictions(List.of(new Friction("A", "B", 0.3)))
                .candidateCoalitions(List.of(new CandidateCoalition("a-b", List.of("A", "B"))))
                .fxRates(List.of(new FxRate("USD", 1), new FxRate("EUR", 1.25)))
                .build();
    }

    /**
     * {@link #twoPartners()} plus partner C, so that coalitions of every size can be compared.
     *
     * <ul>
     *   <li><b>Partner C</b> (USD, home {@code DD} in NORTH): plant {@code C-P1} in DD (60,000
     *       units/year, index 0.9) with an existing {@code C-BOX} line, building PHEV van {@code C-VAN}
     *       (conversion 2,200; demand 40,000 at 30,000 in NORTH and 10,000 at 31,000 in EAST). Today it
     *       builds 35,000, so C-P1 has spare capacity.
     *   <li><b>Joint production:</b> a POSSIBLE {@code B-CAR} line at C-P1 (30,000 units, retooling
     *       10,000,000, 9 months) lets B build inside NORTH, avoiding the 2.5 % tariff and 1,600+ freight.
     *   <li><b>Sourcing:</b> C-VAN uses DRIVE-A and 20 kWh of CELL-NMC, adding to A's volumes.
     *   <li><b>R&amp;D:</b> program {@code C-NEXT} (cost of delay 500,000 per month): T1 "Cell chemistry"
     *       (6 months, share key {@code battery}) then T2 (4 months); alone 10 months.
     *   <li><b>Alliance:</b> friction A–C 0.6 (poor fit), B–C 0.1 (good fit); coalitions {@code a-b},
     *       {@code a-c}, {@code b-c} and {@code a-b-c}.
     * </ul>
     */
    public static Scenario threePartners() {
        Scenario two = twoPartners();
        return two.toBuilder()
                .settings(settings(
                        "three-partners",
                        "Test kit: partners A (USD), B (EUR) and C (USD), C with spare capacity in NORTH."))
                .partners(plus(two.partners(), new Partner("C", "Gamma Cars", "DD", "USD")))
                .countries(plus(two.countries(), new Country("DD", "Dland", "NORTH")))
                .plants(plus(
                        two.plants(),
                        new Plant("C-P1", "C", "Gamma North", "DD", 35, -100, 60_000, 5_000_000, 8_000_000, 0.9, true)))
                .platforms(plus(two.platforms(), new Platform("C-BOX", "C", "Gamma van platform")))
                .platformLines(plus(
                        two.platformLines(),
                        new PlatformLine("C-P1", "C-BOX", LineStatus.EXISTING, 60_000, 1_000_000, 0, 0),
                        new PlatformLine("C-P1", "B-CAR", LineStatus.POSSIBLE, 30_000, 800_000, 10_000_000, 9)))
                .productionBaselines(plus(two.productionBaselines(), new ProductionBaseline("C-P1", "C-VAN", 35_000)))
                .vehicleModels(plus(
                        two.vehicleModels(),
                        new VehicleModel("C-VAN", "C", "Gamma Van", "C-BOX", "LCV", Powertrain.PHEV, 2_200, 20_000)))
                .bomLines(
                        plus(two.bomLines(), new BomLine("C-VAN", "DRIVE-A", 1), new BomLine("C-VAN", "CELL-NMC", 20)))
                .demands(plus(
                        two.demands(),
                        new Demand("C-VAN", "NORTH", 40_000, 30_000),
                        new Demand("C-VAN", "EAST", 10_000, 31_000)))
                .dealerCoverages(plus(two.dealerCoverages(), new DealerCoverage("C", "NORTH", 0.8, 0.04)))
                .freightLanes(plus(
                        two.freightLanes(),
                        new FreightLane("DD", "NORTH", 400, 3),
                        new FreightLane("DD", "EAST", 1_600, 30)))
                .partFreights(plus(
                        two.partFreights(),
                        new PartFreight("CC", "DD", PartFreight.ANY, 30),
                        new PartFreight("AA", "DD", PartFreight.ANY, 10)))
                .rndPrograms(plus(two.rndPrograms(), new RndProgram("C-NEXT", "C", "Van electrification", 500_000)))
                .rndTasks(plus(
                        two.rndTasks(),
                        new RndTask("C-NEXT", "T1", "Cell chemistry", 6, List.of(), "battery"),
                        new RndTask("C-NEXT", "T2", "Van integration", 4, List.of("T1"), null)))
                .rndTaskNeeds(plus(
                        two.rndTaskNeeds(),
                        new RndTaskNeed("C-NEXT", "T1", "battery-chemistry", 1),
                        new RndTaskNeed("C-NEXT", "T2", "vehicle-engineering", 1)))
                .rndTeams(plus(
                        two.rndTeams(),
                        new RndTeam("C", "battery-chemistry", 1),
                        new RndTeam("C", "vehicle-engineering", 1)))
                .frictions(plus(two.frictions(), new Friction("A", "C", 0.6), new Friction("B", "C", 0.1)))
                .candidateCoalitions(plus(
                        two.candidateCoalitions(),
                        new CandidateCoalition("a-c", List.of("A", "C")),
                        new CandidateCoalition("b-c", List.of("B", "C")),
                        new CandidateCoalition("a-b-c", List.of("A", "B", "C"))))
                .build();
    }

    private static ScenarioSettings settings(String name, String description) {
        return new ScenarioSettings(name, description, BASE_CURRENCY, 0.5, 5, 0.0, SolverSettings.DEFAULTS);
    }

    @SafeVarargs
    private static <T> List<T> plus(List<T> rows, T... more) {
        List<T> all = new ArrayList<>(rows);
        all.addAll(Arrays.asList(more));
        return List.copyOf(all);
    }
}
