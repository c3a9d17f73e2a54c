package org.allianceplanner.model.validation;

import java.util.List;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.model.plant.PlatformLine;
import org.allianceplanner.model.plant.ProductionBaseline;
import org.allianceplanner.model.scenario.Scenario;

/** Rules of plants, platforms, platform lines and today's production. */
final class PlantRules {
    /** More than the largest car plants in the world build in a year; a larger figure is a typo. */
    static final double MAX_CAPACITY_UNITS_PER_YEAR = 3_000_000;

    private PlantRules() {}

    static void check(ScenarioIndex index, Findings findings) {
        Scenario scenario = index.scenario();
        findings.rows(Table.PLANTS, scenario.plants(), (row, plant) -> {
            row.uniqueId("plant_id", plant.plantId(), index.plants());
            row.references("partner_id", plant.partnerId(), index.partners());
            row.references("country_id", plant.countryId(), index.countries());
            row.latitude("latitude", plant.latitude());
            row.longitude("longitude", plant.longitude());
            if (row.positive("capacity_units_per_year", plant.capacityUnitsPerYear())) {
                checkPlausibleCapacity(row, plant.capacityUnitsPerYear(), "a plant");
            }
            row.nonNegative("fixed_cost_per_year", plant.fixedCostPerYear());
            row.nonNegative("closure_cost", plant.closureCost());
            row.positive("conversion_cost_index", plant.conversionCostIndex());
        });
        findings.rows(Table.PLATFORMS, scenario.platforms(), (row, platform) -> {
            row.uniqueId("platform_id", platform.platformId(), index.platforms());
            row.references("partner_id", platform.partnerId(), index.partners());
        });

        UniqueKeys<PlatformLine> lineKeys = UniqueKeys.of(
                scenario.platformLines(),
                List.of("plant_id", "platform_id"),
                line -> List.of(line.plantId(), line.platformId()));
        findings.rows(Table.PLATFORM_LINES, scenario.platformLines(), (row, line) -> {
            lineKeys.check(row, line);
            row.references("plant_id", line.plantId(), index.plants());
            Plant plant = index.plant(line.plantId());
            row.references("platform_id", line.platformId(), index.platforms());
            if (row.nonNegative("capacity_units_per_year", line.capacityUnitsPerYear())
                    && checkPlausibleCapacity(row, line.capacityUnitsPerYear(), "a line")
                    && plant != null) {
                checkWithinPlant(row, line, plant);
            }
            row.nonNegative("fixed_cost_per_year", line.fixedCostPerYear());
            row.nonNegative("retooling_cost", line.retoolingCost());
            row.atLeast("lead_time_months", line.leadTimeMonths(), 0);
        });

        UniqueKeys<ProductionBaseline> baselineKeys = UniqueKeys.of(
                scenario.productionBaselines(),
                List.of("plant_id", "model_id"),
                baseline -> List.of(baseline.plantId(), baseline.modelId()));
        findings.rows(Table.PRODUCTION_BASELINE, scenario.productionBaselines(), (row, baseline) -> {
            baselineKeys.check(row, baseline);
            row.references("plant_id", baseline.plantId(), index.plants());
            row.references("model_id", baseline.modelId(), index.models());
            row.nonNegative("units_per_year", baseline.unitsPerYear());
        });
    }

    private static boolean checkPlausibleCapacity(Row row, double capacity, String what) {
        if (capacity <= MAX_CAPACITY_UNITS_PER_YEAR) {
            return true;
        }
        row.report(
                "capacity_units_per_year",
                Numbers.text(capacity),
                "capacity_units_per_year of " + Numbers.grouped(capacity) + " is more than " + what
                        + " can build: the plausible maximum is " + Numbers.grouped(MAX_CAPACITY_UNITS_PER_YEAR)
                        + " vehicles per year.");
        return false;
    }

    private static void checkWithinPlant(Row row, PlatformLine line, Plant plant) {
        // A plant whose own capacity is broken is reported on its row; comparing with it would only echo that.
        if (!Double.isFinite(plant.capacityUnitsPerYear()) || plant.capacityUnitsPerYear() <= 0) {
            return;
        }
        if (line.capacityUnitsPerYear() > plant.capacityUnitsPerYear()) {
            row.report(
                    "capacity_units_per_year",
                    Numbers.text(line.capacityUnitsPerYear()),
                    "The line's capacity_units_per_year of " + Numbers.grouped(line.capacityUnitsPerYear())
                            + " is above the capacity of its plant " + plant.plantId() + " ("
                            + Numbers.grouped(plant.capacityUnitsPerYear())
                            + " vehicles per year): a line cannot build more than its plant.");
        }
    }
}
