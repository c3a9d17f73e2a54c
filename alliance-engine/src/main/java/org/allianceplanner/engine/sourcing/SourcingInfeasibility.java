package org.allianceplanner.engine.sourcing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.allianceplanner.model.sourcing.PartVariant;

/**
 * Finds the business rules that leave some part need without a supplier, before any solve: a need no
 * supplier can deliver, a variant needing more than all its suppliers' capacity, a dual-sourcing rule
 * with too few suppliers. Each conflict is a sentence a planner understands.
 */
final class SourcingInfeasibility {
    private SourcingInfeasibility() {}

    static List<String> conflicts(SourcingData data) {
        List<String> conflicts = new ArrayList<>();
        int slots = data.slotPlant.length;
        List<Set<Integer>> suppliersOfSlot = new ArrayList<>();
        for (int slot = 0; slot < slots; slot++) {
            suppliersOfSlot.add(new HashSet<>());
        }
        for (int a = 0; a < data.arcCount(); a++) {
            suppliersOfSlot.get(data.arcSlot[a]).add(data.offerSupplier[data.arcOffer[a]]);
        }
        int variantCount = data.variants.size();
        double[] fixedNeed = new double[variantCount];
        List<Set<Integer>> suppliersOfVariant = new ArrayList<>();
        List<List<Set<Integer>>> suppliersOfVariantAndGroup = new ArrayList<>();
        for (int v = 0; v < variantCount; v++) {
            suppliersOfVariant.add(new HashSet<>());
            List<Set<Integer>> byGroup = new ArrayList<>();
            for (int g = 0; g < data.groupCount; g++) {
                byGroup.add(new HashSet<>());
            }
            suppliersOfVariantAndGroup.add(byGroup);
        }
        boolean[][] groupNeedsOnlyThis = new boolean[variantCount][data.groupCount];
        for (int n = 0; n < data.needUnits.length; n++) {
            if (data.needUnits[n] <= 0) {
                continue;
            }
            int[] needSlots = data.needSlots[n];
            int variant = data.needVariant[n];
            boolean reachable = false;
            for (int slot : needSlots) {
                reachable |= !suppliersOfSlot.get(slot).isEmpty();
            }
            String plant = data.plants.get(data.needPlant[n]).name();
            PartVariant part = data.variants.get(variant);
            if (!reachable) {
                conflicts.add(String.format(
                        Locale.ROOT,
                        "%s needs %,.0f %s/yr of %s (%s) for its planned production, but no supplier offering it%s"
                                + " has a part-freight lane from its country to %s.",
                        plant,
                        data.needUnits[n],
                        part.unit(),
                        part.name(),
                        part.variantId(),
                        needSlots.length > 1 ? " or a variant it could be commonized to" : "",
                        data.plants.get(data.needPlant[n]).countryId()));
            }
            if (needSlots.length == 1) {
                fixedNeed[variant] += data.needUnits[n];
                suppliersOfVariant.get(variant).addAll(suppliersOfSlot.get(needSlots[0]));
                int group = data.groupOfBuyer[data.needBuyer[n]];
                suppliersOfVariantAndGroup.get(variant).get(group).addAll(suppliersOfSlot.get(needSlots[0]));
                groupNeedsOnlyThis[variant][group] = true;
            }
        }
        for (int v = 0; v < variantCount; v++) {
            PartVariant part = data.variants.get(v);
            double capacity = 0;
            for (int s : suppliersOfVariant.get(v)) {
                capacity += data.suppliers.get(s).capacityUnitsPerYear();
            }
            if (fixedNeed[v] > 0 && !suppliersOfVariant.get(v).isEmpty() && fixedNeed[v] > capacity * (1 + 1e-9)) {
                conflicts.add(String.format(
                        Locale.ROOT,
                        "The plants need %,.0f %s/yr of %s (%s), %,.0f more than the whole capacity of the %d"
                                + " suppliers that can deliver it (%,.0f).",
                        fixedNeed[v],
                        part.unit(),
                        part.name(),
                        part.variantId(),
                        fixedNeed[v] - capacity,
                        suppliersOfVariant.get(v).size(),
                        capacity));
            }
            double share = data.maxSupplierShareOfVariant[v];
            if (share >= 1) {
                continue;
            }
            int needed = (int) Math.ceil(1 / share - 1e-9);
            for (int g = 0; g < data.groupCount; g++) {
                int available = suppliersOfVariantAndGroup.get(v).get(g).size();
                if (groupNeedsOnlyThis[v][g] && available > 0 && available < needed) {
                    conflicts.add(String.format(
                            Locale.ROOT,
                            "The dual-sourcing rule of %s allows one supplier at most %.0f %% of a variant's"
                                    + " volume, so %s needs %d suppliers, but only %d can deliver it to the"
                                    + " plants that need it.",
                            part.partFamilyId(),
                            100 * share,
                            part.variantId(),
                            needed,
                            available));
                }
            }
        }
        return conflicts;
    }
}
