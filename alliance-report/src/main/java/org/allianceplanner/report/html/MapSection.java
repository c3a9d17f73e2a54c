package org.allianceplanner.report.html;

import static org.allianceplanner.report.html.Html.esc;

import java.util.List;
import java.util.Optional;
import org.allianceplanner.model.alliance.AllianceComparison;
import org.allianceplanner.model.alliance.CoalitionResult;
import org.allianceplanner.model.alliance.ScenarioOutline.MarketPlace;
import org.allianceplanner.model.alliance.ScenarioOutline.PlantPlace;
import org.allianceplanner.model.footprint.ProductionFlow;
import org.allianceplanner.report.StudyView;

/** The map of plants, markets and flows, standalone and joint, with the flows as a table. */
final class MapSection extends AbstractSection {
    MapSection(StudyView view, StringBuilder out) {
        super(view, out);
    }

    void write(AllianceComparison best, Optional<CoalitionResult> joint) {
        List<PlantPlace> plants = view.outline().plants().stream()
                .filter(p -> best.partnerIds().contains(p.partnerId()))
                .toList();
        List<ProductionFlow> standalone = view.standaloneFlows(best.partnerIds());
        List<ProductionFlow> jointFlows =
                joint.map(c -> c.footprint().plan().flows()).orElse(List.of());
        List<MarketPlace> markets = view.outline().markets();
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
                .append("</figure><details><summary>All ")
                .append(standalone.size() + jointFlows.size())
                .append(" flows, standalone and joint</summary><div class=\"scroll\"><table class=\"flows sortable\">")
                .append("<thead><tr><th>Plan</th><th>Model</th><th>Plant</th><th>Market</th>")
                .append("<th class=\"num\">Units/yr</th></tr></thead><tbody>");
        flowRows("standalone", standalone);
        flowRows("joint", jointFlows);
        out.append("</tbody></table></div></details></section>\n");
    }

    private void flowRows(String plan, List<ProductionFlow> flows) {
        for (ProductionFlow flow : flows) {
            out.append("<tr><td>")
                    .append(plan)
                    .append("</td><td>")
                    .append(esc(view.modelName(flow.modelId())))
                    .append("</td><td>")
                    .append(esc(view.plantName(flow.plantId())))
                    .append("</td><td>")
                    .append(esc(view.marketName(flow.marketId())))
                    .append("</td>");
            numCell(Html.units(flow.unitsPerYear()));
            out.append("</tr>");
        }
    }
}
