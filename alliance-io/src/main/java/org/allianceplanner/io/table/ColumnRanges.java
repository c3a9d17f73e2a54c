package org.allianceplanner.io.table;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allianceplanner.model.validation.PlausibleRange;
import org.allianceplanner.model.validation.PlausibleRanges;

/**
 * The plausible range of every number column, as validation checks it (see {@link PlausibleRanges}),
 * so that the format doc states each range next to its column. Every number column but the solver's
 * seed has one; a test keeps it so.
 */
public final class ColumnRanges {
    /** The table name of the settings. */
    public static final String SETTINGS = "scenario";

    private static final Map<List<String>, PlausibleRange> RANGES = Map.ofEntries(
            entry(List.of(SETTINGS, "default_friction"), PlausibleRanges.SHARE),
            entry(List.of(SETTINGS, "annualization_years"), PlausibleRanges.ANNUALIZATION_YEARS),
            entry(List.of(SETTINGS, "discount_rate"), PlausibleRanges.SHARE),
            entry(List.of(SETTINGS, "solver.time_limit_seconds"), PlausibleRanges.TIME_LIMIT_SECONDS),
            entry(List.of(SETTINGS, "solver.relative_gap"), PlausibleRanges.RELATIVE_GAP),
            entry(List.of("markets", "latitude"), PlausibleRanges.LATITUDE),
            entry(List.of("markets", "longitude"), PlausibleRanges.LONGITUDE),
            entry(List.of("plants", "latitude"), PlausibleRanges.LATITUDE),
            entry(List.of("plants", "longitude"), PlausibleRanges.LONGITUDE),
            entry(List.of("plants", "capacity_units_per_year"), PlausibleRanges.PLANT_CAPACITY),
            entry(List.of("plants", "fixed_cost_per_year"), PlausibleRanges.FIXED_COST_PER_YEAR),
            entry(List.of("plants", "closure_cost"), PlausibleRanges.ONE_OFF_COST),
            entry(List.of("plants", "conversion_cost_index"), PlausibleRanges.CONVERSION_COST_INDEX),
            entry(List.of("platform_lines", "capacity_units_per_year"), PlausibleRanges.CAPACITY_VEHICLES),
            entry(List.of("platform_lines", "fixed_cost_per_year"), PlausibleRanges.FIXED_COST_PER_YEAR),
            entry(List.of("platform_lines", "retooling_cost"), PlausibleRanges.ONE_OFF_COST),
            entry(List.of("platform_lines", "lead_time_months"), PlausibleRanges.LEAD_TIME_MONTHS),
            entry(List.of("production_baseline", "units_per_year"), PlausibleRanges.CAPACITY_VEHICLES),
            entry(List.of("models", "conversion_cost_per_unit"), PlausibleRanges.MONEY_PER_VEHICLE),
            entry(List.of("models", "material_cost_per_unit"), PlausibleRanges.MONEY_PER_VEHICLE),
            entry(List.of("bom", "quantity_per_vehicle"), PlausibleRanges.QUANTITY_PER_VEHICLE),
            entry(List.of("demand", "units_per_year"), PlausibleRanges.DEMAND_VEHICLES),
            entry(List.of("demand", "net_price_per_unit"), PlausibleRanges.MONEY_PER_VEHICLE),
            entry(List.of("dealers", "coverage_share"), PlausibleRanges.SHARE),
            entry(List.of("dealers", "commission_rate"), PlausibleRanges.SHARE),
            entry(List.of("freight", "cost_per_unit"), PlausibleRanges.FREIGHT_PER_UNIT),
            entry(List.of("freight", "transit_days"), PlausibleRanges.TRANSIT_DAYS),
            entry(List.of("tariffs", "rate"), PlausibleRanges.TARIFF_RATE),
            entry(List.of("friction", "friction"), PlausibleRanges.SHARE),
            entry(List.of("fx_rates", "base_per_unit"), PlausibleRanges.BASE_PER_UNIT),
            entry(List.of("part_families", "max_supplier_share"), PlausibleRanges.SHARE),
            entry(List.of("suppliers", "capacity_units_per_year"), PlausibleRanges.PARTS_PER_YEAR),
            entry(List.of("price_tiers", "min_units_per_year"), PlausibleRanges.PARTS_PER_YEAR),
            entry(List.of("price_tiers", "price_per_unit"), PlausibleRanges.PRICE_PER_PART),
            entry(List.of("part_freight", "cost_per_unit"), PlausibleRanges.FREIGHT_PER_UNIT),
            entry(List.of("commonization", "engineering_cost"), PlausibleRanges.ONE_OFF_COST),
            entry(List.of("rnd_programs", "cost_of_delay_per_month"), PlausibleRanges.COST_OF_DELAY_PER_MONTH),
            entry(List.of("rnd_tasks", "duration_months"), PlausibleRanges.TASK_MONTHS),
            entry(List.of("rnd_task_needs", "teams"), PlausibleRanges.TEAMS_NEEDED),
            entry(List.of("rnd_teams", "capacity_teams"), PlausibleRanges.TEAMS));

    private ColumnRanges() {}

    /** The plausible range of {@code column} of {@code table} ({@link #SETTINGS} for a setting), if it has one. */
    public static Optional<PlausibleRange> of(String table, String column) {
        return Optional.ofNullable(RANGES.get(List.of(table, column)));
    }
}
