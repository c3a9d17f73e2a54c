package org.allianceplanner.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.allianceplanner.model.alliance.AllianceComparison;
import org.allianceplanner.model.alliance.AllianceStudyResult;
import org.allianceplanner.model.alliance.CoalitionResult;
import org.allianceplanner.model.alliance.LeverSynergy;
import org.allianceplanner.model.alliance.PartnerStandalone;
import org.allianceplanner.model.alliance.ScenarioOutline;
import org.allianceplanner.model.footprint.BindingCapacity;
import org.allianceplanner.model.footprint.CoalitionFootprint;
import org.allianceplanner.model.footprint.DealerSale;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.footprint.LineAction;
import org.allianceplanner.model.footprint.LineDecision;
import org.allianceplanner.model.footprint.PlantDecision;
import org.allianceplanner.model.footprint.ProductionFlow;
import org.allianceplanner.model.footprint.ProfitBreakdown;
import org.allianceplanner.model.footprint.UnmetCause;
import org.allianceplanner.model.footprint.UnmetDemand;
import org.allianceplanner.model.game.Allocation;
import org.allianceplanner.model.game.CooperativeGame;
import org.allianceplanner.model.game.GainSharing;
import org.allianceplanner.model.game.GameKind;
import org.allianceplanner.model.game.SharingMethod;
import org.allianceplanner.model.geography.Market;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.plan.SolveReport;
import org.allianceplanner.model.plan.SolveStatus;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.model.rnd.RndProgram;
import org.allianceplanner.model.rnd.plan.BreakEvenFriction;
import org.allianceplanner.model.rnd.plan.ChainStep;
import org.allianceplanner.model.rnd.plan.CriticalChain;
import org.allianceplanner.model.rnd.plan.ProgramCompletion;
import org.allianceplanner.model.rnd.plan.ProgramGain;
import org.allianceplanner.model.rnd.plan.RndComparison;
import org.allianceplanner.model.rnd.plan.RndPlan;
import org.allianceplanner.model.rnd.plan.ScheduledTask;
import org.allianceplanner.model.rnd.plan.TaskRef;
import org.allianceplanner.model.rnd.plan.WaitCause;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.sourcing.plan.CoalitionSourcing;
import org.allianceplanner.model.sourcing.plan.CommonizationDecision;
import org.allianceplanner.model.sourcing.plan.PartnerProcurement;
import org.allianceplanner.model.sourcing.plan.SourcingAward;
import org.allianceplanner.model.sourcing.plan.SourcingCost;
import org.allianceplanner.model.sourcing.plan.SourcingPlan;
import org.allianceplanner.model.sourcing.plan.SupplierAtCapacity;
import org.allianceplanner.model.sourcing.plan.TierReached;

/**
 * A small, hand-made alliance study of Honda, Nissan and Tesla for the report tests: eight plants at
 * their real coordinates, four markets, flows standalone and joint, a battery-cell sourcing plan whose
 * pooled volume reaches a price tier, an R&amp;D schedule with a shared cell-chemistry task, and the
 * three-player game split by every method with hand-computed values.
 *
 * <p>The game (synergies in millions of USD, every partner alone 0): H+N 2,900, H+T 1,000, N+T 1,400,
 * all three 4,612; standalone profits H 7,000, N 5,000, T 9,000. Hand-computed gains: Shapley (5162/3,
 * 5762/3, 2912/3); nucleolus (1678, 2078, 856); equal-profit (1691.67, 1208.33, 1712); Nash equal split
 * 1537.33 each; proportional to standalone (1537.33, 1098.10, 1976.57), which H+N blocks: it gets 2,635.43
 * together but 2,900 alone.
 */
public final class StudyFixture {
    public static final double M = 1_000_000;
    public static final String HONDA = "honda";
    public static final String NISSAN = "nissan";
    public static final String TESLA = "tesla";
    public static final List<String> ALL = List.of(HONDA, NISSAN, TESLA);
    public static final Map<String, Double> STANDALONE_PROFIT =
            Map.of(HONDA, 7_000 * M, NISSAN, 5_000 * M, TESLA, 9_000 * M);

    /** Partner per plant id prefix, for the flows below. */
    private static final List<Plant> PLANTS = List.of(
            plant("nissan-smyrna", NISSAN, "Smyrna Vehicle Assembly", "US", 35.96, -86.53, 640_000),
            plant("nissan-sunderland", NISSAN, "Sunderland Plant", "GB", 54.92, -1.47, 500_000),
            plant("nissan-kyushu", NISSAN, "Nissan Motor Kyushu", "JP", 33.78, 130.99, 500_000),
            plant("honda-marysville", HONDA, "Marysville Auto Plant", "US", 40.29, -83.45, 440_000),
            plant("honda-suzuka", HONDA, "Suzuka Factory", "JP", 34.88, 136.58, 530_000),
            plant("tesla-fremont", TESLA, "Fremont Factory", "US", 37.49, -121.94, 650_000),
            plant("tesla-berlin", TESLA, "Gigafactory Berlin-Brandenburg", "DE", 52.40, 13.79, 375_000),
            plant("tesla-shanghai", TESLA, "Gigafactory Shanghai", "CN", 30.88, 121.78, 950_000));

    private static final List<Market> MARKETS = List.of(
            new Market("US", "United States", 39.8, -98.6),
            new Market("EU", "European Union", 50.1, 8.7),
            new Market("JP", "Japan", 35.7, 139.7),
            new Market("CN", "China", 31.2, 121.5));

    private StudyFixture() {}

    public static Scenario scenario() {
        return scenario("Nissan");
    }

    /** The scenario with Nissan called {@code nissanName}, to test that names are escaped. */
    public static Scenario scenario(String nissanName) {
        return TestScenarios.threePartners().toBuilder()
                .partners(List.of(
                        new Partner(HONDA, "Honda", "JP", "USD"),
                        new Partner(NISSAN, nissanName, "JP", "USD"),
                        new Partner(TESLA, "Tesla", "US", "USD")))
                .markets(MARKETS)
                .plants(PLANTS)
                .rndPrograms(List.of(
                        new RndProgram("honda-0", HONDA, "0 Series platform", 440 * M),
                        new RndProgram("nissan-ssb", NISSAN, "Solid-state battery", 400 * M),
                        new RndProgram("tesla-cell", TESLA, "Dry-electrode cell", 700 * M)))
                .candidateCoalitions(List.of())
                .build();
    }

    /** The scenario's outline with the names of the fixture's models, which the scenario does not have. */
    public static ScenarioOutline outline(String nissanName) {
        ScenarioOutline o = ScenarioOutline.of(scenario(nissanName));
        return new ScenarioOutline(
                o.partners(),
                o.plants(),
                o.markets(),
                o.platforms(),
                List.of(
                        new ScenarioOutline.ModelName("ROGUE", NISSAN, "Rogue"),
                        new ScenarioOutline.ModelName("QASHQAI", NISSAN, "Qashqai"),
                        new ScenarioOutline.ModelName("SERENA", NISSAN, "Serena"),
                        new ScenarioOutline.ModelName("X-TRAIL", NISSAN, "X-Trail"),
                        new ScenarioOutline.ModelName("CR-V", HONDA, "CR-V"),
                        new ScenarioOutline.ModelName("CIVIC", HONDA, "Civic"),
                        new ScenarioOutline.ModelName("MODEL-Y", TESLA, "Model Y"),
                        new ScenarioOutline.ModelName("MODEL-3", TESLA, "Model 3")));
    }

    public static List<ProductionFlow> standaloneFlows(String partnerId) {
        return switch (partnerId) {
            case NISSAN -> List.of(
                    flow("ROGUE", "nissan-smyrna", "US", 300_000),
                    flow("QASHQAI", "nissan-sunderland", "EU", 280_000),
                    flow("SERENA", "nissan-kyushu", "JP", 200_000),
                    flow("X-TRAIL", "nissan-kyushu", "CN", 90_000));
            case HONDA -> List.of(
                    flow("CR-V", "honda-marysville", "US", 380_000),
                    flow("CIVIC", "honda-suzuka", "JP", 250_000),
                    flow("CIVIC", "honda-suzuka", "EU", 60_000));
            case TESLA -> List.of(
                    flow("MODEL-Y", "tesla-fremont", "US", 450_000),
                    flow("MODEL-Y", "tesla-berlin", "EU", 375_000),
                    flow("MODEL-3", "tesla-shanghai", "CN", 600_000),
                    flow("MODEL-3", "tesla-shanghai", "JP", 40_000));
            default -> throw new IllegalArgumentException(partnerId);
        };
    }

    /**
     * The grand coalition's flows: the Civic for Europe moves to Sunderland, CR-Vs fill Smyrna, and
     * Nissan Motor Kyushu closes (its Serena moves to Suzuka, its X-Trail to Shanghai).
     */
    public static List<ProductionFlow> jointFlows() {
        return List.of(
                flow("ROGUE", "nissan-smyrna", "US", 300_000),
                flow("CR-V", "nissan-smyrna", "US", 200_000),
                flow("CR-V", "honda-marysville", "US", 180_000),
                flow("QASHQAI", "nissan-sunderland", "EU", 280_000),
                flow("CIVIC", "nissan-sunderland", "EU", 120_000),
                flow("SERENA", "honda-suzuka", "JP", 200_000),
                flow("X-TRAIL", "tesla-shanghai", "CN", 90_000),
                flow("CIVIC", "honda-suzuka", "JP", 250_000),
                flow("MODEL-Y", "tesla-fremont", "US", 450_000),
                flow("MODEL-Y", "tesla-berlin", "EU", 375_000),
                flow("MODEL-3", "tesla-shanghai", "CN", 600_000),
                flow("MODEL-3", "tesla-shanghai", "JP", 40_000));
    }

    public static AllianceStudyResult result() {
        return result("Nissan");
    }

    /** The study with Nissan called {@code nissanName} in its outline, to test that names are escaped. */
    public static AllianceStudyResult result(String nissanName) {
        List<PartnerStandalone> standalone = ALL.stream()
                .map(id -> new PartnerStandalone(
                        id, standaloneFootprint(id), separateSourcing(List.of(id)), standaloneRnd(id)))
                .toList();

        CoalitionResult hn = coalition(
                List.of(HONDA, NISSAN), new LeverSynergy(2_300 * M, 0, 600 * M), pairFlows(HONDA, NISSAN), 3, 4, 0);
        CoalitionResult ht = coalition(
                List.of(HONDA, TESLA), new LeverSynergy(100 * M, 700 * M, 200 * M), pairFlows(HONDA, TESLA), 1, 0, 1);
        CoalitionResult nt = coalition(
                List.of(NISSAN, TESLA), new LeverSynergy(540 * M, 660 * M, 200 * M), pairFlows(NISSAN, TESLA), 0, 1, 1);
        CoalitionResult all = coalition(ALL, new LeverSynergy(2_600 * M, 900 * M, 1_112 * M), jointFlows(), 4, 6, 2);

        CooperativeGame game = game();
        double h = Objects.requireNonNull(STANDALONE_PROFIT.get(HONDA));
        double n = Objects.requireNonNull(STANDALONE_PROFIT.get(NISSAN));
        double t = Objects.requireNonNull(STANDALONE_PROFIT.get(TESLA));
        GainSharing grandSharing = new GainSharing(
                game,
                List.of(
                        inCore(SharingMethod.SHAPLEY, h + 5162 * M / 3, n + 5762 * M / 3, t + 2912 * M / 3),
                        inCore(SharingMethod.NUCLEOLUS, h + 1678 * M, n + 2078 * M, t + 856 * M),
                        inCore(SharingMethod.EQUAL_PROFIT, h + 2900 * M * 7 / 12, n + 2900 * M * 5 / 12, t + 1712 * M),
                        inCore(SharingMethod.NASH, h + 4612 * M / 3, n + 4612 * M / 3, t + 4612 * M / 3),
                        new Allocation(
                                SharingMethod.PROPORTIONAL,
                                List.of(h + 4612 * M * 7 / 21, n + 4612 * M * 5 / 21, t + 4612 * M * 9 / 21),
                                false,
                                List.of(HONDA, NISSAN),
                                2_900 * M - 4612 * M * 12 / 21,
                                "grand coalition's value in proportion to the standalone values")),
                false,
                -856 * M,
                List.of());

        List<AllianceComparison> alliances = new ArrayList<>();
        alliances.add(
                new AllianceComparison(all.coalitionId(), ALL, 1, all.synergy(), grandSharing, breakEven(ALL, 0.62)));
        alliances.add(new AllianceComparison(
                hn.coalitionId(),
                hn.partnerIds(),
                2,
                hn.synergy(),
                pairSharing(game, hn),
                sharingAlonePays(hn.partnerIds())));
        alliances.add(new AllianceComparison(
                nt.coalitionId(),
                nt.partnerIds(),
                3,
                nt.synergy(),
                pairSharing(game, nt),
                breakEven(nt.partnerIds(), 0.45)));
        alliances.add(new AllianceComparison(
                ht.coalitionId(),
                ht.partnerIds(),
                4,
                ht.synergy(),
                pairSharing(game, ht),
                breakEven(ht.partnerIds(), 0.40)));
        int rank = 5;
        for (String id : ALL) {
            CooperativeGame alone = game.subgame(List.of(id));
            alliances.add(new AllianceComparison(
                    id,
                    List.of(id),
                    rank++,
                    LeverSynergy.NONE,
                    new GainSharing(
                            alone,
                            Stream.of(SharingMethod.values())
                                    .map(m -> new Allocation(m, List.of(alone.value(1)), true, List.of(), 0, "alone"))
                                    .toList(),
                            false,
                            0,
                            List.of()),
                    null));
        }
        return new AllianceStudyResult(
                "honda-nissan-tesla-fixture",
                "USD",
                "3f1c0d5e9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d",
                List.of("footprint", "sourcing", "rnd"),
                outline(nissanName),
                standalone,
                List.of(hn, ht, nt, all),
                alliances,
                42.5);
    }

    /** v(S) = members' standalone profits + synergy; players in the order honda, nissan, tesla. */
    public static CooperativeGame game() {
        double h = Objects.requireNonNull(STANDALONE_PROFIT.get(HONDA));
        double n = Objects.requireNonNull(STANDALONE_PROFIT.get(NISSAN));
        double t = Objects.requireNonNull(STANDALONE_PROFIT.get(TESLA));
        return CooperativeGame.ofMaskOrder(
                GameKind.PROFIT,
                ALL,
                List.of(h, n, h + n + 2_900 * M, t, h + t + 1_000 * M, n + t + 1_400 * M, h + n + t + 4_612 * M));
    }

    private static Allocation inCore(SharingMethod method, double honda, double nissan, double tesla) {
        return new Allocation(method, List.of(honda, nissan, tesla), true, List.of(), 0, "computed by hand");
    }

    /** Two players: the surplus split equally, or in proportion to the standalone values. */
    private static GainSharing pairSharing(CooperativeGame grand, CoalitionResult pair) {
        CooperativeGame game = grand.subgame(pair.partnerIds());
        double a = game.value(1);
        double b = game.value(2);
        double surplus = game.value(3) - a - b;
        List<Double> equal = List.of(a + surplus / 2, b + surplus / 2);
        List<Double> proportional = List.of(a + surplus * a / (a + b), b + surplus * b / (a + b));
        List<Allocation> allocations = Stream.of(SharingMethod.values())
                .map(m -> new Allocation(
                        m,
                        m == SharingMethod.EQUAL_PROFIT || m == SharingMethod.PROPORTIONAL ? proportional : equal,
                        true,
                        List.of(),
                        0,
                        ""))
                .toList();
        return new GainSharing(game, allocations, false, -surplus / 2, List.of());
    }

    private static BreakEvenFriction breakEven(List<String> partnerIds, double friction) {
        return new BreakEvenFriction(
                partnerIds,
                BreakEvenFriction.Outcome.FOUND,
                friction,
                0.01,
                List.of(),
                String.format(
                        java.util.Locale.ROOT,
                        "The joint R&D programs stop paying off at a friction of %.2f.",
                        friction));
    }

    /** What the engine records when the synergy stays positive at friction 1: the friction 1. */
    private static BreakEvenFriction sharingAlonePays(List<String> partnerIds) {
        return new BreakEvenFriction(
                partnerIds,
                BreakEvenFriction.Outcome.ABOVE_ONE,
                1,
                0.01,
                List.of(),
                "The joint R&D programs pay off even at friction 1: sharing work alone pays.");
    }

    private static List<ProductionFlow> pairFlows(String first, String second) {
        return Stream.concat(standaloneFlows(first).stream(), standaloneFlows(second).stream())
                .toList();
    }

    private static CoalitionResult coalition(
            List<String> partnerIds,
            LeverSynergy synergy,
            List<ProductionFlow> flows,
            int hondaMonthsSaved,
            int nissanMonthsSaved,
            int teslaMonthsSaved) {
        String id = String.join("+", partnerIds);
        double standaloneProfit =
                partnerIds.stream().mapToDouble(STANDALONE_PROFIT::get).sum();
        List<BindingCapacity> binding = flows.stream()
                        .anyMatch(f -> f.plantId().equals("nissan-sunderland")
                                && f.modelId().equals("CIVIC"))
                ? List.of(new BindingCapacity(
                        "nissan-sunderland",
                        null,
                        500_000,
                        1_850,
                        "Sunderland Plant builds 400,000 of its 500,000 units/yr; one more unit of capacity"
                                + " would be worth 1,850 USD/yr once the Civic for Europe moves there."))
                : List.of();
        FootprintPlan joint = footprint(
                partnerIds,
                standaloneProfit + synergy.footprint(),
                flows,
                binding,
                List.of(),
                partnerIds.contains(HONDA) && partnerIds.contains(NISSAN)
                        ? List.of(new DealerSale("CIVIC", "EU", NISSAN, 60_000))
                        : List.of(),
                partnerIds.size() == 3
                        ? List.of(
                                new LineDecision("nissan-sunderland", "B-CAR", LineAction.OPENED, 150_000, 120_000, 18))
                        : List.of());
        CoalitionFootprint footprint =
                new CoalitionFootprint(id, partnerIds, joint, standaloneProfit, breakdownOf(standaloneProfit));
        Map<String, Integer> saved =
                Map.of(HONDA, hondaMonthsSaved, NISSAN, nissanMonthsSaved, TESLA, teslaMonthsSaved);
        return new CoalitionResult(
                id,
                partnerIds,
                footprint,
                coalitionSourcing(partnerIds),
                rndComparison(partnerIds, saved),
                synergy,
                standaloneProfit + synergy.total(),
                partnerIds.size() == 3 ? List.of("honda+nissan", "tesla") : List.of(),
                partnerIds.size() * 3.5);
    }

    private static FootprintPlan standaloneFootprint(String partnerId) {
        List<UnmetDemand> unmet = partnerId.equals(HONDA)
                ? List.of(new UnmetDemand(
                        "CIVIC",
                        "EU",
                        120_000,
                        60_000,
                        UnmetCause.DEALER_REACH,
                        "Honda's dealers reach only half of Europe's 120,000 Civic buyers: 60,000 units/yr go"
                                + " unserved."))
                : List.of();
        return footprint(
                List.of(partnerId),
                Objects.requireNonNull(STANDALONE_PROFIT.get(partnerId)),
                standaloneFlows(partnerId),
                List.of(),
                unmet,
                List.of(),
                List.of());
    }

    private static FootprintPlan footprint(
            List<String> partnerIds,
            double profit,
            List<ProductionFlow> flows,
            List<BindingCapacity> binding,
            List<UnmetDemand> unmet,
            List<DealerSale> sales,
            List<LineDecision> lines) {
        List<PlantDecision> plants = PLANTS.stream()
                .filter(p -> partnerIds.contains(p.partnerId()))
                .map(p -> {
                    double units = flows.stream()
                            .filter(f -> f.plantId().equals(p.plantId()))
                            .mapToDouble(ProductionFlow::unitsPerYear)
                            .sum();
                    return new PlantDecision(p.plantId(), p.partnerId(), units > 0, p.capacityUnitsPerYear(), units);
                })
                .toList();
        return new FootprintPlan(
                partnerIds,
                new SolveReport(SolveStatus.OPTIMAL, profit, profit, 0, 1.25),
                flows,
                sales,
                plants,
                lines,
                breakdownOf(profit),
                binding,
                unmet,
                partnerIds.size() > 1);
    }

    /** Revenue 2.5 × profit, materials 1.2 ×, conversion 0.3 ×: the profit comes out exactly. */
    private static ProfitBreakdown breakdownOf(double profit) {
        return new ProfitBreakdown(2.5 * profit, 0, 0.3 * profit, 1.2 * profit, 0, 0, 0, 0, 0, 0);
    }

    private static final Map<String, Double> CELL_KWH = Map.of(HONDA, 30e6, NISSAN, 25e6, TESLA, 57.5e6);
    private static final Map<String, String> CELL_PLANT =
            Map.of(HONDA, "honda-marysville", NISSAN, "nissan-smyrna", TESLA, "tesla-fremont");
    private static final double CELL_TIER_KWH = 80e6;

    /** Battery cells at 80 USD/kWh, 72 from 80,000,000 kWh/yr; drive units at the same price either way. */
    private static SourcingPlan sourcing(List<String> partnerIds, boolean pooled) {
        double volume = partnerIds.stream().mapToDouble(CELL_KWH::get).sum();
        double price = pooled && volume >= CELL_TIER_KWH ? 72 : 80;
        List<SourcingAward> awards = new ArrayList<>();
        List<TierReached> tiers = new ArrayList<>();
        List<TierReached> justMissed = new ArrayList<>();
        for (String id : partnerIds) {
            double kwh = Objects.requireNonNull(CELL_KWH.get(id));
            awards.add(new SourcingAward(
                    "S-CELL",
                    "CELL-NMC",
                    Objects.requireNonNull(CELL_PLANT.get(id)),
                    id,
                    kwh,
                    price,
                    kwh * price,
                    0,
                    0));
        }
        if (partnerIds.contains(HONDA)) {
            awards.add(new SourcingAward(
                    "S-DRIVE", "DRIVE-B", "honda-suzuka", HONDA, 92_000, 700, 64_400_000, 3_200_000, 1_100_000));
        }
        List<List<String>> buyers =
                pooled ? List.of(partnerIds) : partnerIds.stream().map(List::of).toList();
        for (List<String> group : buyers) {
            double kwh = group.stream().mapToDouble(CELL_KWH::get).sum();
            Map<String, String> names = Map.of(HONDA, "Honda", NISSAN, "Nissan", TESLA, "Tesla");
            String who = group.size() == 1
                    ? names.get(group.get(0)) + " alone buys"
                    : String.join(", ", group.stream().map(names::get).toList()) + " together buy";
            if (kwh >= CELL_TIER_KWH) {
                tiers.add(new TierReached(
                        "S-CELL",
                        "CELL-NMC",
                        group,
                        kwh,
                        CELL_TIER_KWH,
                        72,
                        Double.NaN,
                        Double.NaN,
                        String.format(
                                java.util.Locale.ROOT,
                                "%s %,.0f kWh/yr of CELL-NMC from S-CELL and reach its top tier: 72 USD/kWh"
                                        + " from %,.0f kWh/yr.",
                                who,
                                kwh,
                                CELL_TIER_KWH)));
            } else {
                TierReached base = new TierReached(
                        "S-CELL",
                        "CELL-NMC",
                        group,
                        kwh,
                        0,
                        80,
                        CELL_TIER_KWH,
                        72,
                        String.format(
                                java.util.Locale.ROOT,
                                "%s %,.0f kWh/yr of CELL-NMC from S-CELL at 80 USD/kWh, %,.0f kWh/yr short of the"
                                        + " 72 USD/kWh tier.",
                                who,
                                kwh,
                                CELL_TIER_KWH - kwh));
                tiers.add(base);
                if (CELL_TIER_KWH - kwh < 25e6) {
                    justMissed.add(base);
                }
            }
        }
        double purchase =
                awards.stream().mapToDouble(SourcingAward::purchaseCost).sum();
        double tariffs = awards.stream().mapToDouble(SourcingAward::tariffCost).sum();
        double freight = awards.stream().mapToDouble(SourcingAward::freightCost).sum();
        List<CommonizationDecision> commonization = partnerIds.contains(HONDA) && partnerIds.contains(NISSAN)
                ? List.of(new CommonizationDecision(
                        "DRIVE-A",
                        "DRIVE-B",
                        List.of(),
                        0,
                        25_000_000,
                        5_000_000,
                        3_100_000,
                        "Making Nissan's DRIVE-A common with DRIVE-B would save 3,100,000 USD/yr for 5,000,000"
                                + " USD/yr of engineering: not worth it."))
                : List.of();
        List<SupplierAtCapacity> atCapacity = pooled && partnerIds.size() == 3
                ? List.of(new SupplierAtCapacity(
                        "S-DRIVE",
                        92_000,
                        45,
                        "S-DRIVE ships all the 92,000 drive units/yr it can make; each more would save 45 USD."))
                : List.of();
        return new SourcingPlan(
                partnerIds,
                pooled,
                new SolveReport(SolveStatus.OPTIMAL, purchase, purchase, 0, 0.4),
                List.of(),
                awards,
                tiers,
                commonization,
                new SourcingCost(purchase, tariffs, freight, 0),
                atCapacity,
                justMissed,
                false);
    }

    private static SourcingPlan separateSourcing(List<String> partnerIds) {
        return sourcing(partnerIds, false);
    }

    private static CoalitionSourcing coalitionSourcing(List<String> partnerIds) {
        SourcingPlan separate = sourcing(partnerIds, false);
        SourcingPlan pooled = sourcing(partnerIds, true);
        return new CoalitionSourcing(
                partnerIds,
                separate,
                pooled,
                partnerIds.stream()
                        .map(id -> new PartnerProcurement(id, separate.costOf(id), pooled.costOf(id)))
                        .toList());
    }

    private static final Map<String, String> PROGRAM =
            Map.of(HONDA, "honda-0", NISSAN, "nissan-ssb", TESLA, "tesla-cell");
    private static final Map<String, String> PROGRAM_NAME =
            Map.of(HONDA, "0 Series platform", NISSAN, "Solid-state battery", TESLA, "Dry-electrode cell");
    private static final Map<String, Double> COST_OF_DELAY = Map.of(HONDA, 440 * M, NISSAN, 400 * M, TESLA, 700 * M);
    /** Per partner: cell chemistry, second task, integration; months. */
    private static final Map<String, int[]> DURATIONS =
            Map.of(HONDA, new int[] {16, 20, 12}, NISSAN, new int[] {18, 12, 10}, TESLA, new int[] {14, 12, 8});

    private static final Map<String, String[]> TASK_NAMES = Map.of(
            HONDA, new String[] {"Cell chemistry", "Platform engineering", "Integration and validation"},
            NISSAN, new String[] {"Cell chemistry", "Pilot line", "Vehicle integration"},
            TESLA, new String[] {"Cell chemistry", "Dry-electrode process", "Ramp-up"});

    private static RndPlan standaloneRnd(String partnerId) {
        return rndPlan(List.of(partnerId), Map.of(partnerId, 0));
    }

    /**
     * The schedule of {@code partnerIds}: alone, T1 then T2 (Honda runs them in parallel) then T3; jointly,
     * the first member's T1 serves the others' and each program ends {@code saved} months sooner.
     */
    private static RndPlan rndPlan(List<String> partnerIds, Map<String, Integer> saved) {
        boolean joint = partnerIds.size() > 1;
        String leader = partnerIds.get(0);
        List<ScheduledTask> tasks = new ArrayList<>();
        List<ProgramCompletion> programs = new ArrayList<>();
        List<CriticalChain> chains = new ArrayList<>();
        for (String id : partnerIds) {
            String program = Objects.requireNonNull(PROGRAM.get(id));
            int[] d = Objects.requireNonNull(DURATIONS.get(id));
            String[] names = Objects.requireNonNull(TASK_NAMES.get(id));
            int cut = joint ? saved.getOrDefault(id, 0) : 0;
            int t1End = d[0] - (joint ? Math.min(cut, d[0] - 1) : 0);
            TaskRef servedBy =
                    joint && !id.equals(leader) ? new TaskRef(Objects.requireNonNull(PROGRAM.get(leader)), "T1") : null;
            int t2Start = id.equals(HONDA) ? 0 : t1End;
            int t2End = t2Start + d[1];
            int t3Start = Math.max(t1End, t2End);
            int completion = (id.equals(HONDA) ? Math.max(d[0], d[1]) : d[0] + d[1]) + d[2] - cut;
            t3Start = Math.min(t3Start, completion - d[2]);
            tasks.add(new ScheduledTask(
                    program, "T1", names[0], id, 0, t1End, servedBy, List.of(), servedBy == null ? t1End * 4 : 0));
            tasks.add(new ScheduledTask(
                    program, "T2", names[1], id, t2Start, Math.min(t2End, t3Start), null, List.of(), d[1] * 3));
            tasks.add(new ScheduledTask(program, "T3", names[2], id, t3Start, completion, null, List.of(), d[2] * 2));
            programs.add(new ProgramCompletion(
                    program,
                    id,
                    Objects.requireNonNull(PROGRAM_NAME.get(id)),
                    completion,
                    Objects.requireNonNull(COST_OF_DELAY.get(id))));
            chains.add(new CriticalChain(
                    program,
                    completion,
                    List.of(new ChainStep(
                            new TaskRef(program, "T3"),
                            t3Start,
                            completion,
                            WaitCause.PREDECESSOR,
                            new TaskRef(program, "T2"),
                            null,
                            null,
                            names[2] + " waits for " + names[1] + " until month " + t3Start + ".")),
                    Objects.requireNonNull(PROGRAM_NAME.get(id)) + " is ready in month " + completion + ": " + names[0]
                            + ", " + names[1] + ", then " + names[2] + "."));
        }
        return new RndPlan(
                partnerIds,
                null,
                new SolveReport(SolveStatus.OPTIMAL, 0, 0, 0, 0.8),
                tasks,
                programs,
                List.of(),
                chains,
                List.of());
    }

    private static RndComparison rndComparison(List<String> partnerIds, Map<String, Integer> saved) {
        List<RndPlan> alone =
                partnerIds.stream().map(StudyFixture::standaloneRnd).toList();
        RndPlan joint = rndPlan(partnerIds, saved);
        List<ProgramGain> gains = new ArrayList<>();
        for (String id : partnerIds) {
            int before = alone.get(partnerIds.indexOf(id)).programs().get(0).completionMonth();
            int after = joint.program(Objects.requireNonNull(PROGRAM.get(id)))
                    .orElseThrow()
                    .completionMonth();
            gains.add(new ProgramGain(
                    Objects.requireNonNull(PROGRAM.get(id)),
                    id,
                    Objects.requireNonNull(PROGRAM_NAME.get(id)),
                    before,
                    after,
                    Objects.requireNonNull(COST_OF_DELAY.get(id))));
        }
        return new RndComparison(partnerIds, alone, joint, gains);
    }

    private static Plant plant(
            String id, String partnerId, String name, String countryId, double lat, double lon, double capacity) {
        return new Plant(id, partnerId, name, countryId, lat, lon, capacity, 50 * M, 100 * M, 1.0, true);
    }

    private static ProductionFlow flow(String model, String plant, String market, double units) {
        return new ProductionFlow(model, plant, market, units);
    }
}
