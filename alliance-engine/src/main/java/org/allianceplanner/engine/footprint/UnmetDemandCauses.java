package org.allianceplanner.engine.footprint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.allianceplanner.model.footprint.UnmetCause;
import org.allianceplanner.model.footprint.UnmetDemand;
import org.allianceplanner.model.geography.Country;
import org.allianceplanner.model.plan.Money;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.model.plant.PlatformLine;
import org.allianceplanner.model.vehicle.Demand;
import org.allianceplanner.model.vehicle.VehicleModel;

/** Why a footprint plan leaves demand unserved: the limit that binds each short demand row. */
final class UnmetDemandCauses {
    private static final double UNIT_TOLERANCE = PlanDecoder.UNIT_TOLERANCE;
    private static final double DUAL_TOLERANCE = PlanDecoder.DUAL_TOLERANCE;

    private final FootprintData data;

    UnmetDemandCauses(FootprintData data) {
        this.data = data;
    }

    /**
     * Each demand row the plan leaves short, with the limit that binds it in the linear program with the
     * plan's plants and lines fixed, checked in this order on the row's own activities and duals:
     *
     * <ol>
     *   <li>no route at all: no plant has a line of the platform and a freight lane to the market;
     *   <li>no dealer of the coalition in the market;
     *   <li>dealer reach: every channel sells all it reaches (s_c = σ_c·D_d), or some do and their reach
     *       is worth more (β_d − κ_c &gt; 0) while the channels with reach left cost more commission than
     *       a vehicle earns there;
     *   <li>no profitable route: every route's margin after the commission of the cheapest channel with
     *       reach left is at most 0; the tariff is named when without it some route would earn;
     *   <li>no running line: profitable routes exist, but none through a plant and line the plan runs;
     *   <li>capacity: the best running route earns, but its plant or line is full with a shadow price
     *       at least that margin (the larger of the two duals is named).
     * </ol>
     *
     * The value of one more vehicle of reach is the row's balance dual β_d less the channel's
     * commission; at the optimum β_d is the best reduced margin of its running routes, margin_r − π_p −
     * λ_l, which is how it is computed here from the capacity duals (the same for GLOP and pricing).
     * When every channel is full but more reach is worth nothing, a production limit binds too, and the
     * sentence says so.
     */
    List<UnmetDemand> of(FootprintModel.Solution solution, FootprintModel.Duals duals) {
        List<UnmetDemand> unmet = new ArrayList<>();
        for (int d = 0; d < data.demands.size(); d++) {
            Demand demand = data.demands.get(d);
            double served = 0;
            for (int r = data.routeStart[d]; r < data.routeStart[d + 1]; r++) {
                served += solution.x()[r];
            }
            double missing = demand.unitsPerYear() - served;
            if (missing >= UNIT_TOLERANCE) {
                unmet.add(explainShortRow(d, solution, duals, missing));
            }
        }
        unmet.sort(Comparator.comparingDouble(UnmetDemand::unmetUnitsPerYear).reversed());
        return unmet;
    }

    private UnmetDemand explainShortRow(
            int d, FootprintModel.Solution solution, FootprintModel.Duals duals, double missing) {
        Demand demand = data.demands.get(d);
        VehicleModel model = data.demandModel[d];
        String market = data.marketName(demand.marketId());
        String what = capitalize(String.format(
                Locale.ROOT,
                "%,.0f of the %,.0f %s wanted in %s",
                missing,
                demand.unitsPerYear(),
                model.name(),
                market));
        if (data.routeStart[d] == data.routeStart[d + 1]) {
            return unmetDemand(
                    demand,
                    missing,
                    UnmetCause.NO_PRODUCTION_ROUTE,
                    String.format(
                            Locale.ROOT,
                            "%s cannot be built: no plant of the coalition has a %s line with a freight lane to %s.",
                            what,
                            data.platformName(model.platformId()),
                            market));
        }
        if (data.channelStart[d] == data.channelStart[d + 1]) {
            return unmetDemand(
                    demand,
                    missing,
                    UnmetCause.DEALER_REACH,
                    String.format(
                            Locale.ROOT,
                            "%s stay unsold: no dealer of %s sells in %s.",
                            what,
                            String.join(
                                    " or ",
                                    data.members.stream().map(data::partnerName).toList()),
                            market));
        }
        // Channels that sell all they reach, and among them those whose reach is worth more: the reduced
        // cost of their sales, β_d − κ_c, is positive.
        double value = balanceDual(d, duals, solution);
        List<Integer> full = new ArrayList<>();
        List<Integer> spare = new ArrayList<>();
        boolean reachPays = false;
        for (int c = data.channelStart[d]; c < data.channelStart[d + 1]; c++) {
            if (solution.s()[c] >= data.channelShare[c] * demand.unitsPerYear() - UNIT_TOLERANCE) {
                full.add(c);
                reachPays |= value - data.channelCommission[c] > DUAL_TOLERANCE;
            } else {
                spare.add(c);
            }
        }
        if (spare.isEmpty() || reachPays) {
            double share = 0;
            double bestReachValue = Double.NEGATIVE_INFINITY;
            for (int c : full) {
                share += data.channelShare[c];
                bestReachValue = Math.max(bestReachValue, value - data.channelCommission[c]);
            }
            String sentence = String.format(
                    Locale.ROOT,
                    "%s stay unsold: only %.0f %% of %s's demand is within reach of %s there, and the plan sells"
                            + " all of it",
                    what,
                    100 * Math.min(1, share),
                    market,
                    dealersOf(full));
            if (!reachPays) {
                sentence += "; more reach alone would sell no more: "
                        + productionLimit(d, data.cheapestCommission(d), solution, duals)
                                .reason() + ".";
            } else if (spare.isEmpty()) {
                sentence += String.format(
                        Locale.ROOT,
                        ". Each vehicle more within their reach would add %s of profit a year.",
                        money(bestReachValue));
            } else {
                double cheapestSpare = Double.POSITIVE_INFINITY;
                for (int c : spare) {
                    cheapestSpare = Math.min(cheapestSpare, data.channelCommission[c]);
                }
                sentence += String.format(
                        Locale.ROOT,
                        ". %s reach more, but a commission of at least %s per vehicle is more than a vehicle"
                                + " there earns (%s). Each vehicle more within reach of %s would add %s of profit a"
                                + " year.",
                        capitalize(dealersOf(spare)),
                        money(cheapestSpare),
                        money(value),
                        dealersOf(full),
                        money(bestReachValue));
            }
            return unmetDemand(demand, missing, UnmetCause.DEALER_REACH, sentence);
        }
        double commission = Double.POSITIVE_INFINITY;
        for (int c : spare) {
            commission = Math.min(commission, data.channelCommission[c]);
        }
        Finding finding = productionLimit(d, commission, solution, duals);
        return unmetDemand(demand, missing, finding.cause(), what + " stay unbuilt: " + finding.reason() + ".");
    }

    /** A production limit: its cause and the reason as a clause. */
    private record Finding(UnmetCause cause, String reason) {}

    /**
     * Why row {@code d} builds no more when selling one more vehicle costs {@code commission}: no route
     * earns (tariff or not), no running route earns, or the best running route's plant or line is full.
     */
    private Finding productionLimit(
            int d, double commission, FootprintModel.Solution solution, FootprintModel.Duals duals) {
        VehicleModel model = data.demandModel[d];
        int best = -1;
        int bestWithoutTariff = -1;
        int bestRunning = -1;
        for (int r = data.routeStart[d]; r < data.routeStart[d + 1]; r++) {
            double margin = data.routeMargin(d, r);
            if (best < 0 || margin > data.routeMargin(d, best)) {
                best = r;
            }
            if (bestWithoutTariff < 0
                    || margin + data.routeTariff[r]
                            > data.routeMargin(d, bestWithoutTariff) + data.routeTariff[bestWithoutTariff]) {
                bestWithoutTariff = r;
            }
            if (running(r, solution) && (bestRunning < 0 || margin > data.routeMargin(d, bestRunning))) {
                bestRunning = r;
            }
        }
        double bestMargin = data.routeMargin(d, best) - commission;
        if (bestMargin <= 0) {
            double untaxed = data.routeMargin(d, bestWithoutTariff) + data.routeTariff[bestWithoutTariff] - commission;
            if (untaxed > 0) {
                int r = bestWithoutTariff;
                Plant plant = data.plants.get(data.routePlant[r]);
                return new Finding(
                        UnmetCause.TARIFF,
                        String.format(
                                Locale.ROOT,
                                "the tariff makes every plant that could build them lose money; %s would earn %s per"
                                        + " vehicle without the %.0f %% tariff on them from %s into %s, and %s with it",
                                plant.name(),
                                money(untaxed),
                                100 * data.routeTariff[r] / data.demandPrice[d],
                                countryName(plant.countryId()),
                                data.marketName(data.demands.get(d).marketId()),
                                money(untaxed - data.routeTariff[r])));
            }
            return new Finding(
                    UnmetCause.UNPROFITABLE,
                    String.format(
                            Locale.ROOT,
                            "every plant that could build them loses money; the best, %s, would earn %s per vehicle"
                                    + " after materials, tariff, conversion, freight and commission",
                            data.plants.get(data.routePlant[best]).name(),
                            money(bestMargin)));
        }
        if (bestRunning < 0 || data.routeMargin(d, bestRunning) - commission <= 0) {
            return new Finding(
                    UnmetCause.LINE_NOT_WORTH_RUNNING,
                    String.format(
                            Locale.ROOT,
                            "no plant that could build them at a profit runs a %s line, and running one (e.g. at %s,"
                                    + " %s per vehicle) costs more than these sales earn",
                            data.platformName(model.platformId()),
                            data.plants.get(data.routePlant[best]).name(),
                            money(bestMargin)));
        }
        int p = data.routePlant[bestRunning];
        int l = data.routeLine[bestRunning];
        double plantDual = duals.plantCapacity()[p];
        double lineDual = duals.lineCapacity()[l];
        // Both duals at zero would leave the route a positive reduced cost, which an optimal program does
        // not: only solver tolerance gets here, and then the full one of the two is named.
        boolean lineBinds = lineDual > DUAL_TOLERANCE || plantDual > DUAL_TOLERANCE
                ? lineDual >= plantDual
                : PlanDecoder.isFull(lineUnits(l, solution), data.lines.get(l).capacityUnitsPerYear());
        Plant plant = data.plants.get(p);
        String margin = money(data.routeMargin(d, bestRunning) - commission);
        if (lineBinds) {
            PlatformLine line = data.lines.get(l);
            return new Finding(
                    UnmetCause.LINE_CAPACITY,
                    String.format(
                            Locale.ROOT,
                            "the best running plant for them, %s, would earn %s per vehicle, but its %s line is full"
                                    + " at %,.0f vehicles a year with vehicles that earn more (one more vehicle of line"
                                    + " capacity would add %s a year)",
                            plant.name(),
                            margin,
                            data.platformName(line.platformId()),
                            line.capacityUnitsPerYear(),
                            money(lineDual)));
        }
        return new Finding(
                UnmetCause.PLANT_CAPACITY,
                String.format(
                        Locale.ROOT,
                        "the best running plant for them, %s, would earn %s per vehicle, but the plant is full at"
                                + " %,.0f vehicles a year with vehicles that earn more (one more vehicle of plant"
                                + " capacity would add %s a year)",
                        plant.name(),
                        margin,
                        plant.capacityUnitsPerYear(),
                        money(plantDual)));
    }

    /**
     * The row's balance dual β_d: what one more vehicle sold in row d earns before commission, the best
     * margin_r − π_p − λ_l of its running routes (at least 0: no route need build it).
     */
    private double balanceDual(int d, FootprintModel.Duals duals, FootprintModel.Solution solution) {
        double best = 0;
        for (int r = data.routeStart[d]; r < data.routeStart[d + 1]; r++) {
            if (running(r, solution)) {
                best = Math.max(
                        best,
                        data.routeMargin(d, r)
                                - duals.plantCapacity()[data.routePlant[r]]
                                - duals.lineCapacity()[data.routeLine[r]]);
            }
        }
        return best;
    }

    private boolean running(int r, FootprintModel.Solution solution) {
        return solution.decisions().open()[data.routePlant[r]]
                && solution.decisions().lineOn()[data.routeLine[r]];
    }

    private double lineUnits(int l, FootprintModel.Solution solution) {
        double units = 0;
        for (int r = 0; r < data.routeCount(); r++) {
            units += data.routeLine[r] == l ? solution.x()[r] : 0;
        }
        return units;
    }

    /** "Tesla's dealers", "the dealers of Nissan and Honda": the partners of {@code channels}. */
    private String dealersOf(List<Integer> channels) {
        List<String> partners = new ArrayList<>();
        for (int c : channels) {
            String name = data.partnerName(data.channelPartner[c]);
            if (!partners.contains(name)) {
                partners.add(name);
            }
        }
        return partners.size() == 1
                ? partners.get(0) + (partners.get(0).endsWith("s") ? "' dealers" : "'s dealers")
                : "the dealers of " + String.join(" and ", partners);
    }

    private String countryName(String countryId) {
        return data.scenario.countries().stream()
                .filter(country -> country.countryId().equals(countryId))
                .map(Country::name)
                .findFirst()
                .orElse(countryId);
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
