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
    static final String OWNER_MONEY = "owner's currency";
    static final String BASE_MONEY = "base currency";

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
    public static final TableCodec<Market> MARKETS = GeographyTables.MARKETS;

    /** Countries. */
    public static final TableCodec<Country> COUNTRIES = GeographyTables.COUNTRIES;

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
    public static final TableCodec<FreightLane> FREIGHT = GeographyTables.FREIGHT;

    /** Tariffs. */
    public static final TableCodec<Tariff> TARIFFS = GeographyTables.TARIFFS;

    /** Part families. */
    public static final TableCodec<PartFamily> PART_FAMILIES = SourcingTables.PART_FAMILIES;

    /** Part variants. */
    public static final TableCodec<PartVariant> PART_VARIANTS = SourcingTables.PART_VARIANTS;

    /** Suppliers. */
    public static final TableCodec<Supplier> SUPPLIERS = SourcingTables.SUPPLIERS;

    /** Price tiers. */
    public static final TableCodec<PriceTier> PRICE_TIERS = SourcingTables.PRICE_TIERS;

    /** Inbound part freight. */
    public static final TableCodec<PartFreight> PART_FREIGHT = SourcingTables.PART_FREIGHT;

    /** Commonization options. */
    public static final TableCodec<CommonizationOption> COMMONIZATION = SourcingTables.COMMONIZATION;

    /** R&D programs. */
    public static final TableCodec<RndProgram> RND_PROGRAMS = RndTables.RND_PROGRAMS;

    /** R&D tasks. */
    public static final TableCodec<RndTask> RND_TASKS = RndTables.RND_TASKS;

    /** R&D task needs. */
    public static final TableCodec<RndTaskNeed> RND_TASK_NEEDS = RndTables.RND_TASK_NEEDS;

    /** R&D teams. */
    public static final TableCodec<RndTeam> RND_TEAMS = RndTables.RND_TEAMS;

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
