package org.allianceplanner.io.report;

import static org.allianceplanner.io.report.Html.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.allianceplanner.model.alliance.AllianceComparison;
import org.allianceplanner.model.alliance.CoalitionResult;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.footprint.PlantDecision;
import org.allianceplanner.model.footprint.ProductionFlow;
import org.allianceplanner.model.game.Allocation;
import org.allianceplanner.model.game.SharingMethod;
import org.allianceplanner.model.geography.Market;
import org.allianceplanner.model.plan.PlainNumber;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.model.rnd.plan.ProgramGain;
import org.allianceplanner.model.rnd.plan.RndComparison;
import org.allianceplanner.model.rnd.plan.RndPlan;
import org.allianceplanner.model.sourcing.plan.CoalitionSourcing;
import org.allianceplanner.model.sourcing.plan.SourcingAward;
import org.allianceplanner.model.sourcing.plan.SourcingPlan;
import org.allianceplanner.model.sourcing.plan.TierReached;

/** Builds {@code report.html}: one self-contained page, charts and map as inline SVG. */
final class HtmlReport {
    private final StudyView view;
    private final String cur;
    private final StringBuilder out = new StringBuilder(256 * 1024);

    private HtmlReport(StudyView view) {
        this.view = view;
        this.cur = view.currency;
    }

    static String render(StudyView view) {
        return new HtmlReport(view).page();
    }

    private String page() {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Alliance study: ")
                .append(esc(view.result.scenarioName()))
                .append("</title>\n<style>")
                .append(CSS)
                .append("</style>\n</head>\n<body>\n");
        header();
        out.append("<main>");
        Optional<AllianceComparison> best = view.best();
        if (best.isPresent()) {
            headline(best.get());
            synergy(best.get());
            split(best.get());
        }
        alliances();
        if (best.isPresent()) {
            Optional<CoalitionResult> joint = view.coalitionOf(best.get());
            map(best.get(), joint);
            utilization(best.get(), joint);
            joint.map(CoalitionResult::sourcing).ifPresent(this::sourcing);
            joint.map(CoalitionResult::rnd).ifPresent(this::rnd);
        }
        coalitions();
        explanations();
        out.append("</main>\n<footer>Written by Alliance Planner from the study of <b>")
                .append(esc(view.result.scenarioName()))
                .append("</b> (inputs hash <code>")
                .append(esc(view.result.scenarioHash()))
                .append("</code>). Amounts in millions of ")
                .append(esc(cur))
                .append(" per year unless marked one-off. Map: Natural Earth 1:110m land (public domain).</footer>\n");
        out.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    private void header() {
        out.append("<header><div class=\"wrap\"><h1>Alliance study: ")
                .append(esc(view.result.scenarioName()))
                .append("</h1><p class=\"meta\">Levers: ")
                .append(esc(String.join(", ", view.result.levers())))
                .append(" · amounts in ")
                .append(esc(cur))
                .append(" · ")
                .append(view.result.coalitions().size())
                .append(" coalitions planned in ")
                .append(String.format(Locale.ROOT, "%.1f", view.result.seconds()))
                .append(" s</p><nav>");
        String[][] links = {
            {"headline", "Headline"}, {"synergy", "Synergy"}, {"split", "Split"}, {"alliances", "Alliances"},
            {"footprint", "Map"}, {"plants", "Plants"}, {"sourcing", "Sourcing"}, {"rnd", "R&D"},
            {"coalitions", "Coalitions"}, {"explanations", "Explanations"}
        };
        for (String[] link : links) {
            out.append("<a href=\"#")
                    .append(link[0])
                    .append("\">")
                    .append(esc(link[1]))
                    .append("</a>");
        }
        out.append("</nav></div></header>\n");
    }

    private void headline(AllianceComparison best) {
        long stable = best.sharing().allocations().stream()
                .filter(Allocation::defined)
                .filter(Allocation::inCore)
                .count();
        long defined = best.sharing().allocations().stream()
                .filter(Allocation::defined)
                .count();
        String stability = best.sharing().coreEmpty()
                ? "Core empty: some partners gain by leaving whatever the split (least-core value "
                        + Html.millions(best.sharing().leastCoreValue(), cur) + ")"
                : "Stable: the core is not empty; " + stable + " of " + defined + " splits are in it";
        out.append("<section id=\"headline\" class=\"cards\">");
        card(
                "Best alliance",
                view.allianceName(best.partnerIds()),
                "rank " + best.rank() + " of " + view.result.alliances().size());
        card(
                "Total synergy",
                Html.millions(best.synergy().total(), cur) + "/yr",
                "footprint " + Html.millions(best.synergy().footprint(), cur) + " · procurement "
                        + Html.millions(best.synergy().procurement(), cur) + " · R&D "
                        + Html.millions(best.synergy().rnd(), cur));
        card("Stability", best.sharing().coreEmpty() ? "Core empty" : "Core not empty ✓", stability);
        out.append("</section>\n");
    }

    private void card(String label, String value, String note) {
        out.append("<div class=\"card\"><div class=\"label\">")
                .append(esc(label))
                .append("</div><div class=\"value\">")
                .append(esc(value))
                .append("</div><div class=\"note\">")
                .append(esc(note))
                .append("</div></div>");
    }

    private void synergy(AllianceComparison best) {
        out.append("<section id=\"synergy\"><h2>Synergy by lever</h2><p class=\"lead\">What each lever adds for ")
                .append(esc(view.allianceName(best.partnerIds())))
                .append(", against its members' own best plans, in M ")
                .append(esc(cur))
                .append(" per year.</p><figure>")
                .append(Charts.waterfall(
                        "waterfall-best", view.allianceName(best.partnerIds()), best.synergy(), cur, false, 0, 0))
                .append("</figure>");
        List<AllianceComparison> others =
                view.multiPartnerAlliances().stream().filter(a -> a != best).toList();
        if (!others.isEmpty()) {
            double scaleMin = 0;
            double scaleMax = 0;
            for (AllianceComparison other : others) {
                double[] range = Charts.waterfallRange(other.synergy());
                scaleMin = Math.min(scaleMin, range[0]);
                scaleMax = Math.max(scaleMax, range[1]);
            }
            out.append("<h3>The other alliances</h3><p class=\"lead\">On one scale, M ")
                    .append(esc(cur))
                    .append(" per year.</p><div class=\"multiples\">");
            for (AllianceComparison other : others) {
                out.append(Charts.waterfall(
                        "waterfall-" + other.coalitionId(),
                        "#" + other.rank() + " " + view.allianceName(other.partnerIds()),
                        other.synergy(),
                        cur,
                        true,
                        scaleMin,
                        scaleMax));
            }
            out.append("</div>");
        }
        out.append("</section>\n");
    }

    private void split(AllianceComparison best) {
        List<SplitRow> rows = view.splitRows(best);
        List<SharingMethod> methods =
                rows.stream().map(SplitRow::method).distinct().toList();
        List<Charts.SplitBar> bars = rows.stream()
                .map(r -> new Charts.SplitBar(
                        r.method(),
                        r.partnerId(),
                        view.partnerName(r.partnerId()),
                        r.gain(),
                        view.colour(r.partnerId())))
                .toList();
        List<String> marks = methods.stream()
                .map(m -> rows.stream()
                        .filter(r -> r.method() == m)
                        .findFirst()
                        .map(view::stability)
                        .orElse(""))
                .toList();
        out.append(
                        "<section id=\"split\"><h2>How the gain is split</h2><p class=\"lead\">Each partner's gain over standing alone under each sharing method for ")
                .append(esc(view.allianceName(best.partnerIds())))
                .append(". A split is stable (in the core) when no group of partners would gain by leaving.</p>");
        legend(best.partnerIds());
        out.append("<figure>")
                .append(Charts.splitBars("split-chart", methods, bars, marks, cur))
                .append("</figure>");
        splitTable(best, rows, methods);
        List<AllianceComparison> others =
                view.multiPartnerAlliances().stream().filter(a -> a != best).toList();
        for (AllianceComparison other : others) {
            List<SplitRow> otherRows = view.splitRows(other);
            out.append("<details><summary>Split of ")
                    .append(esc(view.allianceName(other.partnerIds())))
                    .append("</summary>");
            splitTable(
                    other,
                    otherRows,
                    otherRows.stream().map(SplitRow::method).distinct().toList());
            out.append("</details>");
        }
        out.append("</section>\n");
    }

    private void splitTable(AllianceComparison alliance, List<SplitRow> rows, List<SharingMethod> methods) {
        out.append("<table class=\"split\" data-alliance=\"")
                .append(esc(alliance.coalitionId()))
                .append("\"><thead><tr><th>Method</th>");
        for (String partnerId : alliance.partnerIds()) {
            out.append("<th class=\"num\">")
                    .append(esc(view.partnerName(partnerId)))
                    .append(" value (gain)</th>");
        }
        out.append("<th>Stability</th></tr></thead><tbody>");
        for (SharingMethod method : methods) {
            out.append("<tr><td>").append(esc(method.label())).append("</td>");
            String mark = "";
            boolean stable = true;
            for (String partnerId : alliance.partnerIds()) {
                Optional<SplitRow> row = rows.stream()
                        .filter(r -> r.method() == method && r.partnerId().equals(partnerId))
                        .findFirst();
                out.append("<td class=\"num\">");
                row.ifPresent(r -> out.append(esc(Html.millions(r.value(), cur)))
                        .append(" <span class=\"muted\">(")
                        .append(r.gain() >= 0 ? "+" : "")
                        .append(esc(Html.millions(r.gain(), cur)))
                        .append(")</span>"));
                out.append("</td>");
                if (row.isPresent()) {
                    mark = view.stability(row.get());
                    stable = row.get().inCore();
                }
            }
            out.append("<td class=\"")
                    .append(stable ? "ok" : "bad")
                    .append("\">")
                    .append(esc(mark))
                    .append("</td></tr>");
        }
        out.append("</tbody></table>");
    }

    private void alliances() {
        out.append("<section id=\"alliances\"><h2>Candidate alliances, ranked</h2>")
                .append("<table class=\"alliances\"><thead><tr><th class=\"num\">Rank</th><th>Alliance</th>")
                .append(
                        "<th class=\"num\">Footprint</th><th class=\"num\">Procurement</th><th class=\"num\">R&amp;D</th>")
                .append("<th class=\"num\">Total synergy</th><th>Core</th><th class=\"num\">Least-core value</th>")
                .append("<th class=\"num\">Break-even friction</th></tr></thead><tbody>");
        for (AllianceComparison a : view.result.alliances()) {
            out.append("<tr data-alliance=\"")
                    .append(esc(a.coalitionId()))
                    .append("\" data-total=\"")
                    .append(Html.num(a.synergy().total()))
                    .append("\"><td class=\"num\">")
                    .append(a.rank())
                    .append("</td><td>")
                    .append(esc(view.allianceName(a.partnerIds())))
                    .append("</td>");
            numCell(Html.millions(a.synergy().footprint(), cur));
            numCell(
                    view.result.levers().contains("sourcing")
                            ? Html.millions(a.synergy().procurement(), cur)
                            : "not planned");
            numCell(
                    view.result.levers().contains("rnd")
                            ? Html.millions(a.synergy().rnd(), cur)
                            : "not planned");
            out.append("<td class=\"num strong\">")
                    .append(esc(Html.millions(a.synergy().total(), cur)))
                    .append("</td>");
            out.append(a.sharing().coreEmpty() ? "<td class=\"bad\">empty</td>" : "<td class=\"ok\">not empty ✓</td>");
            numCell(a.partnerIds().size() > 1 ? Html.millions(a.sharing().leastCoreValue(), cur) : "–");
            numCell(a.breakEven() == null ? "–" : StudyView.breakEvenText(a.breakEven()));
            out.append("</tr>");
        }
        out.append("</tbody></table></section>\n");
    }

    private void numCell(String text) {
        out.append("<td class=\"num\">").append(esc(text)).append("</td>");
    }

    private void map(AllianceComparison best, Optional<CoalitionResult> joint) {
        List<Plant> plants = view.scenario.plants().stream()
                .filter(p -> best.partnerIds().contains(p.partnerId()))
                .toList();
        List<ProductionFlow> standalone = view.standaloneFlows(best.partnerIds());
        List<ProductionFlow> jointFlows =
                joint.map(c -> c.footprint().plan().flows()).orElse(List.of());
        List<Market> markets = view.scenario.markets();
        out.append(
                        "<section id=\"footprint\"><h2>Plants, markets and flows</h2><p class=\"lead\">Where each model is built and sold, ")
                .append(
                        "standalone (each partner on its own) and joint. Circles are plants sized by capacity, squares are markets, ")
                .append(
                        "line width is volume.</p><div class=\"toggle\" role=\"group\" aria-label=\"Plan shown on the map\">")
                .append("<button type=\"button\" data-show=\"standalone\">Standalone</button>")
                .append("<button type=\"button\" data-show=\"joint\" class=\"active\">Joint</button></div>");
        legend(
                best.partnerIds(),
                "<span class=\"keys\">● plant, size by capacity</span><span class=\"keys\">□ market</span>"
                        + "<span class=\"keys\">— flow, width by units/yr</span>");
        out.append("<figure class=\"map\" data-showing=\"joint\">")
                .append(WorldMap.svg(view, plants, markets, standalone, jointFlows))
                .append(
                        "</figure><table class=\"flows\"><thead><tr><th>Plan</th><th>Model</th><th>Plant</th><th>Market</th>")
                .append("<th class=\"num\">Units/yr</th></tr></thead><tbody>");
        flowRows("standalone", standalone);
        flowRows("joint", jointFlows);
        out.append("</tbody></table></section>\n");
    }

    private void flowRows(String plan, List<ProductionFlow> flows) {
        for (ProductionFlow flow : flows) {
            out.append("<tr><td>")
                    .append(plan)
                    .append("</td><td>")
                    .append(esc(flow.modelId()))
                    .append("</td><td>")
                    .append(esc(view.plantName(flow.plantId())))
                    .append("</td><td>")
                    .append(esc(view.market(flow.marketId()).map(Market::name).orElse(flow.marketId())))
                    .append("</td>");
            numCell(Html.units(flow.unitsPerYear()));
            out.append("</tr>");
        }
    }

    private void legend(List<String> partnerIds) {
        legend(partnerIds, "");
    }

    private void legend(List<String> partnerIds, String extra) {
        out.append("<div class=\"legend\">");
        for (String id : partnerIds) {
            out.append("<span><i style=\"background:")
                    .append(view.colour(id))
                    .append("\"></i>")
                    .append(esc(view.partnerName(id)))
                    .append("</span>");
        }
        out.append(extra).append("</div>");
    }

    private void utilization(AllianceComparison best, Optional<CoalitionResult> joint) {
        Map<String, PlantDecision> alone = new LinkedHashMap<>();
        for (PlantDecision d : view.standalonePlants(best.partnerIds())) {
            alone.put(d.plantId(), d);
        }
        Map<String, PlantDecision> together = new LinkedHashMap<>();
        joint.ifPresent(c -> c.footprint().plan().plants().forEach(d -> together.put(d.plantId(), d)));
        List<String> plantIds = new ArrayList<>(alone.keySet());
        together.keySet().stream().filter(id -> !plantIds.contains(id)).forEach(plantIds::add);
        List<Charts.UtilizationRow> rows = plantIds.stream()
                .map(id -> new Charts.UtilizationRow(
                        id,
                        view.plantName(id),
                        view.colour(view.plantPartner(id)),
                        Optional.ofNullable(alone.get(id))
                                .map(PlantDecision::utilization)
                                .orElse(0.0),
                        Optional.ofNullable(together.get(id))
                                .map(PlantDecision::utilization)
                                .orElse(0.0)))
                .toList();
        out.append(
                        "<section id=\"plants\"><h2>Plant utilization</h2><p class=\"lead\">Units built over capacity, each partner alone (light) and in the alliance (full colour).</p><figure>")
                .append(Charts.utilization("utilization", rows))
                .append("</figure></section>\n");
    }

    private void sourcing(CoalitionSourcing sourcing) {
        out.append("<section id=\"sourcing\"><h2>Sourcing</h2><p class=\"lead\">Parts bought separately cost ")
                .append(esc(Html.millions(sourcing.separate().cost().total(), cur)))
                .append(" per year; pooled, ")
                .append(esc(Html.millions(sourcing.pooled().cost().total(), cur)))
                .append(": a saving of <b>")
                .append(esc(Html.millions(sourcing.saving(), cur)))
                .append("</b>.</p><h3>Awards, pooled</h3>");
        awards(sourcing.pooled());
        out.append("<details><summary>Awards, bought separately</summary>");
        awards(sourcing.separate());
        out.append(
                        "</details><h3>Price tiers reached</h3><table class=\"tiers\"><thead><tr><th>Plan</th><th>Supplier</th><th>Part</th>")
                .append(
                        "<th class=\"num\">Units/yr</th><th class=\"num\">Unit price</th><th>What it means</th></tr></thead><tbody>");
        tierRows("separate", sourcing.separate());
        tierRows("pooled", sourcing.pooled());
        out.append("</tbody></table></section>\n");
    }

    private void awards(SourcingPlan plan) {
        out.append("<table class=\"awards\"><thead><tr><th>Supplier</th><th>Part</th><th>Plant</th><th>Buyer</th>")
                .append(
                        "<th class=\"num\">Units/yr</th><th class=\"num\">Unit price</th><th class=\"num\">Landed cost</th></tr></thead><tbody>");
        for (SourcingAward award : plan.awards()) {
            out.append("<tr><td>")
                    .append(esc(award.supplierId()))
                    .append("</td><td>")
                    .append(esc(award.variantId()))
                    .append("</td><td>")
                    .append(esc(view.plantName(award.plantId())))
                    .append("</td><td>")
                    .append(esc(view.partnerName(award.buyerPartnerId())))
                    .append("</td>");
            numCell(Html.units(award.unitsPerYear()));
            numCell(String.format(Locale.ROOT, "%,.2f %s", award.unitPrice(), cur));
            numCell(Html.millions(award.landedCost(), cur));
            out.append("</tr>");
        }
        out.append("</tbody></table>");
    }

    private void tierRows(String planName, SourcingPlan plan) {
        for (TierReached tier : plan.tiers()) {
            out.append("<tr><td>")
                    .append(planName)
                    .append("</td><td>")
                    .append(esc(tier.supplierId()))
                    .append("</td><td>")
                    .append(esc(tier.variantId()))
                    .append("</td>");
            numCell(Html.units(tier.unitsPerYear()));
            numCell(String.format(Locale.ROOT, "%,.2f %s", tier.unitPrice(), cur));
            out.append("<td class=\"sentence\">").append(esc(tier.sentence())).append("</td></tr>");
        }
    }

    private void rnd(RndComparison rnd) {
        List<Charts.GanttProgram> programs = new ArrayList<>();
        for (ProgramGain gain : rnd.gains()) {
            RndPlan standalone = rnd.standalonePlans().stream()
                    .filter(p -> p.program(gain.programId()).isPresent())
                    .findFirst()
                    .orElse(rnd.jointPlan());
            programs.add(new Charts.GanttProgram(
                    gain.programId(), gain.name(), view.colour(gain.partnerId()), standalone, rnd.jointPlan()));
        }
        out.append(
                        "<section id=\"rnd\"><h2>R&amp;D time to market</h2><p class=\"lead\">Each program's tasks alone and in the alliance; ")
                .append(rnd.monthsSaved())
                .append(" program-months saved, worth ")
                .append(esc(Html.millions(rnd.synergyBase(), cur)))
                .append(" one-off");
        Double friction = rnd.jointPlan().frictionOverride();
        if (friction != null) {
            out.append("; friction ")
                    .append(esc(PlainNumber.of(friction)))
                    .append(" between every pair of members (--friction), not the scenario's friction table");
        }
        out.append(".</p>");
        legend(rnd.partnerIds());
        out.append("<figure>").append(Charts.gantt("gantt", programs)).append("</figure>");
        out.append(
                        "<table class=\"programs\"><thead><tr><th>Program</th><th>Partner</th><th class=\"num\">Ready alone (month)</th>")
                .append(
                        "<th class=\"num\">Ready jointly (month)</th><th class=\"num\">Months saved</th><th class=\"num\">Value, one-off</th></tr></thead><tbody>");
        for (ProgramGain gain : rnd.gains()) {
            out.append("<tr><td>")
                    .append(esc(gain.name()))
                    .append("</td><td>")
                    .append(esc(view.partnerName(gain.partnerId())))
                    .append("</td>");
            numCell(Integer.toString(gain.standaloneCompletionMonth()));
            numCell(Integer.toString(gain.jointCompletionMonth()));
            numCell(Integer.toString(gain.monthsSaved()));
            numCell(Html.millions(gain.valueBase(), cur));
            out.append("</tr>");
        }
        out.append("</tbody></table></section>\n");
    }

    private void coalitions() {
        out.append("<section id=\"coalitions\"><h2>Every coalition planned</h2><table class=\"coalitions\"><thead><tr>")
                .append(
                        "<th>Coalition</th><th class=\"num\">Value</th><th class=\"num\">Footprint</th><th class=\"num\">Procurement</th>")
                .append(
                        "<th class=\"num\">R&amp;D</th><th class=\"num\">Synergy</th><th>How the solves ended</th><th class=\"num\">Seconds</th></tr></thead><tbody>");
        for (CoalitionResult c : view.result.coalitions()) {
            FootprintPlan plan = c.footprint().plan();
            out.append("<tr data-coalition=\"")
                    .append(esc(c.coalitionId()))
                    .append("\"><td>")
                    .append(esc(view.allianceName(c.partnerIds())))
                    .append("</td>");
            numCell(Html.millions(c.value(), cur));
            numCell(Html.millions(c.synergy().footprint(), cur));
            numCell(Html.millions(c.synergy().procurement(), cur));
            numCell(Html.millions(c.synergy().rnd(), cur));
            out.append("<td class=\"num strong\">")
                    .append(esc(Html.millions(c.synergy().total(), cur)))
                    .append("</td>");
            boolean allPlans = plan.solve().hasPlan()
                    && (c.sourcing() == null || c.sourcing().pooled().solve().hasPlan())
                    && (c.rnd() == null || c.rnd().jointPlan().report().hasPlan());
            out.append("<td class=\"solves ")
                    .append(allPlans ? "" : "bad")
                    .append("\">footprint: ")
                    .append(esc(plan.solve().describe()));
            if (c.sourcing() != null) {
                out.append("<br>sourcing (pooled): ")
                        .append(esc(c.sourcing().pooled().solve().describe()));
            }
            if (c.rnd() != null) {
                out.append("<br>R&amp;D (joint): ")
                        .append(esc(c.rnd().jointPlan().report().describe()));
            }
            out.append("</td>");
            numCell(String.format(Locale.ROOT, "%.1f", c.seconds()));
            out.append("</tr>");
        }
        out.append("</tbody></table></section>\n");
    }

    private void explanations() {
        List<Explanation> explanations = view.explanations();
        out.append("<section id=\"explanations\"><h2>Why the plans look as they do</h2>");
        if (explanations.isEmpty()) {
            out.append(
                    "<p>No binding capacity, unmet demand, near tier, commonization or critical chain to report.</p>");
        }
        Map<String, List<Explanation>> byTopic = new LinkedHashMap<>();
        for (Explanation e : explanations) {
            byTopic.computeIfAbsent(e.topic(), k -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<String, List<Explanation>> entry : byTopic.entrySet()) {
            out.append("<h3>").append(esc(entry.getKey())).append("</h3><ul class=\"explanations\">");
            for (Explanation e : entry.getValue()) {
                out.append("<li><span class=\"tag\">")
                        .append(esc(e.plan()))
                        .append("</span> ")
                        .append(esc(e.sentence()))
                        .append("</li>");
            }
            out.append("</ul>");
        }
        out.append("</section>\n");
    }

    private static final String CSS =
            """
            :root{--ink:#1f2933;--muted:#616e7c;--line:#e4e7eb;--bg:#f7f9fb;--accent:#1f4e79}
            *{box-sizing:border-box}
            body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
            header{background:var(--accent);color:#fff;padding:18px 0 0}
            header h1{margin:0;font-size:22px;font-weight:600}
            header .meta{margin:4px 0 10px;color:#d5e3f0}
            header nav a{display:inline-block;color:#fff;text-decoration:none;padding:6px 10px;margin-right:2px;border-radius:4px 4px 0 0;font-size:13px}
            header nav a:hover{background:rgba(255,255,255,.15)}
            .wrap,main{max-width:1180px;margin:0 auto;padding:0 24px}
            main{padding-bottom:40px}
            section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:18px 22px;margin:18px 0}
            h2{font-size:18px;margin:0 0 4px;color:var(--accent)}
            h3{font-size:14px;margin:18px 0 6px}
            .lead{color:var(--muted);margin:0 0 12px}
            figure{margin:8px 0;overflow-x:auto}
            svg{max-width:100%;height:auto}
            .cards{display:grid;grid-template-columns:repeat(3,1fr);gap:14px;background:none;border:none;padding:0}
            .card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 18px;border-top:4px solid var(--accent)}
            .card .label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
            .card .value{font-size:22px;font-weight:650;margin:2px 0}
            .card .note{color:var(--muted);font-size:12px}
            .multiples{display:flex;flex-wrap:wrap;gap:12px}
            .multiples svg{border:1px solid var(--line);border-radius:6px}
            table{border-collapse:collapse;width:100%;margin:8px 0 12px;font-size:13px}
            th,td{padding:5px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
            th{background:#f0f3f6;font-weight:600}
            .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .strong{font-weight:650}
            .muted{color:var(--muted)}
            .ok{color:#2e7d32}
            .bad{color:#b23b3b}
            .sentence{color:#333}
            td.solves{font-size:12px;color:var(--muted)}
            .legend{display:flex;gap:16px;margin:6px 0;font-size:12px}
            .legend .keys{color:var(--muted)}
            .legend i{display:inline-block;width:12px;height:12px;border-radius:50%;margin-right:6px;vertical-align:-1px}
            .toggle{display:inline-flex;border:1px solid var(--accent);border-radius:6px;overflow:hidden;margin:4px 0}
            .toggle button{border:0;background:#fff;color:var(--accent);padding:5px 14px;font:inherit;cursor:pointer}
            .toggle button.active{background:var(--accent);color:#fff}
            figure.map svg{border:1px solid var(--line);border-radius:6px}
            figure.map[data-showing=joint] .layer-standalone,figure.map[data-showing=standalone] .layer-joint{display:none}
            details{margin:6px 0}
            summary{cursor:pointer;color:var(--accent)}
            ul.explanations{margin:4px 0 10px;padding-left:18px}
            ul.explanations li{margin:3px 0}
            .tag{display:inline-block;background:#eef2f6;color:var(--muted);border-radius:3px;padding:0 6px;font-size:11px}
            footer{max-width:1180px;margin:0 auto 30px;padding:0 24px;color:var(--muted);font-size:12px}
            @media print{header nav,.toggle{display:none}section{break-inside:avoid}}
            """;

    private static final String SCRIPT =
            """
            document.querySelectorAll('.toggle button').forEach(function (button) {
              button.addEventListener('click', function () {
                var figure = button.closest('section').querySelector('figure.map');
                figure.setAttribute('data-showing', button.getAttribute('data-show'));
                button.parentNode.querySelectorAll('button').forEach(function (b) { b.classList.toggle('active', b === button); });
              });
            });
            """;
}
