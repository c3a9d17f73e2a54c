package org.allianceplanner.model.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.sourcing.CommonizationOption;
import org.allianceplanner.model.sourcing.PartFreight;
import org.allianceplanner.model.sourcing.PartVariant;
import org.allianceplanner.model.sourcing.PriceTier;
import org.allianceplanner.model.sourcing.Supplier;

/**
 * Rules of part families and variants, suppliers, price tiers, inbound freight and commonization
 * options.
 */
final class SourcingRules {
    private SourcingRules() {}

    static void check(ScenarioIndex index, Findings findings) {
        Scenario scenario = index.scenario();
        findings.rows(Table.PART_FAMILIES, scenario.partFamilies(), (row, family) -> {
            row.uniqueId("part_family_id", family.partFamilyId(), index.partFamilies());
            Double maxSupplierShare = family.maxSupplierShare();
            if (maxSupplierShare != null) {
                row.share("max_supplier_share", maxSupplierShare);
            }
        });
        findings.rows(Table.PART_VARIANTS, scenario.partVariants(), (row, variant) -> {
            row.uniqueId("variant_id", variant.variantId(), index.variants());
            row.references("part_family_id", variant.partFamilyId(), index.partFamilies());
        });
        findings.rows(Table.SUPPLIERS, scenario.suppliers(), (row, supplier) -> {
            row.uniqueId("supplier_id", supplier.supplierId(), index.suppliers());
            row.references("country_id", supplier.countryId(), index.countries());
            if (row.nonNegative("capacity_units_per_year", supplier.capacityUnitsPerYear())) {
                row.plausible(
                        "capacity_units_per_year", supplier.capacityUnitsPerYear(), PlausibleRanges.PARTS_PER_YEAR);
            }
        });

        UniqueKeys<PriceTier> tierKeys = UniqueKeys.of(
                scenario.priceTiers(),
                List.of("supplier_id", "variant_id", "min_units_per_year"),
                tier -> List.of(tier.supplierId(), tier.variantId(), Numbers.text(tier.minUnitsPerYear())));
        findings.rows(Table.PRICE_TIERS, scenario.priceTiers(), (row, tier) -> {
            tierKeys.check(row, tier);
            row.references("supplier_id", tier.supplierId(), index.suppliers());
            row.references("variant_id", tier.variantId(), index.variants());
            if (row.nonNegative("min_units_per_year", tier.minUnitsPerYear())) {
                row.plausible("min_units_per_year", tier.minUnitsPerYear(), PlausibleRanges.PARTS_PER_YEAR);
            }
            if (row.positive("price_per_unit", tier.pricePerUnit())) {
                Supplier supplier = index.supplier(tier.supplierId());
                if (supplier != null) {
                    index.money(
                            row,
                            "price_per_unit",
                            tier.pricePerUnit(),
                            supplier.currency(),
                            PlausibleRanges.PRICE_PER_PART);
                }
            }
        });
        checkTierLadders(scenario.priceTiers(), findings);
        checkOneUnitPerSupplier(scenario, index, findings);

        UniqueKeys<PartFreight> freightKeys = UniqueKeys.of(
                scenario.partFreights(),
                List.of("origin_country_id", "destination_country_id", "part_family_id"),
                freight -> List.of(freight.originCountryId(), freight.destinationCountryId(), freight.partFamilyId()));
        findings.rows(Table.PART_FREIGHT, scenario.partFreights(), (row, freight) -> {
            freightKeys.check(row, freight);
            row.references("origin_country_id", freight.originCountryId(), index.countries());
            row.references("destination_country_id", freight.destinationCountryId(), index.countries());
            if (!freight.partFamilyId().equals(PartFreight.ANY)) {
                row.references("part_family_id", freight.partFamilyId(), index.partFamilies());
            }
            if (row.nonNegative("cost_per_unit", freight.costPerUnit())) {
                row.plausible("cost_per_unit", freight.costPerUnit(), PlausibleRanges.FREIGHT_PER_UNIT);
            }
        });

        UniqueKeys<CommonizationOption> optionKeys = UniqueKeys.of(
                scenario.commonizationOptions(),
                List.of("from_variant_id", "to_variant_id"),
                option -> List.of(option.fromVariantId(), option.toVariantId()));
        findings.rows(Table.COMMONIZATION, scenario.commonizationOptions(), (row, option) -> {
            optionKeys.check(row, option);
            boolean known = row.references("from_variant_id", option.fromVariantId(), index.variants())
                    & row.references("to_variant_id", option.toVariantId(), index.variants());
            if (option.fromVariantId().equals(option.toVariantId())) {
                row.report(
                        "to_variant_id",
                        option.toVariantId(),
                        "Commonization replaces variant '" + option.fromVariantId()
                                + "' by itself: from_variant_id and to_variant_id must differ.");
            } else if (known) {
                checkSameFamily(row, option, index);
            }
            index.money(
                    row,
                    "engineering_cost",
                    option.engineeringCost(),
                    index.baseCurrency(),
                    PlausibleRanges.ONE_OFF_COST);
        });
    }

    /**
     * Per supplier and variant, the tiers sorted by volume must start at 0 and get strictly cheaper.
     * Rows with a broken volume or price are left out: they are reported on their own and would make
     * the ladder meaningless.
     */
    private static void checkTierLadders(List<PriceTier> tiers, Findings findings) {
        Map<List<String>, List<Integer>> rowsByLadder = new LinkedHashMap<>();
        for (int i = 0; i < tiers.size(); i++) {
            PriceTier tier = tiers.get(i);
            if (usable(tier)) {
                rowsByLadder
                        .computeIfAbsent(List.of(tier.supplierId(), tier.variantId()), ladder -> new ArrayList<>())
                        .add(i);
            }
        }
        rowsByLadder.values().forEach(ladderRows -> {
            List<Integer> byVolume = new ArrayList<>(ladderRows);
            byVolume.sort(Comparator.comparingDouble(i -> tiers.get(i).minUnitsPerYear()));
            PriceTier lowest = tiers.get(byVolume.get(0));
            if (lowest.minUnitsPerYear() > 0) {
                new Row(findings, Table.PRICE_TIERS, byVolume.get(0))
                        .report(
                                "min_units_per_year",
                                Numbers.text(lowest.minUnitsPerYear()),
                                "Volumes below " + Numbers.grouped(lowest.minUnitsPerYear()) + " have no price: the"
                                        + " lowest tier of supplier " + lowest.supplierId() + " for variant "
                                        + lowest.variantId() + " must start at 0.",
                                "Maybe set min_units_per_year to 0 on this row.");
            }
            PriceTier below = lowest;
            for (int i : byVolume.subList(1, byVolume.size())) {
                PriceTier tier = tiers.get(i);
                if (tier.minUnitsPerYear() == below.minUnitsPerYear()) {
                    // Same volume twice is a duplicate key, reported as such; it has no order to check.
                    continue;
                }
                if (tier.pricePerUnit() >= below.pricePerUnit()) {
                    new Row(findings, Table.PRICE_TIERS, i)
                            .report(
                                    "price_per_unit",
                                    Numbers.text(tier.pricePerUnit()),
                                    "Tiers out of order: from " + Numbers.grouped(tier.minUnitsPerYear())
                                            + " units the price " + Numbers.grouped(tier.pricePerUnit())
                                            + " is not lower than the price " + Numbers.grouped(below.pricePerUnit())
                                            + " of the tier below (from " + Numbers.grouped(below.minUnitsPerYear())
                                            + " units); each higher-volume tier must be cheaper.");
                }
                below = tier;
            }
        });
    }

    /**
     * A supplier has one capacity figure, so every variant it prices must be counted in the same unit:
     * kWh of cells and pieces of drive units cannot be added up.
     */
    private static void checkOneUnitPerSupplier(Scenario scenario, ScenarioIndex index, Findings findings) {
        Map<String, Set<String>> unitsBySupplier = new LinkedHashMap<>();
        for (PriceTier tier : scenario.priceTiers()) {
            PartVariant variant = index.variant(tier.variantId());
            if (variant != null) {
                unitsBySupplier
                        .computeIfAbsent(tier.supplierId(), supplier -> new TreeSet<>())
                        .add(variant.unit());
            }
        }
        findings.rows(Table.SUPPLIERS, scenario.suppliers(), (row, supplier) -> {
            Set<String> units = unitsBySupplier.getOrDefault(supplier.supplierId(), Set.of());
            if (units.size() > 1) {
                row.report(
                        "capacity_units_per_year",
                        Numbers.text(supplier.capacityUnitsPerYear()),
                        "Supplier " + supplier.supplierId() + " prices variants counted in different units ("
                                + String.join(", ", units) + "), so one capacity cannot cover them all.",
                        "Maybe split it into one supplier row per unit, each with its own capacity.");
            }
        });
    }

    private static boolean usable(PriceTier tier) {
        return Double.isFinite(tier.minUnitsPerYear())
                && tier.minUnitsPerYear() >= 0
                && Double.isFinite(tier.pricePerUnit())
                && tier.pricePerUnit() > 0;
    }

    private static void checkSameFamily(Row row, CommonizationOption option, ScenarioIndex index) {
        PartVariant from = index.variant(option.fromVariantId());
        PartVariant to = index.variant(option.toVariantId());
        if (from != null && to != null && !from.partFamilyId().equals(to.partFamilyId())) {
            row.report(
                    "to_variant_id",
                    option.toVariantId(),
                    "Variants " + from.variantId() + " (family " + from.partFamilyId() + ") and " + to.variantId()
                            + " (family " + to.partFamilyId() + ") are of different part families: only variants of"
                            + " one family can be made common.");
        }
    }
}
