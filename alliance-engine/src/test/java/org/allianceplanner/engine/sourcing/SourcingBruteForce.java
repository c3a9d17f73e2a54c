package org.allianceplanner.engine.sourcing;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allianceplanner.engine.solver.OrTools;
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
 * The sourcing optimum by enumeration, written apart from the engine: every admissible set of
 * commonization adoptions (per buyer, at most one option per replaced variant, no chains) and every
 * price tier per (supplier, variant, buying group); for each combination a linear program (GLOP) of the
 * flows that pays the chosen tier's price and requires the group's volume to reach the tier's minimum.
 * The cheapest combination is the optimum, because paying a tier's price is allowed exactly when the
 * volume reaches it.
 */
final class SourcingBruteForce {
    private final Scenario scenario;
    private final List<String> members;
    private final List<PartNeed> needs;
    private final boolean pooled;
    private final ExchangeRates rates;
    private final TariffSchedule tariffs;
    private final Map<String, Plant> plants = new HashMap<>();
    private final Map<String, String> marketOfCountry = new HashMap<>();
    private final Map<String, PartVariant> variants = new HashMap<>();
    private final Map<String, Supplier> suppliers = new HashMap<>();
    private final Map<List<String>, List<PriceTier>> ladders = new LinkedHashMap<>();
    private final List<CommonizationOption> options = new ArrayList<>();

    /** Number of linear programs solved by the last {@link #optimum()}. */
    int linearPrograms;

    SourcingBruteForce(Scenario scenario, List<String> members, List<PartNeed> needs, boolean pooled) {
        this.scenario = scenario;
        this.members = members.stream().sorted().toList();
        this.needs = needs;
        this.pooled = pooled;
        this.rates = ExchangeRates.of(scenario);
        this.tariffs = TariffSchedule.of(scenario);
        scenario.plants().forEach(plant -> plants.put(plant.plantId(), plant));
        for (Country country : scenario.countries()) {
            marketOfCountry.put(country.countryId(), country.marketId());
        }
        scenario.partVariants().forEach(variant -> variants.put(variant.variantId(), variant));
        scenario.suppliers().forEach(supplier -> suppliers.put(supplier.supplierId(), supplier));
        for (PriceTier tier : scenario.priceTiers()) {
            ladders.computeIfAbsent(List.of(tier.supplierId(), tier.variantId()), key -> new ArrayList<>())
                    .add(tier);
        }
        ladders.values()
                .forEach(ladder -> ladder.sort((a, b) -> Double.compare(a.minUnitsPerYear(), b.minUnitsPerYear())));
        for (CommonizationOption option : scenario.commonizationOptions()) {
            if (needs.stream().anyMatch(need -> need.variantId().equals(option.fromVariantId()))) {
                options.add(option);
            }
        }
    }

    /** The cheapest yearly cost; +∞ when no combination is feasible. */
    double optimum() {
        OrTools.load();
        linearPrograms = 0;
        double best = Double.POSITIVE_INFINITY;
        for (Map<String, String> adoption : adoptions()) {
            best = Math.min(best, bestForAdoption(adoption));
        }
        return best;
    }

    private String groupOf(String buyer) {
        return pooled ? "pool" : buyer;
    }

    /** Every admissible adoption: per buyer, a map from replaced variant to its replacement. */
    private List<Map<String, String>> adoptions() {
        List<String[]> choices = new ArrayList<>(); // (buyer, option index)
        for (String buyer : members) {
            for (int o = 0; o < options.size(); o++) {
                String from = options.get(o).fromVariantId();
                if (needs.stream()
                        .anyMatch(n -> n.buyerPartnerId().equals(buyer)
                                && n.variantId().equals(from))) {
                    choices.add(new String[] {buyer, Integer.toString(o)});
                }
            }
        }
        List<Map<String, String>> admissible = new ArrayList<>();
        for (int mask = 0; mask < (1 << choices.size()); mask++) {
            Map<String, String> replace = new HashMap<>();
            boolean ok = true;
            for (int c = 0; c < choices.size() && ok; c++) {
                if ((mask & (1 << c)) != 0) {
                    CommonizationOption option = options.get(Integer.parseInt(choices.get(c)[1]));
                    ok = replace.putIfAbsent(choices.get(c)[0] + "|" + option.fromVariantId(), option.toVariantId())
                            == null;
                }
            }
            for (Map.Entry<String, String> entry : replace.entrySet()) {
                String buyer = entry.getKey().split("\\|")[0];
                if (replace.containsKey(buyer + "|" + entry.getValue())) {
                    ok = false; // a chain: the target is itself replaced by the same buyer
                }
            }
            if (ok) {
                admissible.add(replace);
            }
        }
        return admissible;
    }

    private double bestForAdoption(Map<String, String> replace) {
        // Requirement per (plant, variant) after the adoption.
        Map<List<String>, Double> required = new LinkedHashMap<>();
        for (PartNeed need : needs) {
            String variant = replace.getOrDefault(need.buyerPartnerId() + "|" + need.variantId(), need.variantId());
            required.merge(List.of(need.plantId(), variant), need.unitsPerYear(), Double::sum);
        }
        double engineering = 0;
        Map<String, Boolean> paid = new HashMap<>();
        for (Map.Entry<String, String> entry : replace.entrySet()) {
            String[] key = entry.getKey().split("\\|");
            String group = groupOf(key[0]);
            for (CommonizationOption option : options) {
                if (option.fromVariantId().equals(key[1])
                        && option.toVariantId().equals(entry.getValue())
                        && paid.putIfAbsent(group + "|" + key[1] + "|" + entry.getValue(), true) == null) {
                    engineering += scenario.settings().annualize(option.engineeringCost());
                }
            }
        }
        // Arcs: (supplier, plant, variant) with a price ladder and a freight lane.
        List<Object[]> arcs = new ArrayList<>(); // {supplierId, plantId, variantId, group, tariffRate, freight}
        Map<List<String>, Double> potential = new HashMap<>(); // (supplier, variant, group) -> max volume
        for (Map.Entry<List<String>, Double> req : required.entrySet()) {
            Plant plant = plants.get(req.getKey().get(0));
            String variantId = req.getKey().get(1);
            String family = variants.get(variantId).partFamilyId();
            for (List<String> offer : ladders.keySet()) {
                if (!offer.get(1).equals(variantId)) {
                    continue;
                }
                Supplier supplier = suppliers.get(offer.get(0));
                Double freight = lane(supplier.countryId(), plant.countryId(), family);
                if (freight == null) {
                    continue;
                }
                String group = groupOf(plant.partnerId());
                double rate = tariffs.rate(supplier.countryId(), marketOfCountry.get(plant.countryId()), family);
                arcs.add(new Object[] {offer.get(0), plant.plantId(), variantId, group, rate, freight});
                potential.merge(List.of(offer.get(0), variantId, group), req.getValue(), Double::sum);
            }
        }
        List<List<String>> tierKeys = new ArrayList<>(potential.keySet());
        int[] tierCount = new int[tierKeys.size()];
        for (int i = 0; i < tierKeys.size(); i++) {
            List<String> key = tierKeys.get(i);
            double reachable =
                    Math.min(potential.get(key), suppliers.get(key.get(0)).capacityUnitsPerYear());
            for (PriceTier tier : ladders.get(List.of(key.get(0), key.get(1)))) {
                if (tier.minUnitsPerYear() <= reachable + 1e-6) {
                    tierCount[i]++;
                }
            }
        }
        double best = Double.POSITIVE_INFINITY;
        int[] choice = new int[tierKeys.size()];
        while (true) {
            best = Math.min(best, engineering + flows(required, arcs, tierKeys, choice));
            int i = 0;
            while (i < choice.length && ++choice[i] == tierCount[i]) {
                choice[i] = 0;
                i++;
            }
            if (i == choice.length) {
                return best;
            }
        }
    }

    private double flows(
            Map<List<String>, Double> required, List<Object[]> arcs, List<List<String>> tierKeys, int[] choice) {
        linearPrograms++;
        MPSolver solver = MPSolver.createSolver("GLOP");
        try {
            MPObjective cost = solver.objective();
            cost.setMinimization();
            Map<List<String>, MPConstraint> demand = new HashMap<>();
            required.forEach((key, units) -> demand.put(key, solver.makeConstraint(units, units, "")));
            Map<String, MPConstraint> capacity = new HashMap<>();
            Map<List<String>, MPConstraint> reach = new HashMap<>();
            Map<List<String>, Integer> tierIndex = new HashMap<>();
            for (int i = 0; i < tierKeys.size(); i++) {
                tierIndex.put(tierKeys.get(i), choice[i]);
            }
            Map<List<String>, List<MPVariable>> byVariantGroup = new HashMap<>();
            Map<List<String>, List<MPVariable>> bySupplierVariantGroup = new HashMap<>();
            for (Object[] arc : arcs) {
                String supplierId = (String) arc[0];
                List<String> key = List.of(supplierId, (String) arc[2], (String) arc[3]);
                PriceTier tier =
                        ladders.get(List.of(supplierId, (String) arc[2])).get(tierIndex.get(key));
                double price = rates.toBase(
                        tier.pricePerUnit(), suppliers.get(supplierId).currency());
                MPVariable units = solver.makeNumVar(0, Double.POSITIVE_INFINITY, "");
                cost.setCoefficient(units, price * (1 + (double) arc[4]) + (double) arc[5]);
                demand.get(List.of((String) arc[1], (String) arc[2])).setCoefficient(units, 1);
                capacity.computeIfAbsent(
                                supplierId,
                                s -> solver.makeConstraint(
                                        Double.NEGATIVE_INFINITY,
                                        suppliers.get(s).capacityUnitsPerYear(),
                                        ""))
                        .setCoefficient(units, 1);
                reach.computeIfAbsent(
                                key, k -> solver.makeConstraint(tier.minUnitsPerYear(), Double.POSITIVE_INFINITY, ""))
                        .setCoefficient(units, 1);
                byVariantGroup
                        .computeIfAbsent(List.of((String) arc[2], (String) arc[3]), k -> new ArrayList<>())
                        .add(units);
                bySupplierVariantGroup
                        .computeIfAbsent(key, k -> new ArrayList<>())
                        .add(units);
            }
            bySupplierVariantGroup.forEach((key, own) -> {
                Double share = family(variants.get(key.get(1)).partFamilyId()).maxSupplierShare();
                if (share == null) {
                    return;
                }
                MPConstraint limit = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "");
                for (MPVariable any : byVariantGroup.get(List.of(key.get(1), key.get(2)))) {
                    limit.setCoefficient(any, -share);
                }
                for (MPVariable units : own) {
                    limit.setCoefficient(units, 1 - share);
                }
            });
            return solver.solve() == MPSolver.ResultStatus.OPTIMAL ? cost.value() : Double.POSITIVE_INFINITY;
        } finally {
            solver.delete();
        }
    }

    private Double lane(String origin, String destination, String family) {
        Double any = null;
        for (PartFreight lane : scenario.partFreights()) {
            if (lane.originCountryId().equals(origin)
                    && lane.destinationCountryId().equals(destination)) {
                if (lane.partFamilyId().equals(family)) {
                    return lane.costPerUnit();
                }
                if (lane.partFamilyId().equals(PartFreight.ANY) && any == null) {
                    any = lane.costPerUnit();
                }
            }
        }
        return any;
    }

    private PartFamily family(String familyId) {
        return scenario.partFamilies().stream()
                .filter(family -> family.partFamilyId().equals(familyId))
                .findFirst()
                .orElseThrow();
    }
}
