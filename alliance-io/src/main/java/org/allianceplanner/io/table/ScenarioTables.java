package org.allianceplanner.io.table;

import static org.allianceplanner.io.table.Column.bool;
import static org.allianceplanner.io.table.Column.decimal;
import static org.allianceplanner.io.table.Column.enumeration;
import static org.allianceplanner.io.table.Column.id;
import static org.allianceplanner.io.table.Column.integer;
import static org.allianceplanner.io.table.Column.list;
import static org.allianceplanner.io.table.Column.text;
import static org.allianceplanner.io.table.TableCodec.table;

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
 * Every scenario table, in the order files are read, written and documented. The single description
 * of the scenario format: the CSV folder, the workbook and {@code docs/scenario-format.md} follow it.
 */
public final class ScenarioTables {
    private static final String OWNER_MONEY = "owner's currency";
    private static final String BASE_MONEY = "base currency";

    /** Partners. */
    public static final TableCodec<Partner> PARTNERS = table(
                    "partners",
                    "The carmakers in the scenario. Money in rows a partner owns is in the partner's currency.",
                    true,
                    Scenario::partners,
                    Scenario.Builder::partners)
            .column(id("partner_id", "Unique id of the partner.", "nissan"), Partner::partnerId)
            .column(text("name", "Display name.", "Nissan"), Partner::name)
            .column(id("home_country_id", "Country of the headquarters (countries).", "JP"), Partner::homeCountryId)
            .column(id("currency", "ISO 4217 code of the partner's money figures.", "JPY"), Partner::currency)
            .decodedBy(row ->
                    new Partner(row.id("partner_id"), row.text("name"), row.id("home_country_id"), row.id("currency")));

    /** Markets. */
    public static final TableCodec<Market> MARKETS = table(
                    "markets",
                    "Sales markets. A market is also a customs territory: all its countries share its import"
                            + " tariffs.",
                    true,
                    Scenario::markets,
                    Scenario.Builder::markets)
            .column(id("market_id", "Unique id of the market.", "US"), Market::marketId)
            .column(text("name", "Display name.", "United States"), Market::name)
            .column(decimal("latitude", "degrees N", "A representative point, for maps.", "39.8"), Market::latitude)
            .column(decimal("longitude", "degrees E", "A representative point, for maps.", "-98.6"), Market::longitude)
            .decodedBy(row -> new Market(
                    row.id("market_id"), row.text("name"), row.decimal("latitude"), row.decimal("longitude")));

    /** Countries. */
    public static final TableCodec<Country> COUNTRIES = table(
                    "countries",
                    "Countries where plants, suppliers or headquarters stand, each in exactly one market.",
                    true,
                    Scenario::countries,
                    Scenario.Builder::countries)
            .column(id("country_id", "Unique id, ISO 3166 alpha-2 by convention.", "MX"), Country::countryId)
            .column(text("name", "Display name.", "Mexico"), Country::name)
            .column(id("market_id", "The market it belongs to (markets).", "MX"), Country::marketId)
            .decodedBy(row -> new Country(row.id("country_id"), row.text("name"), row.id("market_id")));

    /** Plants. */
    public static final TableCodec<Plant> PLANTS = table(
                    "plants",
                    "Vehicle assembly plants. Money in the owner's currency.",
                    true,
                    Scenario::plants,
                    Scenario.Builder::plants)
            .column(id("plant_id", "Unique id of the plant.", "nissan-smyrna"), Plant::plantId)
            .column(id("partner_id", "Owner (partners).", "nissan"), Plant::partnerId)
            .column(text("name", "Display name.", "Smyrna Vehicle Assembly"), Plant::name)
            .column(id("country_id", "Where it stands (countries).", "US"), Plant::countryId)
            .column(decimal("latitude", "degrees N", "Location, for maps.", "35.96"), Plant::latitude)
            .column(decimal("longitude", "degrees E", "Location, for maps.", "-86.53"), Plant::longitude)
            .column(
                    decimal("capacity_units_per_year", "vehicles/year", "Capacity over all lines.", "640000"),
                    Plant::capacityUnitsPerYear)
            .column(
                    decimal("fixed_cost_per_year", OWNER_MONEY + "/year", "Cost of keeping the plant open.", "3.2e10")
                            .withDefault("0"),
                    Plant::fixedCostPerYear)
            .column(
                    decimal("closure_cost", OWNER_MONEY, "One-off cost of closing the plant.", "4.8e10")
                            .withDefault("0"),
                    Plant::closureCost)
            .column(
                    decimal(
                                    "conversion_cost_index",
                                    "ratio",
                                    "Multiplier on a model's base conversion cost when built here.",
                                    "0.95")
                            .withDefault("1"),
                    Plant::conversionCostIndex)
            .column(
                    bool("closure_allowed", "Whether a plan may close the plant.", "true")
                            .withDefault("false"),
                    Plant::closureAllowed)
            .decodedBy(row -> new Plant(
                    row.id("plant_id"),
                    row.id("partner_id"),
                    row.text("name"),
                    row.id("country_id"),
                    row.decimal("latitude"),
                    row.decimal("longitude"),
                    row.decimal("capacity_units_per_year"),
                    row.decimal("fixed_cost_per_year"),
                    row.decimal("closure_cost"),
                    row.decimal("conversion_cost_index"),
                    row.bool("closure_allowed")));

    /** Platforms. */
    public static final TableCodec<Platform> PLATFORMS = table(
                    "platforms",
                    "Vehicle platforms (architectures). A model is built only on a line of its platform.",
                    true,
                    Scenario::platforms,
                    Scenario.Builder::platforms)
            .column(id("platform_id", "Unique id of the platform.", "cmf-ev"), Platform::platformId)
            .column(id("partner_id", "Owner (partners).", "nissan"), Platform::partnerId)
            .column(text("name", "Display name.", "CMF-EV"), Platform::name)
            .decodedBy(row -> new Platform(row.id("platform_id"), row.id("partner_id"), row.text("name")));

    /** Platform lines. */
    public static final TableCodec<PlatformLine> PLATFORM_LINES = table(
                    "platform_lines",
                    "Production lines for a platform at a plant: existing today, or possible after retooling."
                            + " Money in the plant owner's currency.",
                    true,
                    Scenario::platformLines,
                    Scenario.Builder::platformLines)
            .column(id("plant_id", "Plant (plants).", "nissan-canton"), PlatformLine::plantId)
            .column(id("platform_id", "Platform the line builds (platforms).", "cmf-ev"), PlatformLine::platformId)
            .column(
                    enumeration("status", LineStatus.class, "EXISTING today, or POSSIBLE to install.", "POSSIBLE"),
                    PlatformLine::status)
            .column(
                    decimal("capacity_units_per_year", "vehicles/year", "Line capacity.", "150000"),
                    PlatformLine::capacityUnitsPerYear)
            .column(
                    decimal("fixed_cost_per_year", OWNER_MONEY + "/year", "Cost of running the line.", "6e9")
                            .withDefault("0"),
                    PlatformLine::fixedCostPerYear)
            .column(
                    decimal("retooling_cost", OWNER_MONEY, "One-off cost of installing a possible line.", "7.5e10")
                            .withDefault("0"),
                    PlatformLine::retoolingCost)
            .column(
                    integer("lead_time_months", "months", "Months before a possible line can build.", "24")
                            .withDefault("0"),
                    PlatformLine::leadTimeMonths)
            .decodedBy(row -> new PlatformLine(
                    row.id("plant_id"),
                    row.id("platform_id"),
                    row.enumValue("status", LineStatus.class),
                    row.decimal("capacity_units_per_year"),
                    row.decimal("fixed_cost_per_year"),
                    row.decimal("retooling_cost"),
                    row.integer("lead_time_months")));

    /** Vehicle models. */
    public static final TableCodec<VehicleModel> MODELS = table(
                    "models",
                    "Vehicle models (nameplates). Money in the owner's currency.",
                    true,
                    Scenario::vehicleModels,
                    Scenario.Builder::vehicleModels)
            .column(id("model_id", "Unique id of the model.", "nissan-ariya"), VehicleModel::modelId)
            .column(id("partner_id", "Owner, the brand that sells it (partners).", "nissan"), VehicleModel::partnerId)
            .column(text("name", "Display name.", "Ariya"), VehicleModel::name)
            .column(id("platform_id", "Platform it is built on (platforms).", "cmf-ev"), VehicleModel::platformId)
            .column(text("segment", "Market segment, free text.", "C/D SUV"), VehicleModel::segment)
            .column(
                    enumeration("powertrain", Powertrain.class, "Powertrain; tariffs may depend on it.", "BEV"),
                    VehicleModel::powertrain)
            .column(
                    decimal(
                            "conversion_cost_per_unit",
                            OWNER_MONEY + "/vehicle",
                            "Assembly cost per vehicle at a plant of index 1, parts excluded.",
                            "450000"),
                    VehicleModel::conversionCostPerUnit)
            .column(
                    decimal(
                            "material_cost_per_unit",
                            OWNER_MONEY + "/vehicle",
                            "Bought-in parts and materials per vehicle: the whole bill of materials at today's prices."
                                    + " Net price minus this, conversion, freight, tariff and commission is the"
                                    + " vehicle's contribution.",
                            "3600000"),
                    VehicleModel::materialCostPerUnit)
            .decodedBy(row -> new VehicleModel(
                    row.id("model_id"),
                    row.id("partner_id"),
                    row.text("name"),
                    row.id("platform_id"),
                    row.text("segment"),
                    row.enumValue("powertrain", Powertrain.class),
                    row.decimal("conversion_cost_per_unit"),
                    row.decimal("material_cost_per_unit")));

    /** Bills of materials. */
    public static final TableCodec<BomLine> BOM = table(
                    "bom",
                    "Bills of materials: the parts of each model that the sourcing lever plans.",
                    false,
                    Scenario::bomLines,
                    Scenario.Builder::bomLines)
            .column(id("model_id", "Vehicle model (models).", "nissan-ariya"), BomLine::modelId)
            .column(id("variant_id", "Part variant used (part_variants).", "cell-nmc-pouch"), BomLine::variantId)
            .column(
                    decimal("quantity_per_vehicle", "variant's unit", "Units of the variant per vehicle.", "87"),
                    BomLine::quantityPerVehicle)
            .decodedBy(
                    row -> new BomLine(row.id("model_id"), row.id("variant_id"), row.decimal("quantity_per_vehicle")));

    /** Demand. */
    public static final TableCodec<Demand> DEMAND = table(
                    "demand",
                    "Yearly demand and net price per model and market. Money in the model owner's currency.",
                    true,
                    Scenario::demands,
                    Scenario.Builder::demands)
            .column(id("model_id", "Vehicle model (models).", "nissan-ariya"), Demand::modelId)
            .column(id("market_id", "Market (markets).", "US"), Demand::marketId)
            .column(
                    decimal("units_per_year", "vehicles/year", "Vehicles the market would buy.", "30000"),
                    Demand::unitsPerYear)
            .column(
                    decimal(
                            "net_price_per_unit",
                            OWNER_MONEY + "/vehicle",
                            "What the maker receives per vehicle, before tariffs.",
                            "5400000"),
                    Demand::netPricePerUnit)
            .decodedBy(row -> new Demand(
                    row.id("model_id"),
                    row.id("market_id"),
                    row.decimal("units_per_year"),
                    row.decimal("net_price_per_unit")));

    /** Dealer coverage. */
    public static final TableCodec<DealerCoverage> DEALERS = table(
                    "dealers",
                    "Dealer networks: the share of a market each partner's dealers reach, and the commission"
                            + " they charge for selling another partner's car.",
                    true,
                    Scenario::dealerCoverages,
                    Scenario.Builder::dealerCoverages)
            .column(id("partner_id", "Owner of the network (partners).", "nissan"), DealerCoverage::partnerId)
            .column(id("market_id", "Market covered (markets).", "MX"), DealerCoverage::marketId)
            .column(
                    decimal("coverage_share", "share 0–1", "Share of the market's demand the network reaches.", "0.9"),
                    DealerCoverage::coverageShare)
            .column(
                    decimal(
                                    "commission_rate",
                                    "share 0–1",
                                    "Share of the net price charged for selling a partner's car.",
                                    "0.06")
                            .withDefault("0"),
                    DealerCoverage::commissionRate)
            .decodedBy(row -> new DealerCoverage(
                    row.id("partner_id"),
                    row.id("market_id"),
                    row.decimal("coverage_share"),
                    row.decimal("commission_rate")));

    /** Vehicle freight. */
    public static final TableCodec<FreightLane> FREIGHT = table(
                    "freight",
                    "Cost and time of shipping one vehicle from a plant's country to a market.",
                    true,
                    Scenario::freightLanes,
                    Scenario.Builder::freightLanes)
            .column(id("origin_country_id", "Country of the plant (countries).", "MX"), FreightLane::originCountryId)
            .column(id("market_id", "Destination market (markets).", "US"), FreightLane::marketId)
            .column(
                    decimal("cost_per_unit", BASE_MONEY + "/vehicle", "Freight per vehicle.", "900"),
                    FreightLane::costPerUnit)
            .column(
                    integer("transit_days", "days", "Door-to-door transit time.", "6")
                            .withDefault("0"),
                    FreightLane::transitDays)
            .decodedBy(row -> new FreightLane(
                    row.id("origin_country_id"),
                    row.id("market_id"),
                    row.decimal("cost_per_unit"),
                    row.integer("transit_days")));

    /** Tariffs. */
    public static final TableCodec<Tariff> TARIFFS = table(
                    "tariffs",
                    "Ad-valorem import tariffs. For goods from country o into a market, the first row that exists"
                            + " applies: (o, product), (o, *), (*, product), (*, *). Goods moving inside one market"
                            + " pay none unless a row names their origin country.",
                    false,
                    Scenario::tariffs,
                    Scenario.Builder::tariffs)
            .column(
                    id("origin_country_id", "Exporting country (countries), or * for all others.", "JP"),
                    Tariff::originCountryId)
            .column(id("market_id", "Importing market (markets).", "US"), Tariff::marketId)
            .column(
                    id("product", "A powertrain (BEV, PHEV, HEV, ICE), a part family id, or * for all.", "*")
                            .withDefault(Tariff.ANY),
                    Tariff::product)
            .column(decimal("rate", "share of value", "Tariff rate; 0.15 is 15 %.", "0.15"), Tariff::rate)
            .column(
                    text("legal_basis", "The measure and its source, free text.", "US-Japan deal, Sep 2025")
                            .optional(),
                    Tariff::legalBasis)
            .decodedBy(row -> new Tariff(
                    row.id("origin_country_id"),
                    row.id("market_id"),
                    row.id("product"),
                    row.decimal("rate"),
                    row.text("legal_basis")));

    /** Part families. */
    public static final TableCodec<PartFamily> PART_FAMILIES = table(
                    "part_families",
                    "Families of interchangeable parts, such as battery cells or drive units.",
                    false,
                    Scenario::partFamilies,
                    Scenario.Builder::partFamilies)
            .column(id("part_family_id", "Unique id of the family.", "battery-cells"), PartFamily::partFamilyId)
            .column(text("name", "Display name.", "Battery cells"), PartFamily::name)
            .column(
                    decimal(
                                    "max_supplier_share",
                                    "share 0–1",
                                    "Dual-sourcing rule: the largest share of a variant's volume one supplier may"
                                            + " get; empty for no rule.",
                                    "0.7")
                            .optional(),
                    PartFamily::maxSupplierShare)
            .decodedBy(row -> new PartFamily(
                    row.id("part_family_id"), row.text("name"), row.optionalDecimal("max_supplier_share")));

    /** Part variants. */
    public static final TableCodec<PartVariant> PART_VARIANTS = table(
                    "part_variants",
                    "Variants of a part family, as bills of materials name them.",
                    false,
                    Scenario::partVariants,
                    Scenario.Builder::partVariants)
            .column(id("variant_id", "Unique id of the variant.", "cell-lfp-prismatic"), PartVariant::variantId)
            .column(id("part_family_id", "Family (part_families).", "battery-cells"), PartVariant::partFamilyId)
            .column(text("name", "Display name.", "LFP prismatic cell"), PartVariant::name)
            .column(text("unit", "Unit of quantities and prices.", "kWh").withDefault("piece"), PartVariant::unit)
            .decodedBy(row -> new PartVariant(
                    row.id("variant_id"), row.id("part_family_id"), row.text("name"), row.text("unit")));

    /** Suppliers. */
    public static final TableCodec<Supplier> SUPPLIERS = table(
                    "suppliers",
                    "Parts supplier sites. Prices in the supplier's own currency.",
                    false,
                    Scenario::suppliers,
                    Scenario.Builder::suppliers)
            .column(id("supplier_id", "Unique id of the supplier site.", "aesc-sunderland"), Supplier::supplierId)
            .column(text("name", "Display name.", "AESC Sunderland"), Supplier::name)
            .column(id("country_id", "Where it ships from (countries).", "GB"), Supplier::countryId)
            .column(id("currency", "ISO 4217 code of its prices.", "USD"), Supplier::currency)
            .column(
                    decimal(
                            "capacity_units_per_year",
                            "parts/year",
                            "Capacity over all variants it offers, in their unit.",
                            "17700000"),
                    Supplier::capacityUnitsPerYear)
            .decodedBy(row -> new Supplier(
                    row.id("supplier_id"),
                    row.text("name"),
                    row.id("country_id"),
                    row.id("currency"),
                    row.decimal("capacity_units_per_year")));

    /** Price tiers. */
    public static final TableCodec<PriceTier> PRICE_TIERS = table(
                    "price_tiers",
                    "All-units quantity-discount tiers: from min_units_per_year on, every unit costs"
                            + " price_per_unit. A supplier's tiers for a variant start at 0 and fall in price.",
                    false,
                    Scenario::priceTiers,
                    Scenario.Builder::priceTiers)
            .column(id("supplier_id", "Supplier (suppliers).", "aesc-sunderland"), PriceTier::supplierId)
            .column(id("variant_id", "Part variant (part_variants).", "cell-nmc-pouch"), PriceTier::variantId)
            .column(
                    decimal("min_units_per_year", "parts/year", "Volume from which the tier applies.", "5000000"),
                    PriceTier::minUnitsPerYear)
            .column(
                    decimal("price_per_unit", "supplier's currency/part", "Price of every unit in the tier.", "98"),
                    PriceTier::pricePerUnit)
            .decodedBy(row -> new PriceTier(
                    row.id("supplier_id"),
                    row.id("variant_id"),
                    row.decimal("min_units_per_year"),
                    row.decimal("price_per_unit")));

    /** Inbound part freight. */
    public static final TableCodec<PartFreight> PART_FREIGHT = table(
                    "part_freight",
                    "Inbound freight of parts from a supplier's country to a plant's country.",
                    false,
                    Scenario::partFreights,
                    Scenario.Builder::partFreights)
            .column(id("origin_country_id", "Supplier's country (countries).", "CN"), PartFreight::originCountryId)
            .column(
                    id("destination_country_id", "Plant's country (countries).", "US"),
                    PartFreight::destinationCountryId)
            .column(
                    id("part_family_id", "Part family (part_families), or * for all others.", "*")
                            .withDefault(PartFreight.ANY),
                    PartFreight::partFamilyId)
            .column(
                    decimal("cost_per_unit", BASE_MONEY + "/part", "Freight per unit of the part.", "2.5"),
                    PartFreight::costPerUnit)
            .decodedBy(row -> new PartFreight(
                    row.id("origin_country_id"),
                    row.id("destination_country_id"),
                    row.id("part_family_id"),
                    row.decimal("cost_per_unit")));

    /** Commonization options. */
    public static final TableCodec<CommonizationOption> COMMONIZATION = table(
                    "commonization",
                    "Options to replace a part variant by another of the same family in every bill of materials.",
                    false,
                    Scenario::commonizationOptions,
                    Scenario.Builder::commonizationOptions)
            .column(
                    id("from_variant_id", "Variant that would disappear (part_variants).", "du-honda-e"),
                    CommonizationOption::fromVariantId)
            .column(
                    id("to_variant_id", "Variant used instead (part_variants).", "du-nissan-e"),
                    CommonizationOption::toVariantId)
            .column(
                    decimal("engineering_cost", BASE_MONEY, "One-off cost of the change.", "120000000"),
                    CommonizationOption::engineeringCost)
            .decodedBy(row -> new CommonizationOption(
                    row.id("from_variant_id"), row.id("to_variant_id"), row.decimal("engineering_cost")));

    /** R&D programs. */
    public static final TableCodec<RndProgram> RND_PROGRAMS = table(
                    "rnd_programs",
                    "R&D programs. Money in the owner's currency.",
                    false,
                    Scenario::rndPrograms,
                    Scenario.Builder::rndPrograms)
            .column(id("program_id", "Unique id of the program.", "nissan-ev-platform"), RndProgram::programId)
            .column(id("partner_id", "Owner (partners).", "nissan"), RndProgram::partnerId)
            .column(text("name", "Display name.", "Next-generation EV platform"), RndProgram::name)
            .column(
                    decimal(
                            "cost_of_delay_per_month",
                            OWNER_MONEY + "/month",
                            "Value lost for each month the program finishes later.",
                            "9e9"),
                    RndProgram::costOfDelayPerMonth)
            .decodedBy(row -> new RndProgram(
                    row.id("program_id"),
                    row.id("partner_id"),
                    row.text("name"),
                    row.decimal("cost_of_delay_per_month")));

    /** R&D tasks. */
    public static final TableCodec<RndTask> RND_TASKS = table(
                    "rnd_tasks",
                    "Tasks of the R&D programs, identified by program and task id together.",
                    false,
                    Scenario::rndTasks,
                    Scenario.Builder::rndTasks)
            .column(id("program_id", "Program (rnd_programs).", "nissan-ev-platform"), RndTask::programId)
            .column(id("task_id", "Id, unique within the program.", "T3"), RndTask::taskId)
            .column(text("name", "Display name.", "Battery pack integration"), RndTask::name)
            .column(integer("duration_months", "months", "Duration in whole months.", "6"), RndTask::durationMonths)
            .column(
                    list(
                                    "predecessors",
                                    ";",
                                    "Tasks of the same program that must finish first, joined by ; (empty items, such"
                                            + " as a trailing ;, are skipped).",
                                    "T1;T2")
                            .optional(),
                    task -> CellText.join(task.predecessorTaskIds(), ";"))
            .column(
                    id(
                                    "share_key",
                                    "Tasks of different partners with the same key are done once in a coalition;"
                                            + " empty when the task cannot be shared. A partner has each key at most"
                                            + " once (its own plan does every task it has).",
                                    "solid-state-cell-chemistry")
                            .optional(),
                    RndTask::shareKey)
            .decodedBy(row -> new RndTask(
                    row.id("program_id"),
                    row.id("task_id"),
                    row.text("name"),
                    row.integer("duration_months"),
                    row.list("predecessors"),
                    row.optionalText("share_key")));

    /** R&D task needs. */
    public static final TableCodec<RndTaskNeed> RND_TASK_NEEDS = table(
                    "rnd_task_needs",
                    "Engineering teams a task keeps busy while it runs.",
                    false,
                    Scenario::rndTaskNeeds,
                    Scenario.Builder::rndTaskNeeds)
            .column(
                    id("program_id", "Program of the task (rnd_programs).", "nissan-ev-platform"),
                    RndTaskNeed::programId)
            .column(id("task_id", "Task (rnd_tasks).", "T3"), RndTaskNeed::taskId)
            .column(id("skill", "Skill (rnd_teams).", "battery-systems"), RndTaskNeed::skill)
            .column(integer("teams", "teams", "Teams busy for the whole task.", "2"), RndTaskNeed::teams)
            .decodedBy(row ->
                    new RndTaskNeed(row.id("program_id"), row.id("task_id"), row.id("skill"), row.integer("teams")));

    /** R&D teams. */
    public static final TableCodec<RndTeam> RND_TEAMS = table(
                    "rnd_teams",
                    "Each partner's engineering capacity per skill (renewable resources).",
                    false,
                    Scenario::rndTeams,
                    Scenario.Builder::rndTeams)
            .column(id("partner_id", "Partner (partners).", "nissan"), RndTeam::partnerId)
            .column(id("skill", "Skill.", "battery-systems"), RndTeam::skill)
            .column(integer("capacity_teams", "teams", "Teams available at any time.", "4"), RndTeam::capacityTeams)
            .decodedBy(row -> new RndTeam(row.id("partner_id"), row.id("skill"), row.integer("capacity_teams")));

    /** Friction. */
    public static final TableCodec<Friction> FRICTION = table(
                    "friction",
                    "Cultural and coordination cost between two partners: pooled teams work at an efficiency"
                            + " of 1 − friction. Symmetric; pairs not listed use the default_friction setting.",
                    false,
                    Scenario::frictions,
                    Scenario.Builder::frictions)
            .column(id("partner_a", "One partner (partners).", "nissan"), Friction::partnerA)
            .column(id("partner_b", "The other partner (partners).", "tesla"), Friction::partnerB)
            .column(
                    decimal("friction", "share 0–1", "0: teams pool perfectly; 1: pooling brings nothing.", "0.35"),
                    Friction::friction)
            .decodedBy(row -> new Friction(row.id("partner_a"), row.id("partner_b"), row.decimal("friction")));

    /** Candidate coalitions. */
    public static final TableCodec<CandidateCoalition> COALITIONS = table(
                    "coalitions",
                    "The alliances to compare, such as Nissan+Tesla.",
                    false,
                    Scenario::candidateCoalitions,
                    Scenario.Builder::candidateCoalitions)
            .column(id("coalition_id", "Unique id of the coalition.", "nissan-tesla"), CandidateCoalition::coalitionId)
            .column(
                    list("partners", "+", "Members (partners), at least two, joined by +.", "nissan+tesla"),
                    coalition -> CellText.join(coalition.partnerIds(), "+"))
            .decodedBy(row -> new CandidateCoalition(row.id("coalition_id"), row.list("partners")));

    /** Exchange rates. */
    public static final TableCodec<FxRate> FX_RATES = table(
                    "fx_rates",
                    "Exchange rates into the base currency, for every currency used other than the base.",
                    false,
                    Scenario::fxRates,
                    Scenario.Builder::fxRates)
            .column(id("currency", "ISO 4217 code.", "JPY"), FxRate::currency)
            .column(
                    decimal(
                            "base_per_unit",
                            "base currency",
                            "Value of one unit of the currency in the base currency.",
                            "0.0067"),
                    FxRate::basePerUnit)
            .decodedBy(row -> new FxRate(row.id("currency"), row.decimal("base_per_unit")));

    /** Today's production. */
    public static final TableCodec<ProductionBaseline> PRODUCTION_BASELINE = table(
                    "production_baseline",
                    "Today's production of each model at each plant: the as-is picture plans are compared with.",
                    false,
                    Scenario::productionBaselines,
                    Scenario.Builder::productionBaselines)
            .column(id("plant_id", "Plant (plants).", "nissan-smyrna"), ProductionBaseline::plantId)
            .column(id("model_id", "Vehicle model (models).", "nissan-rogue"), ProductionBaseline::modelId)
            .column(
                    decimal("units_per_year", "vehicles/year", "Vehicles built per year.", "250000"),
                    ProductionBaseline::unitsPerYear)
            .decodedBy(row ->
                    new ProductionBaseline(row.id("plant_id"), row.id("model_id"), row.decimal("units_per_year")));

    /** All tables, in file order. */
    public static final List<TableCodec<?>> ALL = List.of(
            PARTNERS,
            MARKETS,
            COUNTRIES,
            PLANTS,
            PLATFORMS,
            PLATFORM_LINES,
            PRODUCTION_BASELINE,
            MODELS,
            BOM,
            DEMAND,
            DEALERS,
            FREIGHT,
            TARIFFS,
            PART_FAMILIES,
            PART_VARIANTS,
            SUPPLIERS,
            PRICE_TIERS,
            PART_FREIGHT,
            COMMONIZATION,
            RND_PROGRAMS,
            RND_TASKS,
            RND_TASK_NEEDS,
            RND_TEAMS,
            FRICTION,
            COALITIONS,
            FX_RATES);

    private ScenarioTables() {}
}
