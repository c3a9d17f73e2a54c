package org.allianceplanner.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.sourcing.CommonizationOption;
import org.allianceplanner.model.sourcing.PartFamily;
import org.allianceplanner.model.sourcing.PartFreight;
import org.allianceplanner.model.sourcing.PartVariant;
import org.allianceplanner.model.sourcing.PriceTier;
import org.allianceplanner.model.sourcing.Supplier;
import org.allianceplanner.model.sourcing.plan.CommonizationDecision;
import org.allianceplanner.model.sourcing.plan.PartNeed;
import org.allianceplanner.model.sourcing.plan.SourcingAward;
import org.allianceplanner.model.sourcing.plan.SourcingCost;
import org.allianceplanner.model.sourcing.plan.SourcingPlan;
import org.allianceplanner.model.sourcing.plan.TierReached;

/**
 * Re-verifies a sourcing plan against its scenario without any of the engine's code: every need
 * covered (after the plan's commonizations) by awards of suppliers that offer the variant over a
 * part-freight lane; supplier capacities; dual-sourcing shares; every award priced at the tier its
 * buying group's volume reaches; the tiers reported; and the cost recomputed from the awards alone with
 * its own tariff, freight and currency lookups. Every sourcing solver test runs it.
 */
public final class SourcingPlanChecker {
    private static final double UNITS_TOLERANCE = 1e-4;
    private static final double MONEY_RELATIVE_TOLERANCE = 1e-6;

    private final Scenario scenario;
    private final SourcingPlan plan;
    private final List<String> problems = new ArrayList<>();

    private SourcingPlanChecker(Scenario scenario, SourcingPlan plan) {
        this.scenario = scenario;
        this.plan = plan;
    }

    /** Every rule the plan breaks, one sentence each; empty when the plan is sound. */
    public static List<String> problems(Scenario scenario, SourcingPlan plan) {
        SourcingPlanChecker checker = new SourcingPlanChecker(scenario, plan);
        if (plan.solve().hasPlan()) {
            checker.check();
        }
        return checker.problems;
    }

    /** Throws an {@link AssertionError} listing every problem, if there is one. */
    public static void assertSound(Scenario scenario, SourcingPlan plan) {
        List<String> found = problems(scenario, plan);
        if (!found.isEmpty()) {
            throw new AssertionError("The sourcing plan of " + plan.partnerIds() + (plan.pooled() ? " (pooled)" : "")
                    + " breaks " + found.size() + " rule(s):\n  " + String.join("\n  ", found));
        }
    }

    /** The plan's yearly cost, recomputed from its awards and commonization decisions. */
    public static SourcingCost recompute(Scenario scenario, SourcingPlan plan) {
        SourcingPlanChecker checker = new SourcingPlanChecker(scenario, plan);
        return checker.recomputeCost();
    }

    /** The group whose volume reaches tiers together with {@code partnerId}'s: all members when pooled. */
    private String groupOf(String partnerId) {
        return plan.pooled() ? "pool" : partnerId;
    }

    private void check() {
        checkCoverage();
        Map<String, Double> load = new HashMap<>();
        Map<String, Double> volume = new HashMap<>();
        Map<String, Double> variantVolume = new HashMap<>();
        for (SourcingAward award : plan.awards()) {
            if (award.unitsPerYear() < -UNITS_TOLERANCE) {
                problems.add("Negative award: " + award);
            }
            if (ladder(award.supplierId(), award.variantId()).isEmpty()) {
                problems.add(award.supplierId() + " has no price for " + award.variantId() + " but is awarded it.");
            }
            Plant plant = plant(award.plantId());
            if (!plant.partnerId().equals(award.buyerPartnerId())) {
                problems.add("Award to " + award.plantId() + " names buyer " + award.buyerPartnerId()
                        + ", not the plant's owner " + plant.partnerId() + ".");
            }
            if (Double.isNaN(freight(supplier(award.supplierId()).countryId(), plant.countryId(), award.variantId()))) {
                problems.add("No part-freight lane from " + award.supplierId() + " to " + award.plantId() + ".");
            }
            load.merge(award.supplierId(), award.unitsPerYear(), Double::sum);
            String group = groupOf(award.buyerPartnerId());
            volume.merge(award.supplierId() + "|" + award.variantId() + "|" + group, award.unitsPerYear(), Double::sum);
            variantVolume.merge(award.variantId() + "|" + group, award.unitsPerYear(), Double::sum);
        }
        load.forEach((supplierId, units) -> {
            double capacity = supplier(supplierId).capacityUnitsPerYear();
            if (units > capacity * (1 + 1e-9) + UNITS_TOLERANCE) {
                problems.add(String.format(
                        Locale.ROOT, "%s delivers %.3f, above its capacity %.3f.", supplierId, units, capacity));
            }
        });
        volume.forEach((key, units) -> {
            String[] parts = key.split("\\|");
            Double share = family(variant(parts[1]).partFamilyId()).maxSupplierShare();
            // The loop above added every award to both maps, so each volume key has its variant's total.
            double total = Objects.requireNonNull(variantVolume.get(parts[1] + "|" + parts[2]));
            if (share != null && units > share * total + UNITS_TOLERANCE) {
                problems.add(String.format(
                        Locale.ROOT,
                        "%s gets %.3f of %.3f units of %s (group %s), above the %.0f %% dual-sourcing share.",
                        parts[0],
                        units,
                        total,
                        parts[1],
                        parts[2],
                        100 * share));
            }
        });
        for (SourcingAward award : plan.awards()) {
            // Every award was added to volume above.
            double groupVolume = Objects.requireNonNull(
                    volume.get(award.supplierId() + "|" + award.variantId() + "|" + groupOf(award.buyerPartnerId())));
            double expected = tierPriceInBase(award.supplierId(), award.variantId(), groupVolume);
            if (!close(expected, award.unitPrice())) {
                problems.add(String.format(
                        Locale.ROOT,
                        "%s pays %.6f per unit of %s from %s; its group's volume %.3f reaches the tier at %.6f.",
                        award.plantId(),
                        award.unitPrice(),
                        award.variantId(),
                        award.supplierId(),
                        groupVolume,
                        expected));
            }
        }
        for (TierReached tier : plan.tiers()) {
            String group = groupOf(tier.buyerPartnerIds().get(0));
            Double units = volume.get(tier.supplierId() + "|" + tier.variantId() + "|" + group);
            if (units == null || Math.abs(units - tier.unitsPerYear()) > UNITS_TOLERANCE) {
                problems.add("Tier record " + tier.sentence() + " reports " + tier.unitsPerYear()
                        + " units; the awards add up to " + units + ".");
            }
        }
        SourcingCost cost = recomputeCost();
        compare("purchase", cost.purchase(), plan.cost().purchase());
        compare("tariffs", cost.tariffs(), plan.cost().tariffs());
        compare("inbound freight", cost.inboundFreight(), plan.cost().inboundFreight());
        compare("commonization", cost.commonization(), plan.cost().commonization());
        double byPartner = 0;
        for (String partnerId : plan.partnerIds()) {
            byPartner += plan.costOf(partnerId);
        }
        compare("sum of the members' costs", byPartner, plan.cost().total());
        if (!Double.isNaN(plan.solve().bound())
                && plan.solve().bound() > plan.cost().total() * (1 + 1e-9) + 1e-6) {
            problems.add("The plan's cost " + plan.cost().total() + " lies below its own lower bound "
                    + plan.solve().bound() + ".");
        }
    }

    /** Every need, after the plan's commonizations, is covered exactly by awards to its plant. */
    private void checkCoverage() {
        Map<String, String> replacement = new HashMap<>();
        for (CommonizationDecision decision : plan.commonization()) {
            for (String adopter : decision.adopterPartnerIds()) {
                String key = adopter + "|" + decision.fromVariantId();
                if (replacement.put(key, decision.toVariantId()) != null) {
                    problems.add(adopter + " replaces " + decision.fromVariantId() + " twice.");
                }
                boolean known = false;
                for (CommonizationOption option : scenario.commonizationOptions()) {
                    known |= option.fromVariantId().equals(decision.fromVariantId())
                            && option.toVariantId().equals(decision.toVariantId());
                }
                if (!known) {
                    problems.add("The scenario has no option to replace " + decision.fromVariantId() + " by "
                            + decision.toVariantId() + ".");
                }
            }
        }
        Map<String, Double> required = new HashMap<>();
        for (PartNeed need : plan.needs()) {
            String variant = replacement.getOrDefault(need.buyerPartnerId() + "|" + need.variantId(), need.variantId());
            if (replacement.containsKey(need.buyerPartnerId() + "|" + variant) && !variant.equals(need.variantId())) {
                problems.add(need.buyerPartnerId() + " replaces " + need.variantId() + " by " + variant + " and "
                        + variant + " in turn.");
            }
            required.merge(need.plantId() + "|" + variant, need.unitsPerYear(), Double::sum);
        }
        Map<String, Double> delivered = new HashMap<>();
        for (SourcingAward award : plan.awards()) {
            delivered.merge(award.plantId() + "|" + award.variantId(), award.unitsPerYear(), Double::sum);
        }
        Map<String, Double> all = new HashMap<>(required);
        delivered.keySet().forEach(key -> all.putIfAbsent(key, 0.0));
        all.forEach((key, units) -> {
            double got = delivered.getOrDefault(key, 0.0);
            if (Math.abs(got - units) > UNITS_TOLERANCE * Math.max(1, units)) {
                problems.add(String.format(
                        Locale.ROOT, "Plant|variant %s needs %.3f units and receives %.3f.", key, units, got));
            }
        });
    }

    private SourcingCost recomputeCost() {
        double purchase = 0;
        double tariffs = 0;
        double freight = 0;
        for (SourcingAward award : plan.awards()) {
            Supplier supplier = supplier(award.supplierId());
            Plant plant = plant(award.plantId());
            double value = award.unitsPerYear() * award.unitPrice();
            purchase += value;
            String market = PlainLookups.marketOf(scenario, plant.countryId());
            tariffs += value
                    * PlainLookups.tariffRate(
                            scenario,
                            supplier.countryId(),
                            market == null ? "" : market,
                            variant(award.variantId()).partFamilyId());
            freight += award.unitsPerYear() * freight(supplier.countryId(), plant.countryId(), award.variantId());
        }
        double engineering = 0;
        for (CommonizationDecision decision : plan.commonization()) {
            if (decision.adopted()) {
                long groups = decision.adopterPartnerIds().stream()
                        .map(this::groupOf)
                        .distinct()
                        .count();
                engineering += groups * scenario.settings().annualize(decision.engineeringCost());
            }
        }
        return new SourcingCost(purchase, tariffs, freight, engineering);
    }

    private double tierPriceInBase(String supplierId, String variantId, double groupVolume) {
        double price = Double.NaN;
        double reached = -1;
        for (PriceTier tier : ladder(supplierId, variantId)) {
            // A volume within one part in a billion of a tier's minimum reaches it (solver tolerances).
            if (tier.minUnitsPerYear() * (1 - 1e-9) - 1e-6 <= groupVolume && tier.minUnitsPerYear() > reached) {
                reached = tier.minUnitsPerYear();
                price = tier.pricePerUnit();
            }
        }
        return price * PlainLookups.basePerUnit(scenario, supplier(supplierId).currency());
    }

    private List<PriceTier> ladder(String supplierId, String variantId) {
        return scenario.priceTiers().stream()
                .filter(tier ->
                        tier.supplierId().equals(supplierId) && tier.variantId().equals(variantId))
                .toList();
    }

    private double freight(String originCountryId, String destinationCountryId, String variantId) {
        String family = variant(variantId).partFamilyId();
        for (String wanted : new String[] {family, PartFreight.ANY}) {
            for (PartFreight lane : scenario.partFreights()) {
                if (lane.originCountryId().equals(originCountryId)
                        && lane.destinationCountryId().equals(destinationCountryId)
                        && lane.partFamilyId().equals(wanted)) {
                    return lane.costPerUnit();
                }
            }
        }
        return Double.NaN;
    }

    private void compare(String what, double recomputed, double reported) {
        if (!close(recomputed, reported)) {
            problems.add(String.format(
                    Locale.ROOT, "The plan reports %s of %.4f; its awards give %.4f.", what, reported, recomputed));
        }
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= MONEY_RELATIVE_TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    private Plant plant(String plantId) {
        return scenario.plants().stream()
                .filter(plant -> plant.plantId().equals(plantId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Unknown plant " + plantId));
    }

    private Supplier supplier(String supplierId) {
        return scenario.suppliers().stream()
                .filter(supplier -> supplier.supplierId().equals(supplierId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Unknown supplier " + supplierId));
    }

    private PartVariant variant(String variantId) {
        return scenario.partVariants().stream()
                .filter(variant -> variant.variantId().equals(variantId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Unknown variant " + variantId));
    }

    private PartFamily family(String familyId) {
        return scenario.partFamilies().stream()
                .filter(family -> family.partFamilyId().equals(familyId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Unknown part family " + familyId));
    }
}
