package org.allianceplanner.model.validation;

import java.util.List;
import org.allianceplanner.model.plant.LineStatus;
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
                if (plant.capacityUnitsPerYear() < PlausibleRanges.PLANT_CAPACITY.min()) {
                    row.plausible(
                            "capacity_units_per_year", plant.capacityUnitsPerYear(), PlausibleRanges.PLANT_CAPACITY);
                } else {
                    checkPlausibleCapacity(row, plant.capacityUnitsPerYear(), "a plant");
                }
            }
            index.ownerMoney(
                    row,
                    "fixed_cost_per_year",
                    plant.fixedCostPerYear(),
                    plant.partnerId(),
                    PlausibleRanges.FIXED_COST_PER_YEAR);
            index.ownerMoney(row, "closure_cost", plant.closureCost(), plant.partnerId(), PlausibleRanges.ONE_OFF_COST);
            if (row.positive("conversion_cost_index", plant.conversionCostIndex())) {
                row.plausible(
                        "conversion_cost_index", plant.conversionCostIndex(), PlausibleRanges.CONVERSION_COST_INDEX);
            }
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
            String owner = plant == null ? "" : plant.partnerId();
            index.ownerMoney(
                    row, "fixed_cost_per_year", line.fixedCostPerYear(), owner, PlausibleRanges.FIXED_COST_PER_YEAR);
            index.ownerMoney(row, "retooling_cost", line.retoolingCost(), owner, PlausibleRanges.ONE_OFF_COST);
            if (row.atLeast("lead_time_months", line.leadTimeMonths(), 0)) {
                row.plausible("lead_time_months", line.leadTimeMonths(), PlausibleRanges.LEAD_TIME_MONTHS);
            }
            if (line.status() == LineStatus.EXISTING) {
                checkExistingLineNeedsNoRetooling(row, line);
            }
        });

        UniqueKeys<ProductionBaseline> baselineKeys = UniqueKeys.of(
                scenario.productionBaselines(),
                List.of("plant_id", "model_id"),
                baseline -> List.of(baseline.plantId(), baseline.modelId()));
        findings.rows(Table.PRODUCTION_BASELINE, scenario.productionBaselines(), (row, baseline) -> {
            baselineKeys.check(row, baseline);
            row.references("plant_id", baseline.plantId(), index.plants());
            row.references("model_id", baseline.modelId(), index.models());
            if (row.nonNegative("units_per_year", baseline.unitsPerYear())) {
                row.plausible("units_per_year", baseline.unitsPerYear(), PlausibleRanges.CAPACITY_VEHICLES);
            }
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

    /** An existing line is already installed: a retooling cost or lead time on it would never be used. */
    private static void checkExistingLineNeedsNoRetooling(Row row, PlatformLine line) {
        String hint = "Maybe the line is POSSIBLE rather than EXISTING, or the figure belongs on another row.";
        if (line.retoolingCost() > 0) {
            row.report(
                    "retooling_cost",
                    Numbers.text(line.retoolingCost()),
                    "An EXISTING line needs no retooling: retooling_cost must be 0 (it is the one-off cost of"
                            + " installing a POSSIBLE line).",
                    hint);
        }
        if (line.leadTimeMonths() > 0) {
            row.report(
                    "lead_time_months",
                    Integer.toString(line.leadTimeMonths()),
                    "An EXISTING line builds today: lead_time_months must be 0.",
                    hint);
        }
    }

    private static void checkWithinPlant(Row row, PlatformLine line, Plant plant) {
        // A plant whose own capacity is broken is reported on its row; comparing with it would only echo that.
        if (!PlausibleRanges.PLANT_CAPACITY.contains(plant.capacityUnitsPerYear())) {
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
