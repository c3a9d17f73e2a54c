package org.allianceplanner.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
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
import org.allianceplanner.model.validation.ScenarioValidator;
import org.allianceplanner.model.validation.Violation;
import org.allianceplanner.model.vehicle.BomLine;
import org.allianceplanner.model.vehicle.Demand;
import org.allianceplanner.model.vehicle.Powertrain;
import org.allianceplanner.model.vehicle.VehicleModel;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each test starts from {@link TestScenarios#twoPartners()}, which is valid, plants exactly one
 * error and checks the one violation it must give. Row indexes refer to that scenario's lists.
 */
class ScenarioValidatorTest {
    private static final Scenario VALID = TestScenarios.twoPartners();

    private static List<Violation> validate(UnaryOperator<Scenario.Builder> change) {
        return ScenarioValidator.validate(change.apply(VALID.toBuilder()).build());
    }

    private static <T> List<T> replace(List<T> rows, int index, T row) {
        List<T> changed = new ArrayList<>(rows);
        changed.set(index, row);
        return changed;
    }

    @SafeVarargs
    private static <T> List<T> plus(List<T> rows, T... more) {
        List<T> changed = new ArrayList<>(rows);
        changed.addAll(Arrays.asList(more));
        return changed;
    }

    private static Violation assertSingleViolation(
            List<Violation> violations, String table, int row, String column, String rule) {
        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.table()).isEqualTo(table);
            assertThat(violation.rowIndex()).isEqualTo(row);
            assertThat(violation.column()).isEqualTo(column);
            assertThat(violation.rule()).contains(rule);
        });
        return violations.get(0);
    }

    private static ScenarioSettings settings(
            double defaultFriction, int annualizationYears, double discountRate, SolverSettings solver) {
        ScenarioSettings valid = VALID.settings();
        return new ScenarioSettings(
                valid.name(),
                valid.description(),
                valid.baseCurrency(),
                defaultFriction,
                annualizationYears,
                discountRate,
                solver);
    }

    @Test
    void acceptsBothTestKitScenarios() {
        assertThat(ScenarioValidator.validate(TestScenarios.twoPartners())).isEmpty();
        assertThat(ScenarioValidator.validate(TestScenarios.threePartners())).isEmpty();
    }

    @Nested
    class Settings {
        @Test
        void reportsBlankScenarioName() {
            ScenarioSettings valid = VALID.settings();
            ScenarioSettings blankName = new ScenarioSettings(
                    " ",
                    valid.description(),
                    valid.baseCurrency(),
                    valid.defaultFriction(),
                    valid.annualizationYears(),
                    valid.discountRate(),
                    valid.solver());

            assertSingleViolation(validate(b -> b.settings(blankName)), "scenario", -1, "name", "must not be blank");
        }

        @Test
        void reportsBaseCurrencyInLowerCaseWithTheUpperCaseCodeAsHint() {
            ScenarioSettings valid = VALID.settings();
            ScenarioSettings lowerCase = new ScenarioSettings(
                    valid.name(),
                    valid.description(),
                    "usd",
                    valid.defaultFriction(),
                    valid.annualizationYears(),
                    valid.discountRate(),
                    valid.solver());

            Violation violation = assertSingleViolation(
                    validate(b -> b.settings(lowerCase)), "scenario", -1, "base_currency", "three upper-case letters");
            assertThat(violation.hint()).isEqualTo("Maybe you meant 'USD'.");
        }

        @Test
        void reportsDefaultFrictionTypedAsPercentage() {
            Violation violation = assertSingleViolation(
                    validate(b -> b.settings(settings(35, 5, 0, SolverSettings.DEFAULTS))),
                    "scenario",
                    -1,
                    "default_friction",
                    "between 0 and 1");
            assertThat(violation.value()).isEqualTo("35");
            assertThat(violation.hint()).isEqualTo("Maybe you entered a percentage; write 0.35 for 35 %.");
        }

        @Test
        void reportsAnnualizationOverZeroYears() {
            assertSingleViolation(
                    validate(b -> b.settings(settings(0.5, 0, 0, SolverSettings.DEFAULTS))),
                    "scenario",
                    -1,
                    "annualization_years",
                    "between 1 and 100");
        }

        @Test
        void reportsAnnualizationOverMoreThanAHundredYears() {
            assertSingleViolation(
                    validate(b -> b.settings(settings(0.5, 101, 0, SolverSettings.DEFAULTS))),
                    "scenario",
                    -1,
                    "annualization_years",
                    "between 1 and 100");
        }

        @Test
        void reportsNegativeDiscountRate() {
            Violation violation = assertSingleViolation(
                    validate(b -> b.settings(settings(0.5, 5, -0.05, SolverSettings.DEFAULTS))),
                    "scenario",
                    -1,
                    "discount_rate",
                    "between 0 and 1");
            assertThat(violation.value()).isEqualTo("-0.05");
            assertThat(violation.hint()).isNull();
        }

        @Test
        void reportsSolverTimeLimitOfZero() {
            assertSingleViolation(
                    validate(b -> b.settings(settings(0.5, 5, 0, new SolverSettings(0, 1e-4, 1)))),
                    "scenario",
                    -1,
                    "solver.time_limit_seconds",
                    "greater than 0");
        }

        @Test
        void reportsARelativeGapOfOneThatNoSolverAccepts() {
            assertSingleViolation(
                    validate(b -> b.settings(settings(0.5, 5, 0, new SolverSettings(60, 1, 1)))),
                    "scenario",
                    -1,
                    "solver.relative_gap",
                    "solver.relative_gap of 1 is not plausible: the plausible range is 0 to 0.5 (share).");
        }

        @Test
        void reportsNaNDiscountRateAsNotANumber() {
            Violation violation = assertSingleViolation(
                    validate(b -> b.settings(settings(0.5, 5, Double.NaN, SolverSettings.DEFAULTS))),
                    "scenario",
                    -1,
                    "discount_rate",
                    "is not a number");
            assertThat(violation.value()).isEqualTo("NaN");
        }
    }

    @Nested
    class Ids {
        @Test
        void reportsBlankId() {
            assertSingleViolation(
                    validate(b -> b.partners(plus(VALID.partners(), new Partner(" ", "Blank", "AA", "USD")))),
                    "partners",
                    2,
                    "partner_id",
                    "must not be blank");
        }

        static Stream<Arguments> duplicatedIds() {
            return Stream.of(
                    arguments(
                            (UnaryOperator<Scenario.Builder>)
                                    b -> b.partners(plus(VALID.partners(), new Partner("A", "Again", "AA", "USD"))),
                            "partners",
                            2,
                            "partner_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>)
                                    b -> b.markets(plus(VALID.markets(), new Market("EAST", "Again", 0, 0))),
                            "markets",
                            2,
                            "market_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>)
                                    b -> b.countries(plus(VALID.countries(), new Country("BB", "Again", "EAST"))),
                            "countries",
                            3,
                            "country_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.plants(plus(
                                    VALID.plants(), new Plant("B-P1", "B", "Again", "BB", 0, 0, 1, 0, 0, 1, true))),
                            "plants",
                            3,
                            "plant_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>)
                                    b -> b.platforms(plus(VALID.platforms(), new Platform("A-EV", "A", "Again"))),
                            "platforms",
                            2,
                            "platform_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.vehicleModels(plus(
                                    VALID.vehicleModels(),
                                    new VehicleModel("B-SUV", "B", "Again", "B-CAR", "C SUV", Powertrain.HEV, 1, 1))),
                            "models",
                            3,
                            "model_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b ->
                                    b.partFamilies(plus(VALID.partFamilies(), new PartFamily("CELL", "Again", null))),
                            "part_families",
                            2,
                            "part_family_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.partVariants(
                                    plus(VALID.partVariants(), new PartVariant("DRIVE-A", "DRIVE", "Again", "piece"))),
                            "part_variants",
                            3,
                            "variant_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.suppliers(
                                    plus(VALID.suppliers(), new Supplier("S-CELL", "Again", "CC", "EUR", 1))),
                            "suppliers",
                            3,
                            "supplier_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b ->
                                    b.rndPrograms(plus(VALID.rndPrograms(), new RndProgram("B-NEXT", "B", "Again", 1))),
                            "rnd_programs",
                            2,
                            "program_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.rndTasks(
                                    plus(VALID.rndTasks(), new RndTask("A-NEXT", "T2", "Again", 1, List.of(), null))),
                            "rnd_tasks",
                            6,
                            "task_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.candidateCoalitions(plus(
                                    VALID.candidateCoalitions(), new CandidateCoalition("a-b", List.of("B", "A")))),
                            "coalitions",
                            1,
                            "coalition_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>)
                                    b -> b.fxRates(plus(VALID.fxRates(), new FxRate("EUR", 1.25))),
                            "fx_rates",
                            2,
                            "currency"));
        }

        @ParameterizedTest(name = "{1}")
        @MethodSource("duplicatedIds")
        void reportsDuplicatedIdOnTheLaterRow(
                UnaryOperator<Scenario.Builder> change, String table, int row, String column) {
            assertSingleViolation(validate(change), table, row, column, "an earlier row has it too");
        }

        @Test
        void namesTheEarlierRowOfADuplicatedId() {
            Violation violation = assertSingleViolation(
                    validate(b -> b.plants(
                            plus(VALID.plants(), new Plant("B-P1", "B", "Again", "BB", 0, 0, 1, 0, 0, 1, true)))),
                    "plants",
                    3,
                    "plant_id",
                    "plant_id 'B-P1' is not unique");
            assertThat(violation.relatedRowIndex()).isEqualTo(1);
        }

        static Stream<Arguments> duplicatedKeys() {
            return Stream.of(
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.platformLines(plus(
                                    VALID.platformLines(),
                                    new PlatformLine("B-P1", "B-CAR", LineStatus.POSSIBLE, 1, 0, 0, 0))),
                            "platform_lines",
                            4,
                            "plant_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.productionBaselines(
                                    plus(VALID.productionBaselines(), new ProductionBaseline("B-P1", "B-HATCH", 1))),
                            "production_baseline",
                            3,
                            "plant_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>)
                                    b -> b.bomLines(plus(VALID.bomLines(), new BomLine("B-SUV", "DRIVE-B", 2))),
                            "bom",
                            5,
                            "model_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>)
                                    b -> b.demands(plus(VALID.demands(), new Demand("B-SUV", "EAST", 1, 1))),
                            "demand",
                            5,
                            "model_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.dealerCoverages(
                                    plus(VALID.dealerCoverages(), new DealerCoverage("B", "EAST", 0.5, 0.1))),
                            "dealers",
                            4,
                            "partner_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b ->
                                    b.freightLanes(plus(VALID.freightLanes(), new FreightLane("CC", "EAST", 1, 1))),
                            "freight",
                            6,
                            "origin_country_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>)
                                    b -> b.tariffs(plus(VALID.tariffs(), new Tariff("*", "EAST", "*", 0.2, "Again"))),
                            "tariffs",
                            4,
                            "origin_country_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b ->
                                    b.priceTiers(plus(VALID.priceTiers(), new PriceTier("S-DRIVE", "DRIVE-B", 0, 800))),
                            "price_tiers",
                            8,
                            "supplier_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b ->
                                    b.partFreights(plus(VALID.partFreights(), new PartFreight("CC", "AA", "*", 1))),
                            "part_freight",
                            7,
                            "origin_country_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.commonizationOptions(plus(
                                    VALID.commonizationOptions(), new CommonizationOption("DRIVE-A", "DRIVE-B", 1))),
                            "commonization",
                            1,
                            "from_variant_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.rndTaskNeeds(plus(
                                    VALID.rndTaskNeeds(), new RndTaskNeed("B-NEXT", "T2", "vehicle-engineering", 1))),
                            "rnd_task_needs",
                            6,
                            "program_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>)
                                    b -> b.rndTeams(plus(VALID.rndTeams(), new RndTeam("B", "vehicle-engineering", 1))),
                            "rnd_teams",
                            4,
                            "partner_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>)
                                    b -> b.frictions(plus(VALID.frictions(), new Friction("B", "A", 0.4))),
                            "friction",
                            1,
                            "partner_a"));
        }

        @ParameterizedTest(name = "{1}")
        @MethodSource("duplicatedKeys")
        void reportsDuplicatedCompositeKeyOnTheLaterRow(
                UnaryOperator<Scenario.Builder> change, String table, int row, String column) {
            assertSingleViolation(validate(change), table, row, column, "an earlier row has it too");
        }

        @Test
        void namesEveryColumnOfADuplicatedCompositeKey() {
            assertSingleViolation(
                    validate(b -> b.tariffs(plus(VALID.tariffs(), new Tariff("AA", "EAST", "BEV", 0.2, "Again")))),
                    "tariffs",
                    4,
                    "origin_country_id",
                    "origin_country_id 'AA', market_id 'EAST', product 'BEV' is not unique");
        }
    }

    @Nested
    class References {
        @Test
        void reportsUnknownPlatformWithTheNearestIdAsHint() {
            Violation violation = assertSingleViolation(
                    validate(b -> b.vehicleModels(replace(
                            VALID.vehicleModels(),
                            1,
                            new VehicleModel(
                                    "B-HATCH", "B", "Beta Hatch", "B-CAT", "B hatch", Powertrain.ICE, 2_000, 9_000)))),
                    "models",
                    1,
                    "platform_id",
                    "Unknown platform 'B-CAT'");
            assertThat(violation.value()).isEqualTo("B-CAT");
            assertThat(violation.hint()).isEqualTo("Maybe you meant 'B-CAR'.");
        }

        @Test
        void givesNoHintWhenNoIdIsClose() {
            Violation violation = assertSingleViolation(
                    validate(b -> b.dealerCoverages(
                            replace(VALID.dealerCoverages(), 0, new DealerCoverage("A", "SOUTHWEST", 1, 0.05)))),
                    "dealers",
                    0,
                    "market_id",
                    "Unknown market 'SOUTHWEST'");
            assertThat(violation.hint()).isNull();
        }

        static Stream<Arguments> unknownReferences() {
            return Stream.of(
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.partners(
                                    replace(VALID.partners(), 1, new Partner("B", "Beta Auto", "NOPE", "EUR"))),
                            "partners",
                            1,
                            "home_country_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>)
                                    b -> b.countries(replace(VALID.countries(), 2, new Country("CC", "Cland", "NOPE"))),
                            "countries",
                            2,
                            "market_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.plants(replace(
                                    VALID.plants(),
                                    2,
                                    new Plant(
                                            "B-P2",
                                            "NOPE",
                                            "Beta Low-cost",
                                            "CC",
                                            47,
                                            19,
                                            50_000,
                                            4e6,
                                            6e6,
                                            0.8,
                                            true))),
                            "plants",
                            2,
                            "partner_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.plants(replace(
                                    VALID.plants(),
                                    2,
                                    new Plant(
                                            "B-P2",
                                            "B",
                                            "Beta Low-cost",
                                            "NOPE",
                                            47,
                                            19,
                                            50_000,
                                            4e6,
                                            6e6,
                                            0.8,
                                            true))),
                            "plants",
                            2,
                            "country_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.platforms(
                                    replace(VALID.platforms(), 1, new Platform("B-CAR", "NOPE", "Beta car platform"))),
                            "platforms",
                            1,
                            "partner_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.platformLines(replace(
                                    VALID.platformLines(),
                                    3,
                                    new PlatformLine("NOPE", "A-EV", LineStatus.POSSIBLE, 40_000, 1e6, 25e6, 12))),
                            "platform_lines",
                            3,
                            "plant_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.platformLines(replace(
                                    VALID.platformLines(),
                                    3,
                                    new PlatformLine("B-P2", "NOPE", LineStatus.POSSIBLE, 40_000, 1e6, 25e6, 12))),
                            "platform_lines",
                            3,
                            "platform_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.productionBaselines(replace(
                                    VALID.productionBaselines(), 0, new ProductionBaseline("NOPE", "A-SEDAN", 60_000))),
                            "production_baseline",
                            0,
                            "plant_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.productionBaselines(replace(
                                    VALID.productionBaselines(), 0, new ProductionBaseline("A-P1", "NOPE", 60_000))),
                            "production_baseline",
                            0,
                            "model_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.vehicleModels(replace(
                                    VALID.vehicleModels(),
                                    1,
                                    new VehicleModel(
                                            "B-HATCH",
                                            "NOPE",
                                            "Beta Hatch",
                                            "B-CAR",
                                            "B hatch",
                                            Powertrain.ICE,
                                            2_000,
                                            9_000))),
                            "models",
                            1,
                            "partner_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>)
                                    b -> b.bomLines(replace(VALID.bomLines(), 0, new BomLine("NOPE", "CELL-NMC", 75))),
                            "bom",
                            0,
                            "model_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>)
                                    b -> b.bomLines(replace(VALID.bomLines(), 0, new BomLine("A-SEDAN", "NOPE", 75))),
                            "bom",
                            0,
                            "variant_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b ->
                                    b.demands(replace(VALID.demands(), 0, new Demand("NOPE", "NORTH", 50_000, 40_000))),
                            "demand",
                            0,
                            "model_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.demands(
                                    replace(VALID.demands(), 0, new Demand("A-SEDAN", "NOPE", 50_000, 40_000))),
                            "demand",
                            0,
                            "market_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.dealerCoverages(
                                    replace(VALID.dealerCoverages(), 0, new DealerCoverage("NOPE", "NORTH", 1, 0.05))),
                            "dealers",
                            0,
                            "partner_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.freightLanes(
                                    replace(VALID.freightLanes(), 0, new FreightLane("NOPE", "NORTH", 500, 5))),
                            "freight",
                            0,
                            "origin_country_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.freightLanes(
                                    replace(VALID.freightLanes(), 0, new FreightLane("AA", "NOPE", 500, 5))),
                            "freight",
                            0,
                            "market_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b ->
                                    b.tariffs(replace(VALID.tariffs(), 3, new Tariff("NOPE", "EAST", "BEV", 0.3, "x"))),
                            "tariffs",
                            3,
                            "origin_country_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b ->
                                    b.tariffs(replace(VALID.tariffs(), 3, new Tariff("AA", "NOPE", "BEV", 0.3, "x"))),
                            "tariffs",
                            3,
                            "market_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.partVariants(replace(
                                    VALID.partVariants(), 0, new PartVariant("CELL-NMC", "NOPE", "NMC cell", "kWh"))),
                            "part_variants",
                            0,
                            "part_family_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.suppliers(replace(
                                    VALID.suppliers(), 0, new Supplier("S-CELL", "Cellco", "NOPE", "EUR", 1e7))),
                            "suppliers",
                            0,
                            "country_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.priceTiers(
                                    replace(VALID.priceTiers(), 2, new PriceTier("NOPE", "DRIVE-A", 0, 840))),
                            "price_tiers",
                            2,
                            "supplier_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.priceTiers(
                                    replace(VALID.priceTiers(), 2, new PriceTier("S-CELL", "NOPE", 0, 840))),
                            "price_tiers",
                            2,
                            "variant_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.partFreights(
                                    replace(VALID.partFreights(), 0, new PartFreight("NOPE", "AA", "CELL", 5))),
                            "part_freight",
                            0,
                            "origin_country_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.partFreights(
                                    replace(VALID.partFreights(), 0, new PartFreight("CC", "NOPE", "CELL", 5))),
                            "part_freight",
                            0,
                            "destination_country_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.partFreights(
                                    replace(VALID.partFreights(), 0, new PartFreight("CC", "AA", "NOPE", 5))),
                            "part_freight",
                            0,
                            "part_family_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b ->
                                    b.commonizationOptions(List.of(new CommonizationOption("NOPE", "DRIVE-B", 5e6))),
                            "commonization",
                            0,
                            "from_variant_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b ->
                                    b.commonizationOptions(List.of(new CommonizationOption("DRIVE-A", "NOPE", 5e6))),
                            "commonization",
                            0,
                            "to_variant_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.rndPrograms(
                                    replace(VALID.rndPrograms(), 1, new RndProgram("B-NEXT", "NOPE", "Compact EV", 1))),
                            "rnd_programs",
                            1,
                            "partner_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.rndTasks(
                                    plus(VALID.rndTasks(), new RndTask("NOPE", "T1", "Orphan", 1, List.of(), null))),
                            "rnd_tasks",
                            6,
                            "program_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.rndTaskNeeds(
                                    plus(VALID.rndTaskNeeds(), new RndTaskNeed("NOPE", "T1", "battery-chemistry", 1))),
                            "rnd_task_needs",
                            6,
                            "program_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.rndTaskNeeds(plus(
                                    VALID.rndTaskNeeds(), new RndTaskNeed("A-NEXT", "NOPE", "battery-chemistry", 1))),
                            "rnd_task_needs",
                            6,
                            "task_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b ->
                                    b.rndTeams(plus(VALID.rndTeams(), new RndTeam("NOPE", "battery-chemistry", 1))),
                            "rnd_teams",
                            4,
                            "partner_id"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.frictions(List.of(new Friction("NOPE", "B", 0.3))),
                            "friction",
                            0,
                            "partner_a"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b -> b.frictions(List.of(new Friction("A", "NOPE", 0.3))),
                            "friction",
                            0,
                            "partner_b"),
                    arguments(
                            (UnaryOperator<Scenario.Builder>) b ->
                                    b.candidateCoalitions(List.of(new CandidateCoalition("a-b", List.of("A", "NOPE")))),
                            "coalitions",
                            0,
                            "partners"));
        }

        @ParameterizedTest(name = "{1}.{3}")
        @MethodSource("unknownReferences")
        void reportsUnknownReference(UnaryOperator<Scenario.Builder> change, String table, int row, String column) {
            Violation violation = assertSingleViolation(validate(change), table, row, column, "");
            assertThat(violation.rule()).containsIgnoringCase("unknown");
            assertThat(violation.value()).isEqualTo("NOPE");
        }

        @Test
        void acceptsWildcardOriginAndProductInTariffsAndWildcardFamilyInPartFreight() {
            assertThat(VALID.tariffs()).extracting(Tariff::originCountryId).contains(Tariff.ANY);
            assertThat(VALID.tariffs()).extracting(Tariff::product).contains(Tariff.ANY);
            assertThat(VALID.partFreights())
                    .extracting(PartFreight::partFamilyId)
                    .contains(PartFreight.ANY);
            assertThat(ScenarioValidator.validate(VALID)).isEmpty();
        }

        @Test
        void acceptsAPartFamilyAsTariffProduct() {
            assertThat(validate(b -> b.tariffs(plus(VALID.tariffs(), new Tariff("CC", "NORTH", "DRIVE", 0.04, "x")))))
                    .isEmpty();
        }

        @Test
        void reportsTariffProductThatIsNeitherPowertrainNorPartFamily() {
            Violation violation = assertSingleViolation(
                    validate(b -> b.tariffs(replace(VALID.tariffs(), 3, new Tariff("AA", "EAST", "BEVS", 0.3, "x")))),
                    "tariffs",
                    3,
                    "product",
                    "a powertrain (BEV, PHEV, HEV, ICE), a part family id or *");
            assertThat(violation.hint()).isEqualTo("Maybe you meant 'BEV'.");
        }

        @Test
        void reportsPredecessorThatIsATaskOfAnotherProgramOnly() {
            List<Violation> violations = validate(b -> b.rndTasks(plus(
                    replace(
                            VALID.rndTasks(),
                            2,
                            new RndTask("A-NEXT", "T3", "Integration", 4, List.of("T1", "T4"), null)),
                    new RndTask("B-NEXT", "T4", "Only in B", 1, List.of(), null))));

            Violation violation = assertSingleViolation(
                    violations, "rnd_tasks", 2, "predecessors", "must be tasks of the same program");
            assertThat(violation.value()).isEqualTo("T4");
        }
    }

    @Nested
    class Numbers {
        private static Arguments number(
                UnaryOperator<Scenario.Builder> change,
                String table,
                int row,
                String column,
                String value,
                String rule) {
            return arguments(change, table, row, column, value, rule);
        }

        private static Plant plantA(
                double latitude, double longitude, double capacity, double fixed, double closure, double index) {
            return new Plant(
                    "A-P1", "A", "Alpha North", "AA", latitude, longitude, capacity, fixed, closure, index, false);
        }

        private static PlatformLine lineA(double capacity, double fixed, double retooling, int leadTimeMonths) {
            return new PlatformLine("A-P1", "A-EV", LineStatus.EXISTING, capacity, fixed, retooling, leadTimeMonths);
        }

        static Stream<Arguments> badNumbers() {
            return Stream.of(
                    number(
                            b -> b.markets(replace(VALID.markets(), 0, new Market("NORTH", "North", Double.NaN, -90))),
                            "markets",
                            0,
                            "latitude",
                            "NaN",
                            "is not a number"),
                    number(
                            b -> b.plants(replace(VALID.plants(), 0, plantA(91, -88, 100_000, 1e7, 2e7, 1))),
                            "plants",
                            0,
                            "latitude",
                            "91",
                            "between -90 and 90"),
                    number(
                            b -> b.plants(replace(VALID.plants(), 0, plantA(41, -181, 100_000, 1e7, 2e7, 1))),
                            "plants",
                            0,
                            "longitude",
                            "-181",
                            "between -180 and 180"),
                    number(
                            b -> b.plants(replace(VALID.plants(), 0, plantA(41, -88, 0, 1e7, 2e7, 1))),
                            "plants",
                            0,
                            "capacity_units_per_year",
                            "0",
                            "greater than 0"),
                    number(
                            b -> b.plants(replace(VALID.plants(), 0, plantA(41, -88, 100_000, -1, 2e7, 1))),
                            "plants",
                            0,
                            "fixed_cost_per_year",
                            "-1",
                            "must not be negative"),
                    number(
                            b -> b.plants(replace(VALID.plants(), 0, plantA(41, -88, 100_000, 1e7, -1, 1))),
                            "plants",
                            0,
                            "closure_cost",
                            "-1",
                            "must not be negative"),
                    number(
                            b -> b.plants(replace(VALID.plants(), 0, plantA(41, -88, 100_000, 1e7, 2e7, 0))),
                            "plants",
                            0,
                            "conversion_cost_index",
                            "0",
                            "greater than 0"),
                    number(
                            b -> b.platformLines(replace(VALID.platformLines(), 0, lineA(-1, 2e6, 0, 0))),
                            "platform_lines",
                            0,
                            "capacity_units_per_year",
                            "-1",
                            "must not be negative"),
                    number(
                            b -> b.platformLines(replace(VALID.platformLines(), 0, lineA(100_000, -1, 0, 0))),
                            "platform_lines",
                            0,
                            "fixed_cost_per_year",
                            "-1",
                            "must not be negative"),
                    number(
                            b -> b.platformLines(replace(VALID.platformLines(), 0, lineA(100_000, 2e6, -1, 0))),
                            "platform_lines",
                            0,
                            "retooling_cost",
                            "-1",
                            "must not be negative"),
                    number(
                            b -> b.platformLines(replace(VALID.platformLines(), 0, lineA(100_000, 2e6, 0, -1))),
                            "platform_lines",
                            0,
                            "lead_time_months",
                            "-1",
                            "at least 0"),
                    number(
                            b -> b.productionBaselines(replace(
                                    VALID.productionBaselines(), 0, new ProductionBaseline("A-P1", "A-SEDAN", -1))),
                            "production_baseline",
                            0,
                            "units_per_year",
                            "-1",
                            "must not be negative"),
                    number(
                            b -> b.vehicleModels(replace(
                                    VALID.vehicleModels(),
                                    0,
                                    new VehicleModel(
                                            "A-SEDAN", "A", "Alpha Sedan", "A-EV", "D", Powertrain.BEV, -1, 24_000))),
                            "models",
                            0,
                            "conversion_cost_per_unit",
                            "-1",
                            "must not be negative"),
                    number(
                            b -> b.bomLines(replace(VALID.bomLines(), 0, new BomLine("A-SEDAN", "CELL-NMC", 0))),
                            "bom",
                            0,
                            "quantity_per_vehicle",
                            "0",
                            "greater than 0"),
                    number(
                            b -> b.demands(replace(VALID.demands(), 0, new Demand("A-SEDAN", "NORTH", -1, 40_000))),
                            "demand",
                            0,
                            "units_per_year",
                            "-1",
                            "must not be negative"),
                    number(
                            b -> b.demands(replace(VALID.demands(), 0, new Demand("A-SEDAN", "NORTH", 50_000, 0))),
                            "demand",
                            0,
                            "net_price_per_unit",
                            "0",
                            "greater than 0"),
                    number(
                            b -> b.dealerCoverages(
                                    replace(VALID.dealerCoverages(), 0, new DealerCoverage("A", "NORTH", 1.5, 0.05))),
                            "dealers",
                            0,
                            "coverage_share",
                            "1.5",
                            "between 0 and 1"),
                    number(
                            b -> b.dealerCoverages(
                                    replace(VALID.dealerCoverages(), 0, new DealerCoverage("A", "NORTH", 1, -0.1))),
                            "dealers",
                            0,
                            "commission_rate",
                            "-0.1",
                            "between 0 and 1"),
                    number(
                            b -> b.freightLanes(
                                    replace(VALID.freightLanes(), 0, new FreightLane("AA", "NORTH", -1, 5))),
                            "freight",
                            0,
                            "cost_per_unit",
                            "-1",
                            "must not be negative"),
                    number(
                            b -> b.freightLanes(
                                    replace(VALID.freightLanes(), 0, new FreightLane("AA", "NORTH", 500, -1))),
                            "freight",
                            0,
                            "transit_days",
                            "-1",
                            "at least 0"),
                    number(
                            b -> b.tariffs(replace(VALID.tariffs(), 3, new Tariff("AA", "EAST", "BEV", -0.1, "x"))),
                            "tariffs",
                            3,
                            "rate",
                            "-0.1",
                            "between 0 and 5"),
                    number(
                            b -> b.partFamilies(
                                    replace(VALID.partFamilies(), 1, new PartFamily("DRIVE", "Drive", 1.2))),
                            "part_families",
                            1,
                            "max_supplier_share",
                            "1.2",
                            "between 0 and 1"),
                    number(
                            b -> b.suppliers(replace(
                                    VALID.suppliers(), 1, new Supplier("S-DRIVE", "Drivetech", "AA", "USD", -1))),
                            "suppliers",
                            1,
                            "capacity_units_per_year",
                            "-1",
                            "must not be negative"),
                    number(
                            b -> b.priceTiers(
                                    replace(VALID.priceTiers(), 1, new PriceTier("S-CELL", "CELL-NMC", -1, 72))),
                            "price_tiers",
                            1,
                            "min_units_per_year",
                            "-1",
                            "must not be negative"),
                    number(
                            b -> b.priceTiers(
                                    replace(VALID.priceTiers(), 1, new PriceTier("S-CELL", "CELL-NMC", 4e6, 0))),
                            "price_tiers",
                            1,
                            "price_per_unit",
                            "0",
                            "greater than 0"),
                    number(
                            b -> b.partFreights(
                                    replace(VALID.partFreights(), 0, new PartFreight("CC", "AA", "CELL", -1))),
                            "part_freight",
                            0,
                            "cost_per_unit",
                            "-1",
                            "must not be negative"),
                    number(
                            b -> b.commonizationOptions(List.of(new CommonizationOption("DRIVE-A", "DRIVE-B", -1))),
                            "commonization",
                            0,
                            "engineering_cost",
                            "-1",
                            "must not be negative"),
                    number(
                            b -> b.rndPrograms(
                                    replace(VALID.rndPrograms(), 0, new RndProgram("A-NEXT", "A", "Next", -1))),
                            "rnd_programs",
                            0,
                            "cost_of_delay_per_month",
                            "-1",
                            "must not be negative"),
                    number(
                            b -> b.rndTasks(replace(
                                    VALID.rndTasks(),
                                    0,
                                    new RndTask("A-NEXT", "T1", "Cells", 0, List.of(), "battery"))),
                            "rnd_tasks",
                            0,
                            "duration_months",
                            "0",
                            "at least 1"),
                    number(
                            b -> b.rndTaskNeeds(replace(
                                    VALID.rndTaskNeeds(), 0, new RndTaskNeed("A-NEXT", "T1", "battery-chemistry", 0))),
                            "rnd_task_needs",
                            0,
                            "teams",
                            "0",
                            "at least 1"),
                    number(
                            b -> b.rndTeams(plus(VALID.rndTeams(), new RndTeam("A", "styling", -1))),
                            "rnd_teams",
                            4,
                            "capacity_teams",
                            "-1",
                            "at least 0"),
                    number(
                            b -> b.frictions(List.of(new Friction("A", "B", 1.5))),
                            "friction",
                            0,
                            "friction",
                            "1.5",
                            "between 0 and 1"),
                    number(
                            b -> b.fxRates(replace(VALID.fxRates(), 1, new FxRate("EUR", 0))),
                            "fx_rates",
                            1,
                            "base_per_unit",
                            "0",
                            "greater than 0"),
                    number(
                            b -> b.fxRates(replace(VALID.fxRates(), 1, new FxRate("EUR", Double.POSITIVE_INFINITY))),
                            "fx_rates",
                            1,
                            "base_per_unit",
                            "Infinity",
                            "is not a number"));
        }

        @ParameterizedTest(name = "{1}.{3} = {4}")
        @MethodSource("badNumbers")
        void reportsNumberOutOfItsRange(
                UnaryOperator<Scenario.Builder> change,
                String table,
                int row,
                String column,
                String value,
                String rule) {
            Violation violation = assertSingleViolation(validate(change), table, row, column, rule);
            assertThat(violation.value()).isEqualTo(value);
        }

        @Test
        void reportsCoverageShareTypedAsPercentageWithTheShareAsHint() {
            Violation violation = assertSingleViolation(
                    validate(b -> b.dealerCoverages(
                            replace(VALID.dealerCoverages(), 1, new DealerCoverage("A", "EAST", 35, 0.05)))),
                    "dealers",
                    1,
                    "coverage_share",
                    "between 0 and 1");
            assertThat(violation.hint()).isEqualTo("Maybe you entered a percentage; write 0.35 for 35 %.");
        }

        @Test
        void acceptsTariffRateAboveOneHundredPercent() {
            assertThat(validate(b -> b.tariffs(replace(VALID.tariffs(), 3, new Tariff("AA", "EAST", "BEV", 1.0, "x")))))
                    .isEmpty();
        }

        @Test
        void reportsTariffRateTypedAsPercentageWithTheRateAsHint() {
            Violation violation = assertSingleViolation(
                    validate(b -> b.tariffs(replace(VALID.tariffs(), 3, new Tariff("AA", "EAST", "BEV", 25, "x")))),
                    "tariffs",
                    3,
                    "rate",
                    "between 0 and 5");
            assertThat(violation.hint()).isEqualTo("Maybe you entered a percentage; write 0.25 for 25 %.");
        }
    }

    @Nested
    class Plausibility {
        @Test
        void reportsAFixedCostOf1e300InTheOwnersCurrencyWithItsRangeInTheBaseCurrency() {
            Plant p = VALID.plants().get(1);
            assertThat(p.partnerId()).isEqualTo("B");
            assertSingleViolation(
                    validate(b -> b.plants(replace(
                            VALID.plants(),
                            1,
                            new Plant(
                                    p.plantId(),
                                    p.partnerId(),
                                    p.name(),
                                    p.countryId(),
                                    p.latitude(),
                                    p.longitude(),
                                    p.capacityUnitsPerYear(),
                                    1e300,
                                    p.closureCost(),
                                    p.conversionCostIndex(),
                                    p.closureAllowed())))),
                    "plants",
                    1,
                    "fixed_cost_per_year",
                    "fixed_cost_per_year of 1e300 EUR (1.25e300 USD) is not plausible: the plausible range is 0 to"
                            + " 20,000,000,000 USD per year.");
        }

        @Test
        void reportsAnExchangeRateOf1eMinus300OnceRatherThanJudgingMoneyWithIt() {
            assertSingleViolation(
                    validate(b -> b.fxRates(replace(VALID.fxRates(), 1, new FxRate("EUR", 1e-300)))),
                    "fx_rates",
                    1,
                    "base_per_unit",
                    "base_per_unit of 1e-300 is not plausible: the plausible range is 0.00001 to 100,000 base currency"
                            + " per unit.");
        }

        @Test
        void reportsAPlantOfLessThanOneVehicleAYear() {
            Plant p = VALID.plants().get(0);
            assertSingleViolation(
                    validate(b -> b.plants(replace(
                            VALID.plants(),
                            0,
                            new Plant(
                                    p.plantId(),
                                    p.partnerId(),
                                    p.name(),
                                    p.countryId(),
                                    p.latitude(),
                                    p.longitude(),
                                    1e-300,
                                    p.fixedCostPerYear(),
                                    p.closureCost(),
                                    p.conversionCostIndex(),
                                    p.closureAllowed())))),
                    "plants",
                    0,
                    "capacity_units_per_year",
                    "the plausible range is 1 to 3,000,000 vehicles per year.");
        }

        @Test
        void reportsPlantCapacityAboveThreeMillionVehicles() {
            assertSingleViolation(
                    validate(b -> b.plants(replace(
                            VALID.plants(),
                            0,
                            new Plant("A-P1", "A", "Alpha North", "AA", 41, -88, 3_000_001, 1e7, 2e7, 1, false)))),
                    "plants",
                    0,
                    "capacity_units_per_year",
                    "the plausible maximum is 3,000,000 vehicles per year");
        }

        @Test
        void reportsLineCapacityAboveThreeMillionVehiclesOnce() {
            assertSingleViolation(
                    validate(b -> b.platformLines(replace(
                            VALID.platformLines(),
                            0,
                            new PlatformLine("A-P1", "A-EV", LineStatus.EXISTING, 4_000_000, 2e6, 0, 0)))),
                    "platform_lines",
                    0,
                    "capacity_units_per_year",
                    "the plausible maximum is 3,000,000");
        }

        @Test
        void reportsLineCapacityAboveItsPlantsCapacity() {
            assertSingleViolation(
                    validate(b -> b.platformLines(replace(
                            VALID.platformLines(),
                            3,
                            new PlatformLine("B-P2", "A-EV", LineStatus.POSSIBLE, 50_001, 1e6, 25e6, 12)))),
                    "platform_lines",
                    3,
                    "capacity_units_per_year",
                    "above the capacity of its plant B-P2 (50,000 vehicles per year)");
        }

        @Test
        void reportsDemandAboveThirtyMillionVehicles() {
            assertSingleViolation(
                    validate(b ->
                            b.demands(replace(VALID.demands(), 0, new Demand("A-SEDAN", "NORTH", 30_000_001, 40_000)))),
                    "demand",
                    0,
                    "units_per_year",
                    "30,000,000 vehicles per year for one model in one market");
        }

        @Test
        void acceptsNetPriceOfFiveMillionInTheBaseCurrency() {
            assertThat(validate(
                            b -> b.demands(replace(VALID.demands(), 0, new Demand("A-SEDAN", "NORTH", 50_000, 5e6)))))
                    .isEmpty();
        }

        @Test
        void reportsNetPriceAboveFiveMillionOnceConvertedToTheBaseCurrency() {
            // 4,500,000 EUR is below the limit as a number but 5,625,000 USD at 1.25 USD per EUR.
            Violation violation = assertSingleViolation(
                    validate(b -> b.demands(replace(VALID.demands(), 2, new Demand("B-HATCH", "EAST", 50_000, 4.5e6)))),
                    "demand",
                    2,
                    "net_price_per_unit",
                    "4,500,000 EUR (5,625,000 USD) per vehicle is not plausible");
            assertThat(violation.value()).isEqualTo("4500000");
        }

        @Test
        void reportsConversionCostAboveFiveMillionPerVehicle() {
            assertSingleViolation(
                    validate(b -> b.vehicleModels(replace(
                            VALID.vehicleModels(),
                            0,
                            new VehicleModel(
                                    "A-SEDAN", "A", "Alpha Sedan", "A-EV", "D", Powertrain.BEV, 6e6, 24_000)))),
                    "models",
                    0,
                    "conversion_cost_per_unit",
                    "the maximum is 5,000,000 USD per vehicle");
        }
    }

    @Nested
    class Currencies {
        @Test
        void reportsLowerCasePartnerCurrencyWithTheCodeAsHint() {
            Violation violation = assertSingleViolation(
                    validate(b -> b.partners(replace(VALID.partners(), 1, new Partner("B", "Beta Auto", "BB", "eur")))),
                    "partners",
                    1,
                    "currency",
                    "three upper-case letters");
            assertThat(violation.hint()).isEqualTo("Maybe you meant 'EUR'.");
        }

        @Test
        void reportsSupplierCurrencyThatIsNotACode() {
            Violation violation = assertSingleViolation(
                    validate(b -> b.suppliers(
                            replace(VALID.suppliers(), 0, new Supplier("S-CELL", "Cellco", "CC", "EURO", 1e7)))),
                    "suppliers",
                    0,
                    "currency",
                    "three upper-case letters");
            assertThat(violation.hint()).isNull();
        }

        @Test
        void reportsMissingRateOnceOnTheFirstPartnerUsingTheCurrency() {
            List<Violation> violations = validate(b -> b.partners(
                            replace(VALID.partners(), 1, new Partner("B", "Beta Auto", "BB", "GBP")))
                    .suppliers(replace(VALID.suppliers(), 0, new Supplier("S-CELL", "Cellco", "CC", "GBP", 1e7))));

            Violation violation =
                    assertSingleViolation(violations, "partners", 1, "currency", "Currency GBP has no exchange rate");
            assertThat(violation.hint()).startsWith("Maybe add a row for GBP to fx_rates");
        }

        @Test
        void reportsMissingRateOnTheSupplierWhenNoPartnerUsesTheCurrency() {
            assertSingleViolation(
                    validate(b -> b.suppliers(
                            replace(VALID.suppliers(), 1, new Supplier("S-DRIVE", "Drivetech", "AA", "JPY", 5e5)))),
                    "suppliers",
                    1,
                    "currency",
                    "Currency JPY has no exchange rate");
        }

        @Test
        void reportsMalformedFxCurrencyAndTheRateItLeavesMissing() {
            assertThat(validate(b -> b.fxRates(replace(VALID.fxRates(), 1, new FxRate("Eur", 1.25)))))
                    .extracting(Violation::table, Violation::rowIndex, Violation::column)
                    .containsExactly(tuple("partners", 1, "currency"), tuple("fx_rates", 1, "currency"));
        }

        @Test
        void reportsBaseCurrencyRateOtherThanOne() {
            Violation violation = assertSingleViolation(
                    validate(b -> b.fxRates(replace(VALID.fxRates(), 0, new FxRate("USD", 1.1)))),
                    "fx_rates",
                    0,
                    "base_per_unit",
                    "must be 1");
            assertThat(violation.value()).isEqualTo("1.1");
        }
    }

    @Nested
    class PriceTiers {
        @Test
        void reportsLowestTierThatDoesNotStartAtZero() {
            Violation violation = assertSingleViolation(
                    validate(b -> b.priceTiers(
                            replace(VALID.priceTiers(), 4, new PriceTier("S-DRIVE", "DRIVE-A", 1_000, 1_000)))),
                    "price_tiers",
                    4,
                    "min_units_per_year",
                    "Volumes below 1,000 have no price");
            assertThat(violation.hint()).isEqualTo("Maybe set min_units_per_year to 0 on this row.");
        }

        @Test
        void reportsTierWithHigherPriceThanTheTierBelow() {
            assertSingleViolation(
                    validate(b -> b.priceTiers(
                            replace(VALID.priceTiers(), 5, new PriceTier("S-DRIVE", "DRIVE-A", 50_000, 1_100)))),
                    "price_tiers",
                    5,
                    "price_per_unit",
                    "Tiers out of order");
        }

        @Test
        void reportsTierWithTheSamePriceAsTheTierBelow() {
            assertSingleViolation(
                    validate(b -> b.priceTiers(
                            replace(VALID.priceTiers(), 5, new PriceTier("S-DRIVE", "DRIVE-A", 50_000, 1_000)))),
                    "price_tiers",
                    5,
                    "price_per_unit",
                    "Tiers out of order");
        }

        @Test
        void ordersTiersByVolumeNotByRow() {
            List<PriceTier> reversed = new ArrayList<>(VALID.priceTiers());
            Collections.reverse(reversed);

            assertThat(validate(b -> b.priceTiers(reversed))).isEmpty();
        }

        @Test
        void reportsTheHigherVolumeTierEvenWhenItComesFirst() {
            List<PriceTier> tiers = List.of(
                    new PriceTier("S-CELL", "CELL-NMC", 4_000_000, 85),
                    new PriceTier("S-CELL", "CELL-NMC", 0, 80),
                    new PriceTier("S-CELL-DU", "DRIVE-A", 0, 840),
                    new PriceTier("S-CELL-DU", "DRIVE-B", 0, 680),
                    new PriceTier("S-DRIVE", "DRIVE-A", 0, 1_000),
                    new PriceTier("S-DRIVE", "DRIVE-B", 0, 800));

            assertSingleViolation(
                    validate(b -> b.priceTiers(tiers)), "price_tiers", 0, "price_per_unit", "from 4,000,000 units");
        }
    }

    @Nested
    class Semantics {
        @Test
        void reportsASupplierWhoseVariantsAreCountedInDifferentUnits() {
            // S-CELL prices kWh of cells; a drive-unit tier would add pieces to kWh in one capacity.
            Violation violation = assertSingleViolation(
                    validate(b -> b.priceTiers(plus(VALID.priceTiers(), new PriceTier("S-CELL", "DRIVE-A", 0, 840)))),
                    "suppliers",
                    0,
                    "capacity_units_per_year",
                    "different units (kWh, piece)");
            assertThat(violation.hint()).startsWith("Maybe split it");
        }

        @Test
        void reportsRetoolingCostAndLeadTimeOnAnExistingLine() {
            PlatformLine existingWithRetooling =
                    new PlatformLine("A-P1", "A-EV", LineStatus.EXISTING, 100_000, 2_000_000, 7_000_000, 6);

            assertThat(validate(b -> b.platformLines(replace(VALID.platformLines(), 0, existingWithRetooling))))
                    .extracting(Violation::table, Violation::rowIndex, Violation::column)
                    .containsExactly(
                            tuple("platform_lines", 0, "retooling_cost"),
                            tuple("platform_lines", 0, "lead_time_months"));
        }

        @Test
        void reportsSharedTasksOfDifferentDurations() {
            // B-NEXT/T1 shares key "battery" with A-NEXT/T1 (6 months) but would take 7.
            RndTask longer = new RndTask("B-NEXT", "T1", "Cell chemistry", 7, List.of(), "battery");

            assertSingleViolation(
                    validate(b -> b.rndTasks(replace(VALID.rndTasks(), 3, longer))),
                    "rnd_tasks",
                    3,
                    "duration_months",
                    "this one takes 7 months, task T1 of program A-NEXT takes 6");
        }

        @Test
        void reportsTheSharedTaskWhoseDurationDiffersFromTheOthers() {
            // Of three "battery" tasks, A's (row 0) now takes 9 months and B's and C's 6: the odd one is
            // reported, even though it comes first.
            Scenario three = TestScenarios.threePartners();
            RndTask longer = new RndTask("A-NEXT", "T1", "Cell chemistry", 9, List.of(), "battery");

            assertSingleViolation(
                    ScenarioValidator.validate(three.toBuilder()
                            .rndTasks(replace(three.rndTasks(), 0, longer))
                            .build()),
                    "rnd_tasks",
                    0,
                    "duration_months",
                    "this one takes 9 months, task T1 of program B-NEXT takes 6");
        }

        @Test
        void reportsAShareKeyUsedTwiceByOnePartner() {
            // A-NEXT/T2 (row 1) would share key "battery" with A's own T1 (row 0): in a coalition B's
            // T1 could serve both, a saving A alone could make by doing the work once.
            RndTask again = new RndTask("A-NEXT", "T2", "Platform design", 6, List.of(), "battery");

            Violation violation = assertSingleViolation(
                    validate(b -> b.rndTasks(replace(VALID.rndTasks(), 1, again))),
                    "rnd_tasks",
                    1,
                    "share_key",
                    "which task T1 of program A-NEXT of the same partner (A) has too");
            assertThat(violation.relatedRowIndex()).isZero();
        }

        @Test
        void reportsDemandForAModelNoPlantCouldEverBuild() {
            // Without the A-EV lines at A-P1 and B-P2, both A-SEDAN demand rows are unservable.
            List<PlatformLine> withoutAev =
                    List.of(VALID.platformLines().get(1), VALID.platformLines().get(2));

            assertThat(validate(b -> b.platformLines(withoutAev)))
                    .extracting(Violation::table, Violation::rowIndex, Violation::column, Violation::rule)
                    .containsExactly(
                            tuple(
                                    "demand",
                                    0,
                                    "model_id",
                                    "No plant could ever build A-SEDAN: platform A-EV has no existing or possible line"
                                            + " at any plant."),
                            tuple(
                                    "demand",
                                    1,
                                    "model_id",
                                    "No plant could ever build A-SEDAN: platform A-EV has no existing or possible line"
                                            + " at any plant."));
        }

        @Test
        void acceptsDemandServedOnlyByAPossibleLine() {
            List<PlatformLine> onlyPossibleAev = List.of(
                    VALID.platformLines().get(1),
                    VALID.platformLines().get(2),
                    VALID.platformLines().get(3));

            assertThat(validate(b -> b.platformLines(onlyPossibleAev))).isEmpty();
        }

        @Test
        void reportsACycleOfPredecessorsOnceNamingItsTasks() {
            // T1 now waits for T3, which already waits for T1: one mistake, one problem.
            List<Violation> violations = validate(b -> b.rndTasks(replace(
                    VALID.rndTasks(), 0, new RndTask("A-NEXT", "T1", "Cell chemistry", 6, List.of("T3"), "battery"))));

            assertThat(violations)
                    .extracting(Violation::table, Violation::rowIndex, Violation::column, Violation::value)
                    .containsExactly(tuple("rnd_tasks", 0, "predecessors", "T3"));
            assertThat(violations.get(0).rule()).contains("cycle T1 → T3 → T1");
        }

        @Test
        void namesTheWholeCycleWhenItRunsThroughThreeTasks() {
            List<RndTask> tasks = replace(
                    replace(VALID.rndTasks(), 0, new RndTask("A-NEXT", "T1", "Cells", 6, List.of("T3"), "battery")),
                    1,
                    new RndTask("A-NEXT", "T2", "Platform", 8, List.of("T1"), null));
            List<RndTask> cyclic =
                    replace(tasks, 2, new RndTask("A-NEXT", "T3", "Integration", 4, List.of("T2"), null));

            List<Violation> violations = validate(b -> b.rndTasks(cyclic));

            assertThat(violations).extracting(Violation::rowIndex).containsExactly(0);
            assertThat(violations.get(0).rule()).contains("T1 → T2 → T3 → T1");
        }

        @Test
        void reportsLoopsThroughTheSameTasksOnceNamingThemAll() {
            // T1 waits for T2 and T3, and each of them waits for T1: two loops through one knot of tasks.
            List<RndTask> tasks = replace(
                    replace(
                            VALID.rndTasks(),
                            0,
                            new RndTask("A-NEXT", "T1", "Cells", 6, List.of("T2", "T3"), "battery")),
                    1,
                    new RndTask("A-NEXT", "T2", "Platform", 8, List.of("T1"), null));

            List<Violation> violations = validate(b -> b.rndTasks(tasks));

            assertThat(violations).extracting(Violation::rowIndex).containsExactly(0);
            assertThat(violations.get(0).rule())
                    .contains("cycle T1 → T2 → T1")
                    .contains("Tasks T1, T2, T3 all wait for each other through such loops.");
        }

        @Test
        void reportsTaskThatIsItsOwnPredecessorOnlyOnce() {
            assertSingleViolation(
                    validate(b -> b.rndTasks(replace(
                            VALID.rndTasks(),
                            1,
                            new RndTask("A-NEXT", "T2", "Platform design", 8, List.of("T2"), null)))),
                    "rnd_tasks",
                    1,
                    "predecessors",
                    "Task T2 of program A-NEXT is its own predecessor");
        }

        @Test
        void reportsUnknownPredecessorWithTheNearestTaskOfTheProgramAsHint() {
            Violation violation = assertSingleViolation(
                    validate(b -> b.rndTasks(replace(
                            VALID.rndTasks(),
                            2,
                            new RndTask("A-NEXT", "T3", "Integration", 4, List.of("T1", "T22"), null)))),
                    "rnd_tasks",
                    2,
                    "predecessors",
                    "Unknown predecessor 'T22'");
            assertThat(violation.hint()).isEqualTo("Maybe you meant 'T2'.");
        }

        @Test
        void reportsCoalitionWithAnUnknownPartnerWithTheNearestPartnerAsHint() {
            Violation violation = assertSingleViolation(
                    validate(b -> b.candidateCoalitions(List.of(new CandidateCoalition("a-b", List.of("A", "b"))))),
                    "coalitions",
                    0,
                    "partners",
                    "names unknown partner 'b'");
            assertThat(violation.hint()).isEqualTo("Maybe you meant 'B'.");
        }

        @Test
        void reportsCoalitionWithFewerThanTwoMembers() {
            Violation violation = assertSingleViolation(
                    validate(b -> b.candidateCoalitions(List.of(new CandidateCoalition("a", List.of("A"))))),
                    "coalitions",
                    0,
                    "partners",
                    "fewer than 2 members");
            assertThat(violation.value()).isEqualTo("A");
        }

        @Test
        void reportsCoalitionNamingTheSamePartnerTwice() {
            assertSingleViolation(
                    validate(
                            b -> b.candidateCoalitions(List.of(new CandidateCoalition("a-b", List.of("A", "B", "A"))))),
                    "coalitions",
                    0,
                    "partners",
                    "names partner 'A' twice");
        }

        @Test
        void reportsFrictionPairingAPartnerWithItself() {
            assertSingleViolation(
                    validate(b -> b.frictions(List.of(new Friction("A", "A", 0.3)))),
                    "friction",
                    0,
                    "partner_b",
                    "pairs partner 'A' with itself");
        }

        @Test
        void reportsCommonizationOfAVariantIntoItself() {
            assertSingleViolation(
                    validate(b -> b.commonizationOptions(List.of(new CommonizationOption("DRIVE-A", "DRIVE-A", 5e6)))),
                    "commonization",
                    0,
                    "to_variant_id",
                    "replaces variant 'DRIVE-A' by itself");
        }

        @Test
        void reportsCommonizationAcrossPartFamilies() {
            assertSingleViolation(
                    validate(b -> b.commonizationOptions(List.of(new CommonizationOption("DRIVE-A", "CELL-NMC", 5e6)))),
                    "commonization",
                    0,
                    "to_variant_id",
                    "Variants DRIVE-A (family DRIVE) and CELL-NMC (family CELL) are of different part families");
        }

        @Test
        void reportsTaskNeedForASkillTheOwnerHasNoTeamFor() {
            Violation violation = assertSingleViolation(
                    validate(b -> b.rndTaskNeeds(
                            replace(VALID.rndTaskNeeds(), 0, new RndTaskNeed("A-NEXT", "T1", "battery-chemistri", 2)))),
                    "rnd_task_needs",
                    0,
                    "skill",
                    "Partner A, owner of program A-NEXT, has no team of skill 'battery-chemistri'");
            assertThat(violation.hint()).isEqualTo("Maybe you meant 'battery-chemistry'.");
        }

        @Test
        void reportsTaskNeedingMoreTeamsThanTheOwnerHas() {
            Violation violation = assertSingleViolation(
                    validate(b -> b.rndTaskNeeds(
                            replace(VALID.rndTaskNeeds(), 0, new RndTaskNeed("A-NEXT", "T1", "battery-chemistry", 3)))),
                    "rnd_task_needs",
                    0,
                    "teams",
                    "needs 3 teams of skill 'battery-chemistry' but partner A, owner of program A-NEXT, has only 2");
            assertThat(violation.value()).isEqualTo("3");
        }

        @Test
        void acceptsTaskNeedThatUsesEveryTeamTheOwnerHas() {
            // B has 3 vehicle-engineering teams; a task may use all of them.
            assertThat(validate(b -> b.rndTaskNeeds(replace(
                            VALID.rndTaskNeeds(), 4, new RndTaskNeed("B-NEXT", "T2", "vehicle-engineering", 3)))))
                    .isEmpty();
        }
    }

    @Test
    void reportsADozenDifferentErrorsAllAtOnceInTableThenRowOrder() {
        Scenario broken = VALID.toBuilder()
                .fxRates(List.of(new FxRate("USD", 1)))
                .candidateCoalitions(List.of(new CandidateCoalition("a", List.of("A"))))
                .frictions(List.of(new Friction("A", "A", 0.3)))
                .rndTaskNeeds(
                        replace(VALID.rndTaskNeeds(), 5, new RndTaskNeed("B-NEXT", "T3", "vehicle-engineering", 9)))
                .rndTasks(replace(VALID.rndTasks(), 4, new RndTask("B-NEXT", "T2", "Body", 5, List.of("T2"), null)))
                .priceTiers(replace(VALID.priceTiers(), 7, new PriceTier("S-DRIVE", "DRIVE-B", 100_000, 900)))
                .partFamilies(replace(VALID.partFamilies(), 1, new PartFamily("DRIVE", "Drive units", 70.0)))
                .tariffs(replace(VALID.tariffs(), 3, new Tariff("AA", "EAST", "BEVS", 0.3, "x")))
                .dealerCoverages(replace(VALID.dealerCoverages(), 1, new DealerCoverage("A", "EAST", 30, 0.05)))
                .demands(replace(VALID.demands(), 4, new Demand("B-SUV", "EAST", 30_000, Double.NaN)))
                .vehicleModels(replace(
                        VALID.vehicleModels(),
                        2,
                        new VehicleModel("B-SUV", "B", "Beta SUV", "B-CAR", "C SUV", Powertrain.HEV, -2_400, 14_000)))
                .plants(replace(
                        VALID.plants(),
                        1,
                        new Plant("B-P1", "B", "Beta East", "BB", 50, 8, 80_000, 8e6, 16e6, 1.2, true)))
                .platformLines(replace(
                        VALID.platformLines(),
                        1,
                        new PlatformLine("B-P1", "B-CAR", LineStatus.EXISTING, 90_000, 1.5e6, 0, 0)))
                .countries(replace(VALID.countries(), 2, new Country("CC", "Cland", "EASTT")))
                .partners(plus(VALID.partners(), new Partner("A", "Alpha again", "AA", "USD")))
                .build();

        assertThat(ScenarioValidator.validate(broken))
                .extracting(Violation::table, Violation::rowIndex, Violation::column)
                .containsExactly(
                        tuple("partners", 1, "currency"),
                        tuple("partners", 2, "partner_id"),
                        tuple("countries", 2, "market_id"),
                        tuple("platform_lines", 1, "capacity_units_per_year"),
                        tuple("models", 2, "conversion_cost_per_unit"),
                        tuple("demand", 4, "net_price_per_unit"),
                        tuple("dealers", 1, "coverage_share"),
                        tuple("tariffs", 3, "product"),
                        tuple("part_families", 1, "max_supplier_share"),
                        tuple("price_tiers", 7, "price_per_unit"),
                        tuple("rnd_tasks", 4, "predecessors"),
                        tuple("rnd_task_needs", 5, "teams"),
                        tuple("friction", 0, "partner_b"),
                        tuple("coalitions", 0, "partners"));
    }

    @Test
    void givesTheSameViolationsOnEveryRun() {
        Scenario broken = VALID.toBuilder()
                .partners(plus(VALID.partners(), new Partner("A", "Again", "XX", "usd")))
                .frictions(List.of(new Friction("A", "A", 3)))
                .build();

        assertThat(ScenarioValidator.validate(broken)).hasSize(5).isEqualTo(ScenarioValidator.validate(broken));
    }
}
