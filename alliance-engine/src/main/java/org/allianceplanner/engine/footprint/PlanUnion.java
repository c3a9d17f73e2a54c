package org.allianceplanner.engine.footprint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.allianceplanner.model.footprint.DealerSale;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.footprint.LineDecision;
import org.allianceplanner.model.footprint.PlantDecision;
import org.allianceplanner.model.footprint.ProductionFlow;

/**
 * Puts the members' own plans side by side as one solution of the coalition's model. Each member's
 * plan uses only its own plants, lines, models and dealers, all of which the coalition has, so the
 * union is feasible and earns exactly the sum of the members' profits.
 */
final class PlanUnion {
    private final FootprintData data;

    PlanUnion(FootprintData data) {
        this.data = data;
    }

    FootprintModel.Solution solution(List<FootprintPlan> memberPlans) {
        Map<String, Integer> demandIndex = new HashMap<>();
        for (int d = 0; d < data.demands.size(); d++) {
            demandIndex.put(
                    key(data.demands.get(d).modelId(), data.demands.get(d).marketId()), d);
        }
        Map<String, Integer> lineIndex = new HashMap<>();
        for (int l = 0; l < data.lines.size(); l++) {
            lineIndex.put(key(data.lines.get(l).plantId(), data.lines.get(l).platformId()), l);
        }
        double[] x = new double[data.routeCount()];
        double[] s = new double[data.channelPartner.length];
        boolean[] open = new boolean[data.plants.size()];
        boolean[] lineOn = new boolean[data.lines.size()];
        boolean[] routeUsed = new boolean[x.length];
        for (int p = 0; p < open.length; p++) {
            open[p] = !data.plants.get(p).closureAllowed();
        }
        for (FootprintPlan plan : memberPlans) {
            for (PlantDecision plant : plan.plants()) {
                open[index(data.plantIndex, plant.plantId(), "plant")] = plant.open();
            }
            for (LineDecision line : plan.lines()) {
                lineOn[index(lineIndex, key(line.plantId(), line.platformId()), "line")] = line.running();
            }
            for (ProductionFlow flow : plan.flows()) {
                int d = index(demandIndex, key(flow.modelId(), flow.marketId()), "demand row");
                int plant = index(data.plantIndex, flow.plantId(), "plant");
                int route = -1;
                for (int r = data.routeStart[d]; r < data.routeStart[d + 1]; r++) {
                    if (data.routePlant[r] == plant) {
                        route = r;
                    }
                }
                if (route < 0) {
                    throw new IllegalArgumentException("A member's plan builds " + flow.modelId() + " at "
                            + flow.plantId() + " for " + flow.marketId() + ", a route the coalition lacks.");
                }
                x[route] += flow.unitsPerYear();
                routeUsed[route] = true;
            }
            for (DealerSale sale : plan.sales()) {
                int d = index(demandIndex, key(sale.modelId(), sale.marketId()), "demand row");
                for (int c = data.channelStart[d]; c < data.channelStart[d + 1]; c++) {
                    if (data.channelPartner[c].equals(sale.dealerPartnerId())) {
                        s[c] += sale.unitsPerYear();
                    }
                }
            }
        }
        // Lines without a binary follow their plant, as in the model.
        FootprintModel.Decisions decisions = new FootprintModel.Decisions(open, lineOn, routeUsed);
        FootprintModel.Solution withoutObjective = new FootprintModel.Solution(x, s, decisions, 0);
        double profit = new PlanDecoder(data).breakdown(withoutObjective).profit();
        return new FootprintModel.Solution(x, s, decisions, profit);
    }

    private static int index(Map<String, Integer> indices, String key, String what) {
        Integer index = indices.get(key);
        if (index == null) {
            throw new IllegalArgumentException(
                    "A member's plan names a " + what + " the coalition does not have: " + key.replace('\u0000', '/'));
        }
        return index;
    }

    private static String key(String a, String b) {
        return a + '\u0000' + b;
    }
}
