package org.allianceplanner.engine.footprint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.allianceplanner.model.footprint.BindingCapacity;
import org.allianceplanner.model.footprint.DealerSale;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.footprint.LineAction;
import org.allianceplanner.model.footprint.LineDecision;
import org.allianceplanner.model.footprint.PlantDecision;
import org.allianceplanner.model.footprint.ProductionFlow;
import org.allianceplanner.model.footprint.ProfitBreakdown;
import org.allianceplanner.model.footprint.UnmetCause;
import org.allianceplanner.model.footprint.UnmetDemand;
import org.allianceplanner.model.plan.Money;
import org.allianceplanner.model.plan.SolveReport;
import org.allianceplanner.model.plant.LineStatus;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.model.plant.PlatformLine;
import org.allianceplanner.model.vehicle.Demand;
import org.allianceplanner.model.vehicle.VehicleModel;
import org.jspecify.annotations.Nullable;

/** Turns a solution of the footprint model into the immutable plan, with its explanations. */
final class PlanDecoder {
    /** Half a vehicle: less unmet demand than this is rounding, not a finding. */
    private static final double UNIT_TOLERANCE = 0.5;
    /** A shadow price below a cent per vehicle is solver noise. */
    private static final double DUAL_TOLERANCE = 0.01;

    private final FootprintData data;

    PlanDecoder(FootprintData data) {
        this.data = data;
    }

    ProfitBreakdown breakdown(FootprintModel.Solution solution) {
        double revenue = 0;
        double tariffs = 0;
        double conversion = 0;
        double materials = 0;
        double freight = 0;
        for (int d = 0; d < data.demands.size(); d++) {
            for (int r = data.routeStart[d]; r < data.routeStart[d + 1]; r++) {
                double units = solution.x()[r];
                revenue += units * data.demandPrice[d];
                tariffs += units * data.routeTariff[r];
                conversion += units * data.routeConversion[r];
                materials += units * data.demandMaterial[d];
                freight += units * data.routeFreight[r];
            }
        }
        double commission = 0;
        for (int c = 0; c < solution.s().length; c++) {
            commission += solution.s()[c] * data.channelCommission[c];
        }
        double plantFixed = 0;
        double closure = 0;
        for (int p = 0; p < data.plants.size(); p++) {
            if (solution.decisions().open()[p]) {
                plantFixed += data.plantFixed[p];
            } else {
                closure += data.plantClosureAnnual[p];
            }
        }
        double lineFixed = 0;
        double installation = 0;
        for (int l = 0; l < data.lines.size(); l++) {
            if (solution.decisions().lineOn()[l]) {
                lineFixed += data.lineFixed[l];
                installation += data.lineInstallationAnnual[l];
            }
        }
        return new ProfitBreakdown(
                revenue,
                tariffs,
                conversion,
                materials,
                freight,
                commission,
                plantFixed,
                closure,
                lineFixed,
                installation);
    }

    FootprintPlan decode(
            FootprintModel.Solution solution,
            SolveReport report,
            FootprintModel.@Nullable Duals duals,
            boolean warmStarted) {
        double[] x = solution.x();
        double[] plantUnits = new double[data.plants.size()];
        double[] lineUnits = new double[data.lines.size()];
        List<ProductionFlow> flows = new ArrayList<>();
        for (int d = 0; d < data.demands.size(); d++) {
            Demand demand = data.demands.get(d);
            for (int r = data.routeStart[d]; r < data.routeStart[d + 1]; r++) {
                if (x[r] > 0) {
                    plantUnits[data.routePlant[r]] += x[r];
                    lineUnits[data.routeLine[r]] += x[r];
                    flows.add(new ProductionFlow(
                            demand.modelId(),
                            data.plants.get(data.routePlant[r]).plantId(),
                            demand.marketId(),
                            x[r]));
                }
            }
        }
        List<DealerSale> sales = new ArrayList<>();
        for (int d = 0; d < data.demands.size(); d++) {
            Demand demand = data.demands.get(d);
            for (int c = data.channelStart[d]; c < data.channelStart[d + 1]; c++) {
                if (solution.s()[c] > 0) {
                    sales.add(new DealerSale(
                            demand.modelId(), demand.marketId(), data.channelPartner[c], solution.s()[c]));
                }
            }
        }
        boolean[] open = solution.decisions().open();
        List<PlantDecision> plants = new ArrayList<>();
        for (int p = 0; p < data.plants.size(); p++) {
            Plant plant = data.plants.get(p);
            plants.add(new PlantDecision(
                    plant.plantId(), plant.partnerId(), open[p], plant.capacityUnitsPerYear(), plantUnits[p]));
        }
        boolean[] lineOn = solution.decisions().lineOn();
        boolean[] closesExistingLine = new boolean[data.plants.size()];
        for (int l = 0; l < data.lines.size(); l++) {
            if (data.lines.get(l).status() == LineStatus.EXISTING && !lineOn[l]) {
                closesExistingLine[data.linePlant[l]] = true;
            }
        }
        List<LineDecision> lines = new ArrayList<>();
        for (int l = 0; l < data.lines.size(); l++) {
            PlatformLine line = data.lines.get(l);
            LineAction action;
            if (line.status() == LineStatus.EXISTING) {
                action = lineOn[l] ? LineAction.KEPT : LineAction.CLOSED;
            } else if (!lineOn[l]) {
                action = LineAction.NOT_INSTALLED;
            } else {
                action = closesExistingLine[data.linePlant[l]] ? LineAction.RETOOLED : LineAction.OPENED;
            }
            lines.add(new LineDecision(
                    line.plantId(),
                    line.platformId(),
                    action,
                    line.capacityUnitsPerYear(),
                    lineUnits[l],
                    line.status() == LineStatus.EXISTING ? 0 : line.leadTimeMonths()));
        }
        List<BindingCapacity> binding = duals == null ? List.of() : bindingCapacities(duals, plantUnits, lineUnits);
        List<UnmetDemand> unmet = duals == null ? List.of() : unmetDemand(solution, duals);
        return new FootprintPlan(
                data.members, report, flows, sales, plants, lines, breakdown(solution), binding, unmet, warmStarted);
    }

    private List<BindingCapacity> bindingCapacities(
            FootprintModel.Duals duals, double[] plantUnits, double[] lineUnits) {
        List<BindingCapacity> binding = new ArrayList<>();
        for (int p = 0; p < data.plants.size(); p++) {
            Plant plant = data.plants.get(p);
            if (duals.plantCapacity()[p] > DUAL_TOLERANCE && isFull(plantUnits[p], plant.capacityUnitsPerYear())) {
                binding.add(new BindingCapacity(
                        plant.plantId(),
                        null,
                        plant.capacityUnitsPerYear(),
                        duals.plantCapacity()[p],
                        String.format(
                                Locale.ROOT,
                                "%s (%s) runs full at %,.0f vehicles a year; one more vehicle of plant capacity there"
                                        + " would add %s of profit a year.",
                                plant.name(),
                                data.partnerName(plant.partnerId()),
                                plant.capacityUnitsPerYear(),
                                money(duals.plantCapacity()[p]))));
            }
        }
        for (int l = 0; l < data.lines.size(); l++) {
            PlatformLine line = data.lines.get(l);
            if (duals.lineCapacity()[l] > DUAL_TOLERANCE && isFull(lineUnits[l], line.capacityUnitsPerYear())) {
                binding.add(new BindingCapacity(
                        line.plantId(),
                        line.platformId(),
                        line.capacityUnitsPerYear(),
                        duals.lineCapacity()[l],
                        String.format(
                                Locale.ROOT,
                                "The %s line at %s runs full at %,.0f vehicles a year; one more vehicle of line"
                                        + " capacity would add %s of profit a year.",
                                data.platformName(line.platformId()),
                                data.plantName(line.plantId()),
                                line.capacityUnitsPerYear(),
                                money(duals.lineCapacity()[l]))));
            }
        }
        binding.sort(Comparator.comparingDouble(BindingCapacity::marginalValuePerUnit)
                .reversed());
        return binding;
    }

    private static boolean isFull(double units, double capacity) {
        return units >= capacity - Math.max(UNIT_TOLERANCE, 1e-9 * capacity);
    }

    private List<UnmetDemand> unmetDemand(FootprintModel.Solution solution, FootprintModel.Duals duals) {
        List<UnmetDemand> unmet = new ArrayList<>();
        boolean[] open = solution.decisions().open();
        boolean[] lineOn = solution.decisions().lineOn();
        for (int d = 0; d < data.demands.size(); d++) {
            Demand demand = data.demands.get(d);
            double served = 0;
            for (int r = data.routeStart[d]; r < data.routeStart[d + 1]; r++) {
                served += solution.x()[r];
            }
            double missing = demand.unitsPerYear() - served;
            if (missing < UNIT_TOLERANCE) {
                continue;
            }
            VehicleModel model = data.demandModel[d];
            String what = String.format(
                    Locale.ROOT,
                    "%,.0f of the %,.0f %s wanted in %s",
                    missing,
                    demand.unitsPerYear(),
                    model.name(),
                    data.marketName(demand.marketId()));
            double reach = data.reachUnits(d);
            if (served >= reach - UNIT_TOLERANCE) {
                unmet.add(unmetDemand(
                        demand,
                        missing,
                        UnmetCause.DEALER_REACH,
                        String.format(
                                Locale.ROOT,
                                "%s stay unsold: the dealers of %s reach only %.0f %% of that market.",
                                capitalize(what),
                                String.join(
                                        " and ",
                                        data.members.stream()
                                                .map(data::partnerName)
                                                .toList()),
                                100 * reach / demand.unitsPerYear())));
                continue;
            }
            if (data.routeStart[d] == data.routeStart[d + 1]) {
                unmet.add(unmetDemand(
                        demand,
                        missing,
                        UnmetCause.NO_PRODUCTION_ROUTE,
                        String.format(
                                Locale.ROOT,
                                "%s cannot be built: no plant of the coalition has a %s line with a freight lane to"
                                        + " %s.",
                                capitalize(what),
                                data.platformName(model.platformId()),
                                data.marketName(demand.marketId()))));
                continue;
            }
            int best = -1;
            int bestRunning = -1;
            double commission = data.cheapestCommission(d);
            for (int r = data.routeStart[d]; r < data.routeStart[d + 1]; r++) {
                if (best < 0 || data.routeMargin(d, r) > data.routeMargin(d, best)) {
                    best = r;
                }
                boolean running = open[data.routePlant[r]] && lineOn[data.routeLine[r]];
                if (running && (bestRunning < 0 || data.routeMargin(d, r) > data.routeMargin(d, bestRunning))) {
                    bestRunning = r;
                }
            }
            double bestMargin = data.routeMargin(d, best) - commission;
            String bestPlant = data.plants.get(data.routePlant[best]).name();
            if (bestMargin <= 0) {
                unmet.add(unmetDemand(
                        demand,
                        missing,
                        UnmetCause.UNPROFITABLE,
                        String.format(
                                Locale.ROOT,
                                "%s stay unbuilt: every plant that could build them loses money; the best, %s, would"
                                        + " earn %s per vehicle after materials, tariff, conversion, freight and commission.",
                                capitalize(what),
                                bestPlant,
                                money(bestMargin))));
            } else if (bestRunning < 0) {
                unmet.add(unmetDemand(
                        demand,
                        missing,
                        UnmetCause.LINE_NOT_WORTH_RUNNING,
                        String.format(
                                Locale.ROOT,
                                "%s stay unbuilt: no plant that could build them runs a %s line, and running one"
                                        + " (e.g. at %s, %s per vehicle) costs more than these sales earn.",
                                capitalize(what),
                                data.platformName(model.platformId()),
                                bestPlant,
                                money(bestMargin))));
            } else {
                int p = data.routePlant[bestRunning];
                int l = data.routeLine[bestRunning];
                String full = duals.lineCapacity()[l] >= duals.plantCapacity()[p]
                        ? "its " + data.platformName(model.platformId()) + " line is full"
                        : "the plant is full";
                unmet.add(unmetDemand(
                        demand,
                        missing,
                        UnmetCause.CAPACITY,
                        String.format(
                                Locale.ROOT,
                                "%s stay unbuilt for lack of capacity: the best running plant, %s, would earn %s per"
                                        + " vehicle, but %s with vehicles that earn more.",
                                capitalize(what),
                                data.plants.get(p).name(),
                                money(data.routeMargin(d, bestRunning) - commission),
                                full)));
            }
        }
        unmet.sort(Comparator.comparingDouble(UnmetDemand::unmetUnitsPerYear).reversed());
        return unmet;
    }

    private static UnmetDemand unmetDemand(Demand demand, double missing, UnmetCause cause, String sentence) {
        return new UnmetDemand(demand.modelId(), demand.marketId(), demand.unitsPerYear(), missing, cause, sentence);
    }

    private String money(double amount) {
        return Money.format(amount, data.baseCurrency);
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
