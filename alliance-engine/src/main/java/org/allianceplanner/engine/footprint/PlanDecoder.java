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
import org.allianceplanner.model.footprint.UnmetDemand;
import org.allianceplanner.model.plan.Money;
import org.allianceplanner.model.plan.SolveReport;
import org.allianceplanner.model.plant.LineStatus;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.model.plant.PlatformLine;
import org.allianceplanner.model.vehicle.Demand;
import org.jspecify.annotations.Nullable;

/** Turns a solution of the footprint model into the immutable plan, with its explanations. */
final class PlanDecoder {
    /** Half a vehicle: less unmet demand than this is rounding, not a finding. */
    static final double UNIT_TOLERANCE = 0.5;
    /** A shadow price below a cent per vehicle is solver noise. */
    static final double DUAL_TOLERANCE = 0.01;

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
        List<UnmetDemand> unmet = duals == null ? List.of() : new UnmetDemandCauses(data).of(solution, duals);
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
                                Money.format(duals.plantCapacity()[p], data.baseCurrency))));
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
                                Money.format(duals.lineCapacity()[l], data.baseCurrency))));
            }
        }
        binding.sort(Comparator.comparingDouble(BindingCapacity::marginalValuePerUnit)
                .reversed());
        return binding;
    }

    static boolean isFull(double units, double capacity) {
        return units >= capacity - Math.max(UNIT_TOLERANCE, 1e-9 * capacity);
    }
}
