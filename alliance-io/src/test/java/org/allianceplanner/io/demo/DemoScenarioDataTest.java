package org.allianceplanner.io.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.allianceplanner.io.ScenarioFiles;
import org.allianceplanner.io.ScenarioLoad;
import org.allianceplanner.model.plant.LineStatus;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.model.plant.Platform;
import org.allianceplanner.model.rnd.RndProgram;
import org.allianceplanner.model.rnd.RndTask;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.sourcing.PriceTier;
import org.allianceplanner.model.vehicle.BomLine;
import org.allianceplanner.model.vehicle.Demand;
import org.allianceplanner.model.vehicle.VehicleModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo's data: it loads without a single problem and says what the demo is built to show. */
class DemoScenarioDataTest {
    private static final Path FOLDER = Path.of("src/main/resources/org/allianceplanner/io/demo/nissan-tesla-honda");

    private static ScenarioLoad load;

    @BeforeAll
    static void read() {
        load = ScenarioFiles.read(FOLDER);
    }

    private static Scenario scenario() {
        return load.scenario();
    }

    @Test
    void loadsWithoutProblems() {
        assertThat(load.problems()).isEmpty();
        assertThat(load.isValid()).isTrue();
    }

    @Test
    void threePartnersInTheirOwnCurrencies() {
        assertThat(scenario().partners())
                .extracting(p -> p.partnerId() + ":" + p.currency())
                .containsExactly("nissan:JPY", "tesla:USD", "honda:JPY");
        assertThat(scenario().settings().baseCurrency()).isEqualTo("USD");
    }

    @Test
    void smyrnaHasItsStatedCapacityAndTodaysOutput() {
        Plant smyrna = scenario().plants().stream()
                .filter(p -> p.plantId().equals("nissan-smyrna"))
                .findFirst()
                .orElseThrow();
        assertThat(smyrna.capacityUnitsPerYear()).isEqualTo(640000);
        double built = scenario().productionBaselines().stream()
                .filter(b -> b.plantId().equals("nissan-smyrna"))
                .mapToDouble(b -> b.unitsPerYear())
                .sum();
        assertThat(built).isEqualTo(314500);
    }

    @Test
    void aTeslaPlatformLineIsPossibleAtANissanUsPlant() {
        Set<String> teslaPlatforms = scenario().platforms().stream()
                .filter(p -> p.partnerId().equals("tesla"))
                .map(Platform::platformId)
                .collect(Collectors.toSet());
        Set<String> nissanUsPlants = scenario().plants().stream()
                .filter(p -> p.partnerId().equals("nissan") && p.countryId().equals("US"))
                .map(Plant::plantId)
                .collect(Collectors.toSet());
        assertThat(scenario().platformLines()).anySatisfy(line -> {
            assertThat(line.status()).isEqualTo(LineStatus.POSSIBLE);
            assertThat(nissanUsPlants).contains(line.plantId());
            assertThat(teslaPlatforms).contains(line.platformId());
            assertThat(line.retoolingCost()).isPositive();
        });
    }

    @Test
    void pooledBatteryVolumeOfTwoPartnersReachesATierThatEachAloneMisses() {
        Map<String, String> ownerOfModel = scenario().vehicleModels().stream()
                .collect(Collectors.toMap(VehicleModel::modelId, VehicleModel::partnerId));
        Set<String> cellVariants = scenario().partVariants().stream()
                .filter(v -> v.partFamilyId().equals("battery-cells"))
                .map(v -> v.variantId())
                .collect(Collectors.toSet());
        Map<String, Double> unitsOfModel = new HashMap<>();
        for (Demand demand : scenario().demands()) {
            unitsOfModel.merge(demand.modelId(), demand.unitsPerYear(), Double::sum);
        }
        // kWh per year of each cell variant, per partner: bill of materials x demand
        Map<String, Map<String, Double>> volume = new HashMap<>();
        for (BomLine line : scenario().bomLines()) {
            if (cellVariants.contains(line.variantId())) {
                double kwh = line.quantityPerVehicle() * unitsOfModel.getOrDefault(line.modelId(), 0.0);
                volume.computeIfAbsent(line.variantId(), v -> new HashMap<>())
                        .merge(ownerOfModel.get(line.modelId()), kwh, Double::sum);
            }
        }
        List<String> pooledTiers = scenario().priceTiers().stream()
                .filter(tier -> volume.containsKey(tier.variantId()) && tier.minUnitsPerYear() > 0)
                .filter(tier -> reachedOnlyByTwo(tier, volume.get(tier.variantId())))
                .map(tier -> tier.supplierId() + "/" + tier.variantId())
                .toList();
        assertThat(pooledTiers).contains("catl-ningde/cell-lfp");
    }

    private static boolean reachedOnlyByTwo(PriceTier tier, Map<String, Double> byPartner) {
        List<Double> volumes = List.copyOf(byPartner.values());
        boolean eachAloneMisses = volumes.stream().allMatch(v -> v < tier.minUnitsPerYear());
        boolean somePairReaches = false;
        for (int i = 0; i < volumes.size(); i++) {
            for (int j = i + 1; j < volumes.size(); j++) {
                somePairReaches |= volumes.get(i) + volumes.get(j) >= tier.minUnitsPerYear();
            }
        }
        return eachAloneMisses && somePairReaches;
    }

    @Test
    void someShareKeyIsUsedByTasksOfTwoPartners() {
        Map<String, String> ownerOfProgram = scenario().rndPrograms().stream()
                .collect(Collectors.toMap(RndProgram::programId, RndProgram::partnerId));
        Map<String, Set<String>> partnersOfKey = scenario().rndTasks().stream()
                .filter(task -> task.shareKey() != null)
                .collect(Collectors.groupingBy(
                        RndTask::shareKey,
                        Collectors.mapping(t -> ownerOfProgram.get(t.programId()), Collectors.toSet())));
        assertThat(partnersOfKey).containsKey("adas-perception-stack");
        assertThat(partnersOfKey.values())
                .anySatisfy(partners -> assertThat(partners).hasSizeGreaterThanOrEqualTo(2));
        assertThat(partnersOfKey.get("lfp-cell-qualification")).containsExactlyInAnyOrder("nissan", "tesla");
    }

    @Test
    void everyTableHasRowsAndTheFourCoalitionsAreListed() {
        Scenario s = scenario();
        assertThat(List.of(
                        s.markets(),
                        s.countries(),
                        s.plants(),
                        s.platforms(),
                        s.platformLines(),
                        s.productionBaselines(),
                        s.vehicleModels(),
                        s.bomLines(),
                        s.demands(),
                        s.dealerCoverages(),
                        s.freightLanes(),
                        s.tariffs(),
                        s.partFamilies(),
                        s.partVariants(),
                        s.suppliers(),
                        s.priceTiers(),
                        s.partFreights(),
                        s.commonizationOptions(),
                        s.rndPrograms(),
                        s.rndTasks(),
                        s.rndTaskNeeds(),
                        s.rndTeams(),
                        s.frictions(),
                        s.fxRates()))
                .allSatisfy(rows -> assertThat(rows).isNotEmpty());
        assertThat(s.candidateCoalitions())
                .extracting(c -> c.coalitionId())
                .containsExactlyInAnyOrder("nissan-tesla", "nissan-honda", "honda-tesla", "nissan-tesla-honda");
    }
}
