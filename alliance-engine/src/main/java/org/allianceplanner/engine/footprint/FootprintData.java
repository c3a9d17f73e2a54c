package org.allianceplanner.engine.footprint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.allianceplanner.model.geography.FreightLane;
import org.allianceplanner.model.geography.Market;
import org.allianceplanner.model.geography.TariffSchedule;
import org.allianceplanner.model.partner.DealerCoverage;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.plant.LineStatus;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.model.plant.Platform;
import org.allianceplanner.model.plant.PlatformLine;
import org.allianceplanner.model.scenario.ExchangeRates;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.vehicle.Demand;
import org.allianceplanner.model.vehicle.VehicleModel;

/**
 * The part of a scenario one coalition's footprint model sees, flattened into arrays with every money
 * figure already in the base currency: the members' plants and lines, their demand rows, the routes
 * (plant, demand row) that can exist and the dealer channels of each demand row.
 *
 * <p>A route exists when the plant belongs to a member, has a line (existing or possible) of the
 * model's platform, and has a freight lane from its country to the market. A channel exists for each
 * member whose dealers cover the market.
 */
final class FootprintData {
    final Scenario scenario;
    final List<String> members;
    final String baseCurrency;

    final List<Plant> plants = new ArrayList<>();
    final Map<String, Integer> plantIndex = new HashMap<>();
    final double[] plantFixed;
    final double[] plantClosureAnnual;

    final List<PlatformLine> lines = new ArrayList<>();
    final int[] linePlant;
    final double[] lineFixed;
    final double[] lineInstallationAnnual;

    final List<Demand> demands = new ArrayList<>();
    final VehicleModel[] demandModel;
    final double[] demandPrice;
    final double[] demandMaterial;

    /** Routes of demand row d are routeStart[d] … routeStart[d+1]-1. */
    final int[] routeStart;

    final int[] routePlant;
    final int[] routeLine;
    final double[] routeTariff;
    final double[] routeConversion;
    final double[] routeFreight;

    /** Channels of demand row d are channelStart[d] … channelStart[d+1]-1. */
    final int[] channelStart;

    final String[] channelPartner;
    final double[] channelShare;
    final double[] channelCommission;

    final Map<String, String> partnerNames = new HashMap<>();
    final Map<String, String> plantNames = new HashMap<>();
    final Map<String, String> platformNames = new HashMap<>();
    final Map<String, String> marketNames = new HashMap<>();

    FootprintData(Scenario scenario, Collection<String> partnerIds) {
        this.scenario = scenario;
        Set<String> memberSet = new TreeSet<>(partnerIds);
        this.members = List.copyOf(memberSet);
        this.baseCurrency = scenario.settings().baseCurrency();
        ExchangeRates fx = ExchangeRates.of(scenario);
        TariffSchedule tariffs = TariffSchedule.of(scenario);

        Map<String, String> currencyOf = new HashMap<>();
        for (Partner partner : scenario.partners()) {
            currencyOf.put(partner.partnerId(), partner.currency());
            partnerNames.put(partner.partnerId(), partner.name());
        }
        for (String member : members) {
            if (!currencyOf.containsKey(member)) {
                throw new IllegalArgumentException("Partner " + member + " is not in the scenario's partners.");
            }
        }
        for (Platform platform : scenario.platforms()) {
            platformNames.put(platform.platformId(), platform.name());
        }
        for (Market market : scenario.markets()) {
            marketNames.put(market.marketId(), market.name());
        }
        Map<String, String> countryOfPlant = new HashMap<>();
        for (Plant plant : scenario.plants()) {
            plantNames.put(plant.plantId(), plant.name());
            if (memberSet.contains(plant.partnerId())) {
                plantIndex.put(plant.plantId(), plants.size());
                plants.add(plant);
                countryOfPlant.put(plant.plantId(), plant.countryId());
            }
        }
        plantFixed = new double[plants.size()];
        plantClosureAnnual = new double[plants.size()];
        for (int p = 0; p < plants.size(); p++) {
            Plant plant = plants.get(p);
            // A valid scenario's plants, lines and models belong to its partners (the validator checks
            // it), so the lookups by id in this constructor find what they look for.
            double rate = fx.basePerUnit(Objects.requireNonNull(currencyOf.get(plant.partnerId())));
            plantFixed[p] = plant.fixedCostPerYear() * rate;
            plantClosureAnnual[p] = scenario.settings().annualize(plant.closureCost()) * rate;
        }

        Map<String, Integer> lineIndex = new HashMap<>();
        for (PlatformLine line : scenario.platformLines()) {
            Integer plant = plantIndex.get(line.plantId());
            if (plant != null) {
                lineIndex.putIfAbsent(line.plantId() + '\u0000' + line.platformId(), lines.size());
                lines.add(line);
            }
        }
        linePlant = new int[lines.size()];
        lineFixed = new double[lines.size()];
        lineInstallationAnnual = new double[lines.size()];
        for (int l = 0; l < lines.size(); l++) {
            PlatformLine line = lines.get(l);
            int p = Objects.requireNonNull(plantIndex.get(line.plantId()));
            double rate = fx.basePerUnit(
                    Objects.requireNonNull(currencyOf.get(plants.get(p).partnerId())));
            linePlant[l] = p;
            lineFixed[l] = line.fixedCostPerYear() * rate;
            lineInstallationAnnual[l] = line.status() == LineStatus.POSSIBLE
                    ? scenario.settings().annualize(line.retoolingCost()) * rate
                    : 0;
        }

        Map<String, VehicleModel> models = new HashMap<>();
        for (VehicleModel model : scenario.vehicleModels()) {
            if (memberSet.contains(model.partnerId())) {
                models.putIfAbsent(model.modelId(), model);
            }
        }
        for (Demand demand : scenario.demands()) {
            if (models.containsKey(demand.modelId())) {
                demands.add(demand);
            }
        }
        Map<String, List<Integer>> linesOfPlatform = new HashMap<>();
        for (int l = 0; l < lines.size(); l++) {
            linesOfPlatform
                    .computeIfAbsent(lines.get(l).platformId(), key -> new ArrayList<>())
                    .add(l);
        }
        Map<String, FreightLane> freight = new HashMap<>();
        for (FreightLane lane : scenario.freightLanes()) {
            freight.putIfAbsent(lane.originCountryId() + '\u0000' + lane.marketId(), lane);
        }
        Map<String, List<DealerCoverage>> coverageOfMarket = new HashMap<>();
        for (DealerCoverage coverage : scenario.dealerCoverages()) {
            if (memberSet.contains(coverage.partnerId()) && coverage.coverageShare() > 0) {
                coverageOfMarket
                        .computeIfAbsent(coverage.marketId(), key -> new ArrayList<>())
                        .add(coverage);
            }
        }

        int rows = demands.size();
        demandModel = new VehicleModel[rows];
        demandPrice = new double[rows];
        demandMaterial = new double[rows];
        routeStart = new int[rows + 1];
        channelStart = new int[rows + 1];
        IntList plantsOfRoutes = new IntList();
        IntList linesOfRoutes = new IntList();
        DoubleList tariffOfRoutes = new DoubleList();
        DoubleList conversionOfRoutes = new DoubleList();
        DoubleList freightOfRoutes = new DoubleList();
        List<String> partnersOfChannels = new ArrayList<>();
        DoubleList sharesOfChannels = new DoubleList();
        DoubleList commissionsOfChannels = new DoubleList();
        for (int d = 0; d < rows; d++) {
            Demand demand = demands.get(d);
            VehicleModel model = Objects.requireNonNull(models.get(demand.modelId()));
            double rate = fx.basePerUnit(Objects.requireNonNull(currencyOf.get(model.partnerId())));
            demandModel[d] = model;
            demandPrice[d] = demand.netPricePerUnit() * rate;
            demandMaterial[d] = model.materialCostPerUnit() * rate;
            routeStart[d] = plantsOfRoutes.size();
            for (int l : linesOfPlatform.getOrDefault(model.platformId(), List.of())) {
                Plant plant = plants.get(linePlant[l]);
                FreightLane lane = freight.get(plant.countryId() + '\u0000' + demand.marketId());
                if (lane == null) {
                    continue;
                }
                plantsOfRoutes.add(linePlant[l]);
                linesOfRoutes.add(l);
                tariffOfRoutes.add(demandPrice[d]
                        * tariffs.rate(
                                plant.countryId(),
                                demand.marketId(),
                                model.powertrain().name()));
                conversionOfRoutes.add(model.conversionCostPerUnit() * plant.conversionCostIndex() * rate);
                freightOfRoutes.add(lane.costPerUnit());
            }
            channelStart[d] = partnersOfChannels.size();
            for (DealerCoverage coverage : coverageOfMarket.getOrDefault(demand.marketId(), List.of())) {
                boolean own = coverage.partnerId().equals(model.partnerId());
                partnersOfChannels.add(coverage.partnerId());
                sharesOfChannels.add(Math.min(1.0, coverage.coverageShare()));
                commissionsOfChannels.add(own ? 0 : coverage.commissionRate() * demandPrice[d]);
            }
        }
        routeStart[rows] = plantsOfRoutes.size();
        channelStart[rows] = partnersOfChannels.size();
        routePlant = plantsOfRoutes.toArray();
        routeLine = linesOfRoutes.toArray();
        routeTariff = tariffOfRoutes.toArray();
        routeConversion = conversionOfRoutes.toArray();
        routeFreight = freightOfRoutes.toArray();
        channelPartner = partnersOfChannels.toArray(String[]::new);
        channelShare = sharesOfChannels.toArray();
        channelCommission = commissionsOfChannels.toArray();
    }

    int routeCount() {
        return routePlant.length;
    }

    /** Contribution of one vehicle on route r before any dealer commission. */
    double routeMargin(int d, int r) {
        return demandPrice[d] - demandMaterial[d] - routeTariff[r] - routeConversion[r] - routeFreight[r];
    }

    /** Vehicles of demand row d the coalition's dealers can reach: Σ channel shares, at most 1, × demand. */
    double reachUnits(int d) {
        double share = 0;
        for (int c = channelStart[d]; c < channelStart[d + 1]; c++) {
            share += channelShare[c];
        }
        return Math.min(1.0, share) * demands.get(d).unitsPerYear();
    }

    /** The cheapest commission per vehicle of demand row d's channels (0 when the owner covers it). */
    double cheapestCommission(int d) {
        double cheapest = Double.POSITIVE_INFINITY;
        for (int c = channelStart[d]; c < channelStart[d + 1]; c++) {
            cheapest = Math.min(cheapest, channelCommission[c]);
        }
        return cheapest;
    }

    String plantName(String plantId) {
        return plantNames.getOrDefault(plantId, plantId);
    }

    String partnerName(String partnerId) {
        return partnerNames.getOrDefault(partnerId, partnerId);
    }

    String platformName(String platformId) {
        return platformNames.getOrDefault(platformId, platformId);
    }

    String marketName(String marketId) {
        return marketNames.getOrDefault(marketId, marketId);
    }

    /** A growable double array, for the same reason as {@link IntList}. */
    private static final class DoubleList {
        private double[] values = new double[1024];
        private int size;

        void add(double value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        double[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
