package org.allianceplanner.engine.sourcing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A first plan built without branching, to start the MIP from and to fall back on when it finds
 * nothing better in its time.
 *
 * <p>A <b>block</b> is one variant bought by one group. Each block is bought through an order of its
 * offers: the first takes what it can of the block (up to the dual-sourcing share and the supplier's
 * capacity left), cheapest plants first, the next takes what remains, and so on; of the orders tried
 * (each offer first, the others by their price at the block's volume), the one cheapest at the tiers
 * its volumes reach wins. Commonization options are adopted first, group by group, when moving the
 * replaced variant's volume onto its target saves more than the option's engineering (estimated with
 * all capacity free); then the blocks are bought largest first, so that they get the capacity.
 *
 * <p>Its draft keeps capacities, dual-sourcing shares and the adoption rules. When capacity is too
 * tight for this order of buying, the last blocks stay partly unbought and the draft says so: {@link
 * SourcingModel#polish} then re-routes the flows with the draft's tiers fixed.
 */
final class SourcingGreedy {
    private static final double EPS = 1e-6;

    private final SourcingData data;
    private final SourcingModel model;
    private final int[][] offersOfVariant;
    private final int[][] arcsOfSlot;
    /** Per block (variant × groups + group), its slots. */
    private final int[][] slotsOfBlock;

    SourcingGreedy(SourcingData data, SourcingModel model) {
        this.data = data;
        this.model = model;
        List<List<Integer>> offers = lists(data.variants.size());
        for (int k = 0; k < data.offerCount(); k++) {
            offers.get(data.offerVariant[k]).add(k);
        }
        offersOfVariant = arrays(offers);
        List<List<Integer>> arcs = lists(data.slotPlant.length);
        for (int a = 0; a < data.arcCount(); a++) {
            arcs.get(data.arcSlot[a]).add(a);
        }
        arcsOfSlot = arrays(arcs);
        List<List<Integer>> slots = lists(data.variants.size() * data.groupCount);
        for (int slot = 0; slot < data.slotPlant.length; slot++) {
            slots.get(block(data.slotVariant[slot], groupOfSlot(slot))).add(slot);
        }
        slotsOfBlock = arrays(slots);
    }

    /** A greedy plan; {@code complete} when it buys every need. */
    record Draft(SourcingModel.Solution solution, boolean complete) {}

    Draft build() {
        boolean[][] adopted = new boolean[data.options.size()][data.members.size()];
        double[] slotDemand = slotDemand(adopted);
        double[] fullCapacity = new double[data.suppliers.size()];
        for (int s = 0; s < fullCapacity.length; s++) {
            fullCapacity[s] = data.suppliers.get(s).capacityUnitsPerYear();
        }
        for (int o = 0; o < data.options.size(); o++) {
            for (int g = 0; g < data.groupCount; g++) {
                tryAdopt(o, g, adopted, slotDemand, fullCapacity);
            }
        }

        List<Integer> blocks = new ArrayList<>();
        double[] blockVolume = new double[slotsOfBlock.length];
        for (int b = 0; b < slotsOfBlock.length; b++) {
            for (int slot : slotsOfBlock[b]) {
                blockVolume[b] += slotDemand[slot];
            }
            if (blockVolume[b] > EPS) {
                blocks.add(b);
            }
        }
        blocks.sort(Comparator.comparingDouble((Integer b) -> -blockVolume[b]));
        double[] capacityLeft = fullCapacity.clone();
        double[] arcUnits = new double[data.arcCount()];
        boolean complete = true;
        for (int b : blocks) {
            Purchase purchase = cheapestPurchase(b, slotDemand, capacityLeft);
            complete &= purchase.covered();
            for (int i = 0; i < purchase.arcs.length; i++) {
                arcUnits[purchase.arcs[i]] += purchase.units[i];
                capacityLeft[data.offerSupplier[data.arcOffer[purchase.arcs[i]]]] -= purchase.units[i];
            }
        }
        return new Draft(new SourcingModel.Solution(arcUnits, adopted), complete);
    }

    /**
     * Adopts option {@code o} for every buyer of group {@code g} it applies to and the rules allow,
     * when the purchases it changes get cheaper by more than its engineering.
     */
    private void tryAdopt(int o, int g, boolean[][] adopted, double[] slotDemand, double[] capacity) {
        List<Integer> buyers = new ArrayList<>();
        for (int b = 0; b < data.members.size(); b++) {
            if (data.groupOfBuyer[b] == g && model.applies(o, b) && allowed(o, b, adopted)) {
                buyers.add(b);
            }
        }
        if (buyers.isEmpty()) {
            return;
        }
        int from = block(data.optionFrom[o], g);
        int to = block(data.optionTo[o], g);
        double before = cost(from, slotDemand, capacity) + cost(to, slotDemand, capacity);
        for (int b : buyers) {
            adopted[o][b] = true;
        }
        double[] moved = slotDemand(adopted);
        double after = cost(from, moved, capacity) + cost(to, moved, capacity) + data.optionAnnualCost[o];
        // When the replaced variant cannot be bought in full (before is infinite), any covered plan wins.
        boolean cheaper = Double.isInfinite(before) ? after < before : after < before - EPS * Math.max(1, before);
        if (cheaper) {
            System.arraycopy(moved, 0, slotDemand, 0, moved.length);
        } else {
            for (int b : buyers) {
                adopted[o][b] = false;
            }
        }
    }

    /** The model's adoption rules: one option per replaced variant and buyer, and no chains. */
    private boolean allowed(int o, int buyer, boolean[][] adopted) {
        for (int other = 0; other < adopted.length; other++) {
            if (other != o
                    && adopted[other][buyer]
                    && (data.optionFrom[other] == data.optionFrom[o]
                            || data.optionFrom[other] == data.optionTo[o]
                            || data.optionTo[other] == data.optionFrom[o])) {
                return false;
            }
        }
        return true;
    }

    /** Each slot's units when every need goes to its own variant or to the option its buyer adopted. */
    private double[] slotDemand(boolean[][] adopted) {
        double[] demand = new double[data.slotPlant.length];
        for (int n = 0; n < data.needUnits.length; n++) {
            int slot = data.needSlots[n][0];
            for (int i = 0; i < data.needOptions[n].length; i++) {
                if (adopted[data.needOptions[n][i]][data.needBuyer[n]]) {
                    slot = data.needSlots[n][1 + i];
                }
            }
            demand[slot] += data.needUnits[n];
        }
        return demand;
    }

    private double cost(int block, double[] slotDemand, double[] capacity) {
        Purchase purchase = cheapestPurchase(block, slotDemand, capacity);
        return purchase.covered() ? purchase.cost : Double.POSITIVE_INFINITY;
    }

    /** Units bought per arc, their cost at the tiers reached, and the units left unbought. */
    private record Purchase(int[] arcs, double[] units, double cost, double unbought) {
        boolean covered() {
            return unbought == 0;
        }

        boolean betterThan(Purchase other) {
            return covered() == other.covered()
                    ? (covered() ? cost < other.cost : unbought < other.unbought)
                    : covered();
        }
    }

    /**
     * The cheapest of the offer orders tried for one block; when none covers it, the one that leaves
     * least unbought.
     */
    private Purchase cheapestPurchase(int block, double[] slotDemand, double[] capacityLeft) {
        int variant = block / data.groupCount;
        double volume = 0;
        for (int slot : slotsOfBlock[block]) {
            volume += slotDemand[slot];
        }
        if (volume <= EPS) {
            return new Purchase(new int[0], new double[0], 0, 0);
        }
        int[] offers = offersOfVariant[variant];
        double total = volume;
        Integer[] byPrice = Arrays.stream(offers).boxed().toArray(Integer[]::new);
        Arrays.sort(
                byPrice, Comparator.comparingDouble((Integer k) -> data.offerTierPrice[k][data.tierReached(k, total)]));
        // A variant no supplier offers (its needs can only be commonized away) buys nothing.
        Purchase best = new Purchase(new int[0], new double[0], 0, volume);
        for (int first : offers) {
            int[] order = new int[offers.length];
            order[0] = first;
            int next = 1;
            for (int k : byPrice) {
                if (k != first) {
                    order[next++] = k;
                }
            }
            Purchase purchase = purchase(block, order, volume, slotDemand, capacityLeft);
            if (purchase.betterThan(best)) {
                best = purchase;
            }
        }
        return best;
    }

    private Purchase purchase(int block, int[] order, double volume, double[] slotDemand, double[] capacityLeft) {
        int[] slots = slotsOfBlock[block];
        double[] left = new double[slots.length];
        for (int i = 0; i < slots.length; i++) {
            left[i] = slotDemand[slots[i]];
        }
        double share = data.maxSupplierShareOfVariant[block / data.groupCount];
        List<Integer> arcs = new ArrayList<>();
        List<Double> units = new ArrayList<>();
        double cost = 0;
        for (int offer : order) {
            double budget = Math.min(share * volume, capacityLeft[data.offerSupplier[offer]]);
            // This offer's arcs into the block, cheapest landed cost first.
            List<int[]> reach = new ArrayList<>();
            for (int i = 0; i < slots.length; i++) {
                for (int a : arcsOfSlot[slots[i]]) {
                    if (data.arcOffer[a] == offer) {
                        reach.add(new int[] {a, i});
                    }
                }
            }
            reach.sort(Comparator.comparingDouble(arc -> data.unitCost(arc[0], 0)));
            int firstArc = arcs.size();
            double taken = 0;
            for (int[] arc : reach) {
                double take = Math.min(left[arc[1]], budget - taken);
                if (take <= 0) {
                    continue;
                }
                arcs.add(arc[0]);
                units.add(take);
                left[arc[1]] -= take;
                taken += take;
            }
            int tier = data.tierReached(offer, taken);
            for (int i = firstArc; i < arcs.size(); i++) {
                cost += units.get(i) * data.unitCost(arcs.get(i), tier);
            }
        }
        double unbought = 0;
        for (double rest : left) {
            unbought += Math.max(0, rest);
        }
        return new Purchase(
                arcs.stream().mapToInt(Integer::intValue).toArray(),
                units.stream().mapToDouble(Double::doubleValue).toArray(),
                cost,
                // What is left is rounding noise only when tiny against the block.
                unbought <= 1e-9 * Math.max(1, volume) ? 0 : unbought);
    }

    private int block(int variant, int group) {
        return variant * data.groupCount + group;
    }

    private int groupOfSlot(int slot) {
        return data.groupOfBuyer[data.plantBuyer[data.slotPlant[slot]]];
    }

    private static List<List<Integer>> lists(int count) {
        List<List<Integer>> lists = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    private static int[][] arrays(List<List<Integer>> lists) {
        int[][] arrays = new int[lists.size()][];
        for (int i = 0; i < arrays.length; i++) {
            arrays[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return arrays;
    }
}
