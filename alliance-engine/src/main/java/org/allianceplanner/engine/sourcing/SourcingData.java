package org.allianceplanner.engine.sourcing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.allianceplanner.model.geography.Country;
import org.allianceplanner.model.geography.TariffSchedule;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.model.scenario.ExchangeRates;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.sourcing.CommonizationOption;
import org.allianceplanner.model.sourcing.PartFamily;
import org.allianceplanner.model.sourcing.PartFreight;
import org.allianceplanner.model.sourcing.PartVariant;
import org.allianceplanner.model.sourcing.PriceTier;
import org.allianceplanner.model.sourcing.Supplier;
import org.allianceplanner.model.sourcing.plan.PartNeed;

/**
 * The sourcing model's index sets, flattened from a scenario, a coalition and its part needs. Money is
 * converted to the base currency here, once.
 *
 * <ul>
 *   <li>A <b>buyer</b> is a member; a <b>group</b> is the buyers whose volume reaches tiers together:
 *       all members when pooled, each member alone otherwise.
 *   <li>A <b>need</b> is one plant's yearly quantity of one variant named by the bills of materials.
 *   <li>An <b>option</b> is a commonization whose replaced variant some need names.
 *   <li>A <b>slot</b> is a (plant, variant) the plant may buy: the variant of a need, or the variant an
 *       option would put in its place.
 *   <li>An <b>offer</b> is a supplier's tier ladder for one variant.
 *   <li>An <b>arc</b> is an offer that can deliver to a slot: the supplier offers the variant and a part
 *       freight lane runs from its country to the plant's. Its unit cost at tier t is price(t) × (1 +
 *       tariff) + freight.
 * </ul>
 */
final class SourcingData {
    final Scenario scenario;
    final List<String> members;
    final boolean pooled;
    final String baseCurrency;

    final int[] groupOfBuyer;
    final int groupCount;

    final List<PartVariant> variants = new ArrayList<>();
    final Map<String, Integer> variantIndex = new HashMap<>();
    final double[] maxSupplierShareOfVariant;

    final List<String> plantIds = new ArrayList<>();
    final Map<String, Integer> plantIndex = new HashMap<>();
    final List<Plant> plants = new ArrayList<>();
    /** The buyer (member index) of each plant: its owner. */
    final int[] plantBuyer;

    final List<PartNeed> needList;
    final int[] needPlant;
    final int[] needVariant;
    final int[] needBuyer;
    final double[] needUnits;
    /** Per need, the slots it may be bought as: its own variant's first, then one per option. */
    final int[][] needSlots;
    /** Per need, the option behind each slot after the first. */
    final int[][] needOptions;

    final List<CommonizationOption> options = new ArrayList<>();
    final double[] optionAnnualCost;
    final int[] optionFrom;
    final int[] optionTo;

    final int[] slotPlant;
    final int[] slotVariant;

    final List<Supplier> suppliers = new ArrayList<>();
    final Map<String, Integer> supplierIndex = new HashMap<>();
    final int[] offerSupplier;
    final int[] offerVariant;
    final double[][] offerTierMin;
    final double[][] offerTierPrice;

    final int[] arcOffer;
    final int[] arcSlot;
    final double[] arcTariffRate;
    final double[] arcFreight;

    SourcingData(Scenario scenario, List<String> members, List<PartNeed> needs, boolean pooled) {
        this.scenario = scenario;
        this.members = List.copyOf(members);
        this.pooled = pooled;
        this.baseCurrency = scenario.settings().baseCurrency();
        ExchangeRates rates = ExchangeRates.of(scenario);
        TariffSchedule tariffs = TariffSchedule.of(scenario);

        groupOfBuyer = new int[members.size()];
        for (int b = 0; b < members.size(); b++) {
            groupOfBuyer[b] = pooled ? 0 : b;
        }
        groupCount = pooled ? 1 : members.size();

        Map<String, PartFamily> families = new HashMap<>();
        for (PartFamily family : scenario.partFamilies()) {
            families.put(family.partFamilyId(), family);
        }
        for (PartVariant variant : scenario.partVariants()) {
            variantIndex.put(variant.variantId(), variants.size());
            variants.add(variant);
        }
        maxSupplierShareOfVariant = new double[variants.size()];
        for (int v = 0; v < variants.size(); v++) {
            PartFamily family = families.get(variants.get(v).partFamilyId());
            Double share = family == null ? null : family.maxSupplierShare();
            maxSupplierShareOfVariant[v] = share == null ? 1.0 : share;
        }

        Map<String, Plant> plantsById = new HashMap<>();
        for (Plant plant : scenario.plants()) {
            plantsById.put(plant.plantId(), plant);
        }
        Map<String, String> marketOfCountry = new HashMap<>();
        for (Country country : scenario.countries()) {
            marketOfCountry.put(country.countryId(), country.marketId());
        }

        needList = List.copyOf(needs);
        int needCount = needs.size();
        needPlant = new int[needCount];
        needVariant = new int[needCount];
        needBuyer = new int[needCount];
        needUnits = new double[needCount];
        boolean[] variantNeeded = new boolean[variants.size()];
        for (int n = 0; n < needCount; n++) {
            PartNeed need = needs.get(n);
            int buyer = members.indexOf(need.buyerPartnerId());
            Integer variant = variantIndex.get(need.variantId());
            Plant plant = plantsById.get(need.plantId());
            if (buyer < 0 || variant == null || plant == null || !(need.unitsPerYear() >= 0)) {
                throw new IllegalArgumentException("Part need outside the coalition or the scenario: " + need);
            }
            needPlant[n] = plantIndex.computeIfAbsent(need.plantId(), id -> {
                plantIds.add(id);
                plants.add(plant);
                return plantIds.size() - 1;
            });
            needVariant[n] = variant;
            if (!plant.partnerId().equals(need.buyerPartnerId())) {
                throw new IllegalArgumentException("A plant's parts are bought by its owner: " + need);
            }
            needBuyer[n] = buyer;
            needUnits[n] = need.unitsPerYear();
            variantNeeded[variant] = true;
        }
        plantBuyer = new int[plants.size()];
        for (int p = 0; p < plants.size(); p++) {
            plantBuyer[p] = members.indexOf(plants.get(p).partnerId());
        }

        List<List<Integer>> optionsFromVariant = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            optionsFromVariant.add(new ArrayList<>());
        }
        for (CommonizationOption option : scenario.commonizationOptions()) {
            Integer from = variantIndex.get(option.fromVariantId());
            Integer to = variantIndex.get(option.toVariantId());
            if (from != null && to != null && variantNeeded[from]) {
                optionsFromVariant.get(from).add(options.size());
                options.add(option);
            }
        }
        optionAnnualCost = new double[options.size()];
        optionFrom = new int[options.size()];
        optionTo = new int[options.size()];
        for (int o = 0; o < options.size(); o++) {
            CommonizationOption option = options.get(o);
            optionAnnualCost[o] = scenario.settings().annualize(option.engineeringCost());
            // A valid scenario's options, tiers and countries name known variants, suppliers and
            // markets (the validator checks it), so these lookups by id find them.
            optionFrom[o] = Objects.requireNonNull(variantIndex.get(option.fromVariantId()));
            optionTo[o] = Objects.requireNonNull(variantIndex.get(option.toVariantId()));
        }

        Map<Long, Integer> slotIndex = new LinkedHashMap<>();
        needSlots = new int[needCount][];
        needOptions = new int[needCount][];
        for (int n = 0; n < needCount; n++) {
            List<Integer> from = optionsFromVariant.get(needVariant[n]);
            needSlots[n] = new int[1 + from.size()];
            needOptions[n] = new int[from.size()];
            needSlots[n][0] = slot(slotIndex, needPlant[n], needVariant[n]);
            for (int i = 0; i < from.size(); i++) {
                int o = from.get(i);
                needOptions[n][i] = o;
                needSlots[n][1 + i] = slot(slotIndex, needPlant[n], optionTo[o]);
            }
        }
        slotPlant = new int[slotIndex.size()];
        slotVariant = new int[slotIndex.size()];
        slotIndex.forEach((key, s) -> {
            slotPlant[s] = (int) (key / variants.size());
            slotVariant[s] = (int) (key % variants.size());
        });

        for (Supplier supplier : scenario.suppliers()) {
            supplierIndex.put(supplier.supplierId(), suppliers.size());
            suppliers.add(supplier);
        }
        Map<List<String>, List<PriceTier>> ladders = new LinkedHashMap<>();
        for (PriceTier tier : scenario.priceTiers()) {
            ladders.computeIfAbsent(List.of(tier.supplierId(), tier.variantId()), key -> new ArrayList<>())
                    .add(tier);
        }
        int offerCount = ladders.size();
        offerSupplier = new int[offerCount];
        offerVariant = new int[offerCount];
        offerTierMin = new double[offerCount][];
        offerTierPrice = new double[offerCount][];
        List<List<Integer>> offersOfVariant = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            offersOfVariant.add(new ArrayList<>());
        }
        int k = 0;
        for (Map.Entry<List<String>, List<PriceTier>> ladder : ladders.entrySet()) {
            int s = Objects.requireNonNull(supplierIndex.get(ladder.getKey().get(0)));
            List<PriceTier> tiers = new ArrayList<>(ladder.getValue());
            tiers.sort(Comparator.comparingDouble(PriceTier::minUnitsPerYear));
            offerSupplier[k] = s;
            offerVariant[k] =
                    Objects.requireNonNull(variantIndex.get(ladder.getKey().get(1)));
            offerTierMin[k] =
                    tiers.stream().mapToDouble(PriceTier::minUnitsPerYear).toArray();
            String currency = suppliers.get(s).currency();
            offerTierPrice[k] = tiers.stream()
                    .mapToDouble(tier -> rates.toBase(tier.pricePerUnit(), currency))
                    .toArray();
            offersOfVariant.get(offerVariant[k]).add(k);
            k++;
        }

        Map<String, Double> freightByLane = new HashMap<>();
        for (PartFreight lane : scenario.partFreights()) {
            freightByLane.putIfAbsent(
                    lane.originCountryId() + '\u0000' + lane.destinationCountryId() + '\u0000' + lane.partFamilyId(),
                    lane.costPerUnit());
        }
        List<int[]> arcs = new ArrayList<>();
        List<double[]> arcCosts = new ArrayList<>();
        for (int slot = 0; slot < slotPlant.length; slot++) {
            Plant plant = plants.get(slotPlant[slot]);
            PartVariant variant = variants.get(slotVariant[slot]);
            String family = variant.partFamilyId();
            for (int offer : offersOfVariant.get(slotVariant[slot])) {
                Supplier supplier = suppliers.get(offerSupplier[offer]);
                String lane = supplier.countryId() + '\u0000' + plant.countryId() + '\u0000';
                Double freight = freightByLane.get(lane + family);
                if (freight == null) {
                    freight = freightByLane.get(lane + PartFreight.ANY);
                }
                if (freight == null) {
                    continue;
                }
                String market = Objects.requireNonNull(marketOfCountry.get(plant.countryId()));
                arcs.add(new int[] {offer, slot});
                arcCosts.add(new double[] {tariffs.rate(supplier.countryId(), market, family), freight});
            }
        }
        arcOffer = arcs.stream().mapToInt(arc -> arc[0]).toArray();
        arcSlot = arcs.stream().mapToInt(arc -> arc[1]).toArray();
        arcTariffRate = arcCosts.stream().mapToDouble(cost -> cost[0]).toArray();
        arcFreight = arcCosts.stream().mapToDouble(cost -> cost[1]).toArray();
    }

    private int slot(Map<Long, Integer> slotIndex, int plant, int variant) {
        return slotIndex.computeIfAbsent((long) plant * variants.size() + variant, key -> slotIndex.size());
    }

    int groupOfArc(int arc) {
        return groupOfBuyer[plantBuyer[slotPlant[arcSlot[arc]]]];
    }

    /** Unit cost of an arc at a tier: price with tariff, plus freight. */
    double unitCost(int arc, int tier) {
        return offerTierPrice[arcOffer[arc]][tier] * (1 + arcTariffRate[arc]) + arcFreight[arc];
    }

    /** The highest tier of an offer that a volume reaches (all-units: every unit at that price). */
    int tierReached(int offer, double volume) {
        double[] min = offerTierMin[offer];
        int tier = 0;
        for (int t = 1; t < min.length; t++) {
            if (volume >= min[t] * (1 - 1e-9) - 1e-6) {
                tier = t;
            }
        }
        return tier;
    }

    int arcCount() {
        return arcOffer.length;
    }

    int offerCount() {
        return offerSupplier.length;
    }
}
