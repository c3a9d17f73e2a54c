package org.allianceplanner.engine.sourcing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.plan.Money;
import org.allianceplanner.model.plan.SolveReport;
import org.allianceplanner.model.sourcing.PartVariant;
import org.allianceplanner.model.sourcing.Supplier;
import org.allianceplanner.model.sourcing.plan.CommonizationDecision;
import org.allianceplanner.model.sourcing.plan.SourcingAward;
import org.allianceplanner.model.sourcing.plan.SourcingCost;
import org.allianceplanner.model.sourcing.plan.SourcingPlan;
import org.allianceplanner.model.sourcing.plan.SupplierAtCapacity;
import org.allianceplanner.model.sourcing.plan.TierReached;
import org.jspecify.annotations.Nullable;

/**
 * Turns a solution into a {@link SourcingPlan}. Every unit is priced at the tier its group's volume
 * reaches — what the supplier charges — whatever tier variable the solver set, so the plan's cost is
 * never above the solver's objective.
 */
final class SourcingDecoder {
    /** A tier is "just missed" when the next one is at most this share of its minimum away. */
    static final double JUST_MISSED_SHARE = 0.15;

    private final SourcingData data;
    private final SourcingModel model;
    private final Map<String, String> partnerNames = new HashMap<>();

    SourcingDecoder(SourcingData data, SourcingModel model) {
        this.data = data;
        this.model = model;
        for (Partner partner : data.scenario.partners()) {
            partnerNames.put(partner.partnerId(), partner.name());
        }
    }

    /** Yearly cost of a solution: purchases at the tiers reached, tariffs, freight and engineering. */
    SourcingCost cost(SourcingModel.Solution solution) {
        int[] tiers = model.tiersOf(solution);
        double purchase = 0;
        double tariffs = 0;
        double freight = 0;
        for (int a = 0; a < data.arcCount(); a++) {
            double units = solution.arcUnits()[a];
            if (units > 0) {
                double value = units * data.offerTierPrice[data.arcOffer[a]][tierOf(tiers, a)];
                purchase += value;
                tariffs += value * data.arcTariffRate[a];
                freight += units * data.arcFreight[a];
            }
        }
        double engineering = 0;
        for (int o = 0; o < data.options.size(); o++) {
            engineering += data.optionAnnualCost[o] * groupsAdopting(solution, o);
        }
        return new SourcingCost(purchase, tariffs, freight, engineering);
    }

    /** The yearly engineering a solution pays for one option. */
    double engineeringOf(SourcingModel.Solution solution, int option) {
        return data.optionAnnualCost[option] * groupsAdopting(solution, option);
    }

    SourcingPlan decode(
            SourcingModel.Solution solution,
            SolveReport report,
            double @Nullable [] capacitySavings,
            double[] commonizationSavings,
            boolean warmStarted) {
        int[] tiers = model.tiersOf(solution);
        List<SourcingAward> awards = new ArrayList<>();
        double[] volume = new double[data.offerCount() * data.groupCount];
        double[] supplierLoad = new double[data.suppliers.size()];
        boolean[][] buys = new boolean[volume.length][data.members.size()];
        for (int a = 0; a < data.arcCount(); a++) {
            double units = solution.arcUnits()[a];
            if (units <= 0) {
                continue;
            }
            int offer = data.arcOffer[a];
            double price = data.offerTierPrice[offer][tierOf(tiers, a)];
            int slot = data.arcSlot[a];
            String plantId = data.plantIds.get(data.slotPlant[slot]);
            awards.add(new SourcingAward(
                    data.suppliers.get(data.offerSupplier[offer]).supplierId(),
                    data.variants.get(data.slotVariant[slot]).variantId(),
                    plantId,
                    data.members.get(data.plantBuyer[data.slotPlant[slot]]),
                    units,
                    price,
                    units * price,
                    units * price * data.arcTariffRate[a],
                    units * data.arcFreight[a]));
            volume[offer * data.groupCount + data.groupOfArc(a)] += units;
            buys[offer * data.groupCount + data.groupOfArc(a)][data.plantBuyer[data.slotPlant[slot]]] = true;
            supplierLoad[data.offerSupplier[offer]] += units;
        }
        List<TierReached> reached = new ArrayList<>();
        List<TierReached> justMissed = new ArrayList<>();
        for (int key = 0; key < volume.length; key++) {
            if (volume[key] > 0) {
                TierReached tier = tierReached(key / data.groupCount, buyers(buys[key]), volume[key], tiers[key]);
                reached.add(tier);
                if (tier.hasNextTier() && tier.unitsToNextTier() <= JUST_MISSED_SHARE * tier.nextTierMinUnits()) {
                    justMissed.add(tier);
                }
            }
        }
        List<CommonizationDecision> decisions = new ArrayList<>();
        for (int o = 0; o < data.options.size(); o++) {
            decisions.add(decision(solution, o, commonizationSavings[o]));
        }
        List<SupplierAtCapacity> atCapacity = new ArrayList<>();
        for (int s = 0; s < supplierLoad.length; s++) {
            double capacity = data.suppliers.get(s).capacityUnitsPerYear();
            if (supplierLoad[s] > 0 && supplierLoad[s] >= capacity * (1 - 1e-6)) {
                atCapacity.add(atCapacity(s, capacity, capacitySavings == null ? Double.NaN : capacitySavings[s]));
            }
        }
        SourcingCost cost = cost(solution);
        SolveReport repriced = new SolveReport(
                report.status(),
                cost.total(),
                report.bound(),
                SolveReport.relativeGap(cost.total(), report.bound()),
                report.seconds());
        return new SourcingPlan(
                data.members,
                data.pooled,
                repriced,
                data.needList,
                awards,
                reached,
                decisions,
                cost,
                atCapacity,
                justMissed,
                warmStarted);
    }

    /** A plan without a solution: the needs and how the solve ended. */
    SourcingPlan empty(SolveReport report) {
        return new SourcingPlan(
                data.members,
                data.pooled,
                report,
                data.needList,
                List.of(),
                List.of(),
                List.of(),
                SourcingCost.ZERO,
                List.of(),
                List.of(),
                false);
    }

    private int tierOf(int[] tiers, int arc) {
        return tiers[data.arcOffer[arc] * data.groupCount + data.groupOfArc(arc)];
    }

    private int groupsAdopting(SourcingModel.Solution solution, int option) {
        boolean[] paying = new boolean[data.groupCount];
        int count = 0;
        for (int b = 0; b < data.members.size(); b++) {
            int g = data.groupOfBuyer[b];
            if (solution.adopted()[option][b] && !paying[g]) {
                paying[g] = true;
                count++;
            }
        }
        return count;
    }

    private List<String> buyers(boolean[] buys) {
        List<String> buyers = new ArrayList<>();
        for (int b = 0; b < buys.length; b++) {
            if (buys[b]) {
                buyers.add(data.members.get(b));
            }
        }
        return buyers;
    }

    private TierReached tierReached(int offer, List<String> buyers, double volume, int tier) {
        double[] min = data.offerTierMin[offer];
        double[] price = data.offerTierPrice[offer];
        boolean top = tier == min.length - 1;
        double nextMin = top ? Double.NaN : min[tier + 1];
        double nextPrice = top ? Double.NaN : price[tier + 1];
        Supplier supplier = data.suppliers.get(data.offerSupplier[offer]);
        PartVariant variant = data.variants.get(data.offerVariant[offer]);
        String unit = variant.unit();
        StringBuilder sentence = new StringBuilder(String.format(
                Locale.ROOT,
                "%s %s %s %s of %s from %s: ",
                names(buyers),
                buyers.size() == 1 ? "buys" : "buy together",
                quantity(volume),
                unit,
                variant.name(),
                supplier.name()));
        if (min.length == 1) {
            sentence.append("one price, ").append(perUnit(price[0], unit)).append('.');
        } else {
            sentence.append(String.format(
                    Locale.ROOT, "the tier from %s at %s", quantity(min[tier]), perUnit(price[tier], unit)));
            if (top) {
                sentence.append(", the top tier.");
            } else {
                double shortBy = nextMin - volume;
                sentence.append(String.format(
                        Locale.ROOT,
                        "; %s (%.0f %%) more would reach %s.",
                        quantity(shortBy),
                        100 * shortBy / nextMin,
                        perUnit(nextPrice, unit)));
            }
        }
        return new TierReached(
                supplier.supplierId(),
                variant.variantId(),
                buyers,
                volume,
                min[tier],
                price[tier],
                nextMin,
                nextPrice,
                sentence.toString());
    }

    /**
     * A saving below this prints as "USD 0.00": the difference of two solves' rounding, said as
     * "saves nothing" rather than as a saving of zero cents.
     */
    private static final double HALF_A_CENT = 0.005;

    private CommonizationDecision decision(SourcingModel.Solution solution, int option, double saving) {
        List<String> adopters = new ArrayList<>();
        for (int b = 0; b < data.members.size(); b++) {
            if (solution.adopted()[option][b]) {
                adopters.add(data.members.get(b));
            }
        }
        double moved = 0;
        for (int n = 0; n < data.needUnits.length; n++) {
            if (data.needVariant[n] == data.optionFrom[option] && solution.adopted()[option][data.needBuyer[n]]) {
                moved += data.needUnits[n];
            }
        }
        PartVariant from = data.variants.get(data.optionFrom[option]);
        PartVariant to = data.variants.get(data.optionTo[option]);
        double oneOff = data.options.get(option).engineeringCost();
        double yearly = data.optionAnnualCost[option];
        String engineering = String.format(
                Locale.ROOT,
                "%s of engineering once (%s/yr over %d years)",
                money(oneOff),
                money(yearly),
                data.scenario.settings().annualizationYears());
        String sentence;
        if (!adopters.isEmpty()) {
            sentence = String.format(
                    Locale.ROOT,
                    "%s %s %s by %s (%s %s/yr): %s",
                    names(adopters),
                    adopters.size() == 1 ? "replaces" : "replace",
                    from.name(),
                    to.name(),
                    quantity(moved),
                    from.unit(),
                    engineering);
            sentence += Double.isNaN(saving)
                    ? "."
                    : saving >= HALF_A_CENT
                            ? String.format(
                                    Locale.ROOT,
                                    " saves %s/yr in purchases, tariffs and freight; payback %.1f years.",
                                    money(saving),
                                    oneOff / saving)
                            : " and saves nothing against the best plan without it (within the solver's gap).";
        } else {
            sentence = String.format(Locale.ROOT, "Not adopted: replacing %s by %s", from.name(), to.name());
            sentence += Double.isNaN(saving)
                    ? String.format(Locale.ROOT, " would cost %s.", engineering)
                    : saving >= HALF_A_CENT
                            ? String.format(Locale.ROOT, " would save %s/yr against %s.", money(saving), engineering)
                            : String.format(Locale.ROOT, " would save nothing, against %s.", engineering);
        }
        return new CommonizationDecision(
                from.variantId(),
                to.variantId(),
                adopters,
                moved,
                oneOff,
                yearly * groupsAdopting(solution, option),
                saving,
                sentence);
    }

    private SupplierAtCapacity atCapacity(int s, double capacity, double saving) {
        Supplier supplier = data.suppliers.get(s);
        String unit = unitOfSupplier(s);
        String sentence = String.format(
                Locale.ROOT, "%s runs at its capacity of %s %s/yr", supplier.name(), quantity(capacity), unit);
        sentence += Double.isNaN(saving)
                ? "."
                : String.format(Locale.ROOT, "; one more %s/yr of capacity would save %s.", unit, money(saving));
        return new SupplierAtCapacity(supplier.supplierId(), capacity, saving, sentence);
    }

    private String unitOfSupplier(int s) {
        for (int k = 0; k < data.offerCount(); k++) {
            if (data.offerSupplier[k] == s) {
                return data.variants.get(data.offerVariant[k]).unit();
            }
        }
        return "unit";
    }

    private String names(List<String> partnerIds) {
        List<String> names =
                partnerIds.stream().map(id -> partnerNames.getOrDefault(id, id)).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private String money(double amount) {
        return Money.format(amount, data.baseCurrency);
    }

    /** A unit price, always with cents, so that tiers read alike ("USD 100.00", "USD 90.00"). */
    private String perUnit(double price, String unit) {
        return String.format(Locale.ROOT, "%s %,.2f per %s", data.baseCurrency, price, unit);
    }

    private static String quantity(double units) {
        return String.format(Locale.ROOT, "%,.0f", units);
    }
}
