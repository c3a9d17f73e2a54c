package org.allianceplanner.model.validation;

/**
 * The plausible range of every number of a scenario that has no natural bound of its own (shares
 * are 0 to 1, coordinates lie on the globe). Money ranges are in the base currency and assume a
 * currency of the dollar's or euro's order of magnitude, like the per-vehicle limit of prices.
 * Validation reports a value outside with its range; {@code docs/scenario-format.md} states each range
 * next to its column.
 */
public final class PlausibleRanges {
    private PlausibleRanges() {}

    /** A share or rate: a fraction from 0 to 1. */
    public static final PlausibleRange SHARE = PlausibleRange.of(0, 1, "(share)");

    /** Latitude on the globe. */
    public static final PlausibleRange LATITUDE = PlausibleRange.of(-90, 90, "degrees N");

    /** Longitude on the globe. */
    public static final PlausibleRange LONGITUDE = PlausibleRange.of(-180, 180, "degrees E");

    /** Real tariffs of 100 % and more exist; a rate above 5 is almost surely a percentage. */
    public static final PlausibleRange TARIFF_RATE =
            PlausibleRange.of(0, GeographyRules.MAX_TARIFF_RATE, "(share of value)");

    /** The largest car plants build about a million vehicles a year. */
    public static final PlausibleRange CAPACITY_VEHICLES =
            PlausibleRange.of(0, PlantRules.MAX_CAPACITY_UNITS_PER_YEAR, "vehicles per year");

    /** A plant builds at least one vehicle a year; one that builds none is left out. */
    public static final PlausibleRange PLANT_CAPACITY =
            PlausibleRange.of(1, PlantRules.MAX_CAPACITY_UNITS_PER_YEAR, "vehicles per year");

    /** About the whole yearly market of China, the largest there is. */
    public static final PlausibleRange DEMAND_VEHICLES =
            PlausibleRange.of(0, VehicleRules.MAX_DEMAND_UNITS_PER_YEAR, "vehicles per year");

    /** Far above the dearest series car. */
    public static final PlausibleRange MONEY_PER_VEHICLE =
            PlausibleRange.money(0, VehicleRules.MAX_MONEY_PER_VEHICLE, "per vehicle");

    /** Yearly fixed cost of a plant or a line: the largest plants cost a few billion a year. */
    public static final PlausibleRange FIXED_COST_PER_YEAR = PlausibleRange.money(0, 2e10, "per year");

    /** One-off cost (closure, retooling, engineering): a new plant costs a few billion. */
    public static final PlausibleRange ONE_OFF_COST = PlausibleRange.money(0, 1e11, "");

    /** Multiplier on a model's conversion cost at a plant. */
    public static final PlausibleRange CONVERSION_COST_INDEX = PlausibleRange.of(0.1, 10, "(ratio)");

    /** Lead time of a possible line: up to ten years. */
    public static final PlausibleRange LEAD_TIME_MONTHS = PlausibleRange.of(0, 120, "months");

    /** Units of one variant in one vehicle (a car has some 30,000 parts). */
    public static final PlausibleRange QUANTITY_PER_VEHICLE = PlausibleRange.of(0, 100_000, "units per vehicle");

    /** Freight of one vehicle or one part: shipping a car across the world costs a few thousand. */
    public static final PlausibleRange FREIGHT_PER_UNIT = PlausibleRange.money(0, 100_000, "per unit");

    /** Door-to-door transit: up to a year. */
    public static final PlausibleRange TRANSIT_DAYS = PlausibleRange.of(0, 365, "days");

    /**
     * Value of one unit of a currency in the base currency: from the weakest currencies (a few
     * hundred-thousandths of a dollar) to the strongest seen from the weakest.
     */
    public static final PlausibleRange BASE_PER_UNIT = PlausibleRange.of(1e-5, 1e5, "base currency per unit");

    /** Yearly parts from one supplier or in one price tier: ten billion covers screws for every car built. */
    public static final PlausibleRange PARTS_PER_YEAR = PlausibleRange.of(0, 1e10, "parts per year");

    /** Price of one part: at most what a whole vehicle may cost. */
    public static final PlausibleRange PRICE_PER_PART =
            PlausibleRange.money(0, VehicleRules.MAX_MONEY_PER_VEHICLE, "per part");

    /** Cost of one month's delay of an R&amp;D program. */
    public static final PlausibleRange COST_OF_DELAY_PER_MONTH = PlausibleRange.money(0, 1e10, "per month");

    /** Duration of one R&amp;D task: up to ten years. */
    public static final PlausibleRange TASK_MONTHS = PlausibleRange.of(1, 120, "months");

    /** Teams one partner has for one skill. */
    public static final PlausibleRange TEAMS = PlausibleRange.of(0, 10_000, "teams");

    /** Teams one task needs. */
    public static final PlausibleRange TEAMS_NEEDED = PlausibleRange.of(1, 10_000, "teams");

    /** Proven gap at which a solve may stop: at most half, else the plan says little. */
    public static final PlausibleRange RELATIVE_GAP = PlausibleRange.of(0, 0.5, "(share)");

    /** Years over which one-off costs are spread. */
    public static final PlausibleRange ANNUALIZATION_YEARS = PlausibleRange.of(1, 100, "years");

    /** Wall-clock limit of one solve: from a tenth of a second to a day. */
    public static final PlausibleRange TIME_LIMIT_SECONDS = PlausibleRange.of(0.1, 86_400, "seconds");
}
