package org.allianceplanner.report.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.allianceplanner.model.alliance.ScenarioOutline;
import org.allianceplanner.model.footprint.BindingCapacity;
import org.allianceplanner.model.footprint.CoalitionFootprint;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.footprint.FootprintStudyResult;
import org.allianceplanner.model.footprint.ProfitBreakdown;
import org.allianceplanner.model.footprint.UnmetDemand;
import org.allianceplanner.report.PlanDecisions;

/**
 * Prints the footprint lever's results: each partner alone, each coalition with its synergy and
 * where it comes from, and what each coalition plan changes, with its explanations.
 */
final class FootprintSection {
    private static final int FINDINGS_SHOWN = 5;

    private final ScenarioOutline outline;
    private final String currency;
    private final FootprintStudyResult result;
    private final Map<String, String> partnerNames = new HashMap<>();

    FootprintSection(ScenarioOutline outline, String currency, FootprintStudyResult result) {
        this.outline = outline;
        this.currency = currency;
        this.result = result;
        outline.partners().forEach(partner -> partnerNames.put(partner.partnerId(), partner.name()));
    }

    String render() {
        StringBuilder text = new StringBuilder();
        text.append("Footprint lever: joint production and distribution (")
                .append(currency)
                .append(" million per year)\n\n");
        text.append("Each partner alone\n").append(standaloneTable()).append('\n');
        if (!result.coalitions().isEmpty()) {
            text.append("Each coalition against its members alone\n")
                    .append(coalitionTable())
                    .append('\n');
            text.append("Where the synergy comes from (joint minus alone; a cost saved is positive)\n")
                    .append(synergyTable())
                    .append('\n');
            for (CoalitionFootprint coalition : result.coalitions()) {
                text.append(changes(coalition)).append('\n');
            }
        }
        return text.toString();
    }

    private String standaloneTable() {
        TextTable table = breakdownTable("partner");
        for (FootprintPlan plan : result.standalone()) {
            addBreakdownRow(
                    table,
                    // A standalone plan is one of the scenario's partners'.
                    Objects.requireNonNull(partnerNames.get(plan.partnerIds().get(0))),
                    plan.breakdown(),
                    plan.solve().describe());
        }
        return table.render();
    }

    private static TextTable breakdownTable(String first) {
        return new TextTable(
                first,
                ">profit",
                ">revenue",
                ">tariffs",
                ">materials",
                ">conversion",
                ">freight",
                ">commission",
                ">plants",
                ">closures",
                ">lines",
                "solve");
    }

    private static void addBreakdownRow(TextTable table, String name, ProfitBreakdown breakdown, String solve) {
        table.row(
                name,
                millions(breakdown.profit()),
                millions(breakdown.revenue()),
                millions(breakdown.tariffs()),
                millions(breakdown.materials()),
                millions(breakdown.conversion()),
                millions(breakdown.freight()),
                millions(breakdown.commission()),
                millions(breakdown.plantFixed()),
                millions(breakdown.plantClosure()),
                millions(breakdown.lineFixed() + breakdown.lineInstallation()),
                solve);
    }

    private String coalitionTable() {
        TextTable table =
                new TextTable("coalition", ">joint profit", ">members alone", ">synergy", ">synergy %", "solve");
        for (CoalitionFootprint coalition : result.coalitions()) {
            table.row(
                    label(coalition),
                    millions(coalition.plan().profit()),
                    millions(coalition.standaloneProfit()),
                    signedMillions(coalition.synergy()),
                    String.format(
                            Locale.ROOT,
                            "%+.1f %%",
                            100 * coalition.synergy() / Math.max(1, Math.abs(coalition.standaloneProfit()))),
                    coalition.plan().solve().describe()
                            + (coalition.plan().warmStarted() ? "; members' own plans kept" : ""));
        }
        return table.render();
    }

    private String synergyTable() {
        TextTable table = new TextTable(
                "coalition",
                ">synergy",
                ">revenue",
                ">tariffs",
                ">materials",
                ">conversion",
                ">freight",
                ">commission",
                ">plants",
                ">closures",
                ">lines");
        for (CoalitionFootprint coalition : result.coalitions()) {
            ProfitBreakdown delta = coalition.synergyBreakdown();
            table.row(
                    label(coalition),
                    signedMillions(delta.profit()),
                    signedMillions(delta.revenue()),
                    signedMillions(-delta.tariffs()),
                    signedMillions(-delta.materials()),
                    signedMillions(-delta.conversion()),
                    signedMillions(-delta.freight()),
                    signedMillions(-delta.commission()),
                    signedMillions(-delta.plantFixed()),
                    signedMillions(-delta.plantClosure()),
                    signedMillions(-(delta.lineFixed() + delta.lineInstallation())));
        }
        return table.render();
    }

    private String changes(CoalitionFootprint coalition) {
        FootprintPlan plan = coalition.plan();
        PlanDecisions decisions = PlanDecisions.of(outline, plan);
        StringBuilder text = new StringBuilder(label(coalition) + ": what the joint plan does\n");
        for (PlanDecisions.ClosedPlant plant : decisions.closedPlants()) {
            text.append("  - closes ").append(plant.plantName()).append('\n');
        }
        for (PlanDecisions.LineChange line : decisions.lineChanges()) {
            text.append(String.format(
                    Locale.ROOT,
                    "  - %s the %s line at %s%s%n",
                    switch (line.action()) {
                        case OPENED -> "opens";
                        case RETOOLED -> "retools for";
                        default -> "closes";
                    },
                    line.platformName(),
                    line.plantName(),
                    line.running()
                            ? String.format(
                                    Locale.ROOT,
                                    ": %,.0f vehicles a year, ready after %d months",
                                    line.unitsPerYear(),
                                    line.leadTimeMonths())
                            : ""));
        }
        Map<String, Map<String, Double>> builtByPartner = new TreeMap<>();
        for (PlanDecisions.PartnerBuild build : decisions.builtForPartners()) {
            String key = String.format(
                    "%s vehicles built in %s plants", build.modelPartnerName(), build.builderPartnerName());
            builtByPartner
                    .computeIfAbsent(key, k -> new HashMap<>())
                    .merge(build.modelName(), build.unitsPerYear(), Double::sum);
        }
        builtByPartner.forEach((what, byModel) -> text.append(summary(what, byModel)));
        Map<String, Map<String, Double>> soldByPartner = new TreeMap<>();
        for (PlanDecisions.PartnerSale sale : decisions.soldForPartners()) {
            String key = String.format(
                    "%s vehicles sold through %s dealers", sale.modelPartnerName(), sale.dealerPartnerName());
            soldByPartner
                    .computeIfAbsent(key, k -> new HashMap<>())
                    .merge(sale.modelName() + " in " + sale.marketId(), sale.unitsPerYear(), Double::sum);
        }
        soldByPartner.forEach((what, byModel) -> text.append(summary(what, byModel)));
        List<BindingCapacity> binding = plan.bindingCapacities();
        for (BindingCapacity capacity : binding.subList(0, Math.min(FINDINGS_SHOWN, binding.size()))) {
            text.append("  * ").append(capacity.sentence()).append('\n');
        }
        if (binding.size() > FINDINGS_SHOWN) {
            text.append(String.format("  * … and %d more full plants or lines%n", binding.size() - FINDINGS_SHOWN));
        }
        List<UnmetDemand> unmet = plan.unmetDemand();
        for (UnmetDemand demand : unmet.subList(0, Math.min(FINDINGS_SHOWN, unmet.size()))) {
            text.append("  * ").append(demand.sentence()).append('\n');
        }
        if (unmet.size() > FINDINGS_SHOWN) {
            text.append(
                    String.format("  * … and %d more demand rows not fully served%n", unmet.size() - FINDINGS_SHOWN));
        }
        return text.toString();
    }

    /** "- 12,345 X vehicles built in Y plants, most of all: 9,000 A, 3,000 B, 345 C". */
    private static String summary(String what, Map<String, Double> unitsByItem) {
        double total =
                unitsByItem.values().stream().mapToDouble(Double::doubleValue).sum();
        List<String> top = unitsByItem.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(3)
                .map(entry -> String.format(Locale.ROOT, "%,.0f %s", entry.getValue(), entry.getKey()))
                .toList();
        return String.format(
                Locale.ROOT,
                "  - %,.0f %s%s: %s%s%n",
                total,
                what,
                unitsByItem.size() > top.size() ? ", most of all" : "",
                String.join(", ", top),
                unitsByItem.size() > top.size() ? ", …" : "");
    }

    private String label(CoalitionFootprint coalition) {
        return String.join(
                " + ", coalition.partnerIds().stream().map(partnerNames::get).toList());
    }

    static String millions(double amount) {
        return String.format(Locale.ROOT, "%,.1f", amount / 1e6);
    }

    static String signedMillions(double amount) {
        double rounded = Math.round(amount / 1e5) / 10.0;
        return String.format(Locale.ROOT, "%+,.1f", rounded == 0 ? 0.0 : rounded);
    }
}
