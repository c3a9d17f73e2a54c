package org.allianceplanner.io.table;

import static org.allianceplanner.io.table.Column.decimal;
import static org.allianceplanner.io.table.Column.id;
import static org.allianceplanner.io.table.Column.text;
import static org.allianceplanner.io.table.TableCodec.table;

import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.sourcing.CommonizationOption;
import org.allianceplanner.model.sourcing.PartFamily;
import org.allianceplanner.model.sourcing.PartFreight;
import org.allianceplanner.model.sourcing.PartVariant;
import org.allianceplanner.model.sourcing.PriceTier;
import org.allianceplanner.model.sourcing.Supplier;

/** Part families, variants, suppliers, price tiers, inbound part freight and commonization options: the sourcing lever's data, as described in {@link ScenarioTables}. */
final class SourcingTables {
    /** Part families. */
    static final TableCodec<PartFamily> PART_FAMILIES = table(
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
    static final TableCodec<PartVariant> PART_VARIANTS = table(
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
    static final TableCodec<Supplier> SUPPLIERS = table(
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
    static final TableCodec<PriceTier> PRICE_TIERS = table(
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
    static final TableCodec<PartFreight> PART_FREIGHT = table(
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
                    decimal(
                            "cost_per_unit",
                            ScenarioTables.BASE_MONEY + "/part",
                            "Freight per unit of the part.",
                            "2.5"),
                    PartFreight::costPerUnit)
            .decodedBy(row -> new PartFreight(
                    row.id("origin_country_id"),
                    row.id("destination_country_id"),
                    row.id("part_family_id"),
                    row.decimal("cost_per_unit")));

    /** Commonization options. */
    static final TableCodec<CommonizationOption> COMMONIZATION = table(
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
                    decimal("engineering_cost", ScenarioTables.BASE_MONEY, "One-off cost of the change.", "120000000"),
                    CommonizationOption::engineeringCost)
            .decodedBy(row -> new CommonizationOption(
                    row.id("from_variant_id"), row.id("to_variant_id"), row.decimal("engineering_cost")));

    private SourcingTables() {}
}
