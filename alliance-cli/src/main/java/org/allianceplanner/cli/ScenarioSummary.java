package org.allianceplanner.cli;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.allianceplanner.model.geography.Country;
import org.allianceplanner.model.geography.Market;
import org.allianceplanner.model.geography.Tariff;
import org.allianceplanner.model.partner.CandidateCoalition;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.model.plant.ProductionBaseline;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.vehicle.Demand;
import org.allianceplanner.model.vehicle.Powertrain;
import org.allianceplanner.model.vehicle.VehicleModel;
import org.allianceplanner.report.text.TextTable;

/**
 * A readable summary of a scenario: partners, plants with today's utilization, models, markets,
 * vehicle tariffs and candidate coalitions. Utilization is today's production (the
 * production_baseline table) over plant capacity.
 */
final class ScenarioSummary {
    private static final double UNDER_USED = 0.6;

    private final Scenario scenario;
    private final Map<String, Double> builtByPlant;
    private final Map<String, Double> builtByModel;
    private final Map<String, Double> demandByModel;
    private final Map<String, VehicleModel> models;

    ScenarioSummary(Scenario scenario) {
        this.scenario = scenario;
        this.builtByPlant =
                sum(scenario.productionBaselines(), ProductionBaseline::plantId, ProductionBaseline::unitsPerYear);
        this.builtByModel =
                sum(scenario.productionBaselines(), ProductionBaseline::modelId, ProductionBaseline::unitsPerYear);
        this.demandByModel = sum(scenario.demands(), Demand::modelId, Demand::unitsPerYear);
        this.models =
                scenario.vehicleModels().stream().collect(Collectors.toMap(VehicleModel::modelId, Function.identity()));
    }

    String render() {
        StringBuilder text = new StringBuilder();
        text.append(scenario.settings().name()).append('\n');
        text.append(wrap(scenario.settings().description(), 100)).append("\n\n");
        text.append("Partners (volumes in vehicles per year)\n")
                .append(partners())
                .append('\n');
        text.append("Plants: today's production against capacity\n")
                .append(plants())
                .append('\n');
        text.append("Models\n").append(models()).append('\n');
        text.append("Markets: yearly demand and each partner's share of it\n")
                .append(markets())
                .append('\n');
        text.append("Tariffs on vehicles into each market (the most specific row applies)\n")
                .append(tariffs())
                .append('\n');
        text.append("Candidate alliances\n").append(coalitions());
        return text.toString();
    }

    private String partners() {
        TextTable table = new TextTable(
                "partner",
                "currency",
                ">plants",
                ">capacity",
                ">built today",
                ">utilization",
                ">demand",
                ">models",
                ">R&D programs");
        for (Partner partner : scenario.partners()) {
            String id = partner.partnerId();
            List<Plant> plants = scenario.plants().stream()
                    .filter(plant -> plant.partnerId().equals(id))
                    .toList();
            double capacity =
                    plants.stream().mapToDouble(Plant::capacityUnitsPerYear).sum();
            double built = plants.stream()
                    .mapToDouble(plant -> builtByPlant.getOrDefault(plant.plantId(), 0.0))
                    .sum();
            double demand = scenario.vehicleModels().stream()
                    .filter(model -> model.partnerId().equals(id))
                    .mapToDouble(model -> demandByModel.getOrDefault(model.modelId(), 0.0))
                    .sum();
            long modelCount = scenario.vehicleModels().stream()
                    .filter(model -> model.partnerId().equals(id))
                    .count();
            long programs = scenario.rndPrograms().stream()
                    .filter(program -> program.partnerId().equals(id))
                    .count();
            table.row(
                    partner.name(),
                    partner.currency(),
                    plants.size(),
                    units(capacity),
                    units(built),
                    percent(capacity == 0 ? 0 : built / capacity),
                    units(demand),
                    modelCount,
                    programs);
        }
        return table.render();
    }

    private String plants() {
        TextTable table = new TextTable("plant", "partner", "country", ">capacity", ">built today", ">utilization", "");
        scenario.plants().stream()
                .sorted(Comparator.comparing(Plant::partnerId).thenComparing(Plant::name))
                .forEach(plant -> {
                    double built = builtByPlant.getOrDefault(plant.plantId(), 0.0);
                    double utilization = plant.capacityUnitsPerYear() == 0 ? 0 : built / plant.capacityUnitsPerYear();
                    table.row(
                            plant.name(),
                            plant.partnerId(),
                            plant.countryId(),
                            units(plant.capacityUnitsPerYear()),
                            units(built),
                            percent(utilization),
                            utilization < UNDER_USED ? "<- under-used" : "");
                });
        return table.render();
    }

    private String models() {
        TextTable table =
                new TextTable("model", "partner", "platform", "powertrain", ">demand", ">built today", ">markets");
        for (VehicleModel model : scenario.vehicleModels()) {
            long markets = scenario.demands().stream()
                    .filter(demand -> demand.modelId().equals(model.modelId()) && demand.unitsPerYear() > 0)
                    .count();
            table.row(
                    model.name(),
                    model.partnerId(),
                    model.platformId(),
                    model.powertrain(),
                    units(demandByModel.getOrDefault(model.modelId(), 0.0)),
                    units(builtByModel.getOrDefault(model.modelId(), 0.0)),
                    markets);
        }
        return table.render();
    }

    private String markets() {
        String[] header = new String[3 + scenario.partners().size()];
        header[0] = "market";
        header[1] = "countries";
        header[2] = ">demand";
        for (int i = 0; i < scenario.partners().size(); i++) {
            header[3 + i] = ">" + scenario.partners().get(i).partnerId();
        }
        TextTable table = new TextTable(header);
        for (Market market : scenario.markets()) {
            Map<String, Double> byPartner = new LinkedHashMap<>();
            double total = 0;
            for (Demand demand : scenario.demands()) {
                if (demand.marketId().equals(market.marketId())) {
                    VehicleModel model = models.get(demand.modelId());
                    String owner = model == null ? "?" : model.partnerId();
                    byPartner.merge(owner, demand.unitsPerYear(), Double::sum);
                    total += demand.unitsPerYear();
                }
            }
            Object[] row = new Object[header.length];
            row[0] = market.name();
            row[1] = scenario.countries().stream()
                    .filter(country -> country.marketId().equals(market.marketId()))
                    .map(Country::countryId)
                    .collect(Collectors.joining(" "));
            row[2] = units(total);
            for (int i = 0; i < scenario.partners().size(); i++) {
                double units = byPartner.getOrDefault(scenario.partners().get(i).partnerId(), 0.0);
                row[3 + i] = total == 0 ? "-" : percent(units / total);
            }
            table.row(row);
        }
        return table.render();
    }

    private String tariffs() {
        TextTable table = new TextTable("into", "from", "product", ">rate", "legal basis");
        List<String> powertrains =
                Arrays.stream(Powertrain.values()).map(Enum::name).toList();
        scenario.tariffs().stream()
                .filter(tariff -> tariff.product().equals(Tariff.ANY) || powertrains.contains(tariff.product()))
                .sorted(Comparator.comparing(Tariff::marketId)
                        .thenComparing(
                                tariff -> tariff.originCountryId().equals(Tariff.ANY) ? "" : tariff.originCountryId())
                        .thenComparing(Tariff::product))
                .forEach(tariff -> table.row(
                        tariff.marketId(),
                        tariff.originCountryId().equals(Tariff.ANY) ? "any other" : tariff.originCountryId(),
                        tariff.product().equals(Tariff.ANY) ? "all" : tariff.product(),
                        rate(tariff.rate()),
                        shorten(tariff.legalBasis(), 70)));
        return table.render();
    }

    private String coalitions() {
        TextTable table = new TextTable("coalition", "members");
        for (CandidateCoalition coalition : scenario.candidateCoalitions()) {
            table.row(coalition.coalitionId(), String.join(" + ", coalition.partnerIds()));
        }
        return table.render();
    }

    private static <T> Map<String, Double> sum(List<T> rows, Function<T, String> key, ToDoubleFunction<T> value) {
        Map<String, Double> sums = new TreeMap<>();
        for (T row : rows) {
            sums.merge(key.apply(row), value.applyAsDouble(row), Double::sum);
        }
        return sums;
    }

    private static String units(double units) {
        return String.format(Locale.ROOT, "%,.0f", units);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    /** 25% and 6.1%: tariffs are often set to a tenth of a percent. */
    private static String rate(double rate) {
        double percent = rate * 100;
        return percent == Math.rint(percent)
                ? String.format(Locale.ROOT, "%.0f%%", percent)
                : String.format(Locale.ROOT, "%.1f%%", percent);
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private static String wrap(String text, int width) {
        StringBuilder wrapped = new StringBuilder();
        int lineLength = 0;
        for (String word : text.split("\\s+")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                wrapped.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                wrapped.append(' ');
                lineLength++;
            }
            wrapped.append(word);
            lineLength += word.length();
        }
        return wrapped.toString();
    }
}
