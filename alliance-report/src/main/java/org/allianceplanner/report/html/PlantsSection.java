package org.allianceplanner.report.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allianceplanner.model.alliance.AllianceComparison;
import org.allianceplanner.model.alliance.CoalitionResult;
import org.allianceplanner.model.footprint.PlantDecision;
import org.allianceplanner.report.StudyView;

/** Plant utilization of the best alliance's members, alone and in the alliance. */
final class PlantsSection extends AbstractSection {
    PlantsSection(StudyView view, StringBuilder out) {
        super(view, out);
    }

    void write(AllianceComparison best, Optional<CoalitionResult> joint) {
        Map<String, PlantDecision> alone = new LinkedHashMap<>();
        for (PlantDecision d : view.standalonePlants(best.partnerIds())) {
            alone.put(d.plantId(), d);
        }
        Map<String, PlantDecision> together = new LinkedHashMap<>();
        joint.ifPresent(c -> c.footprint().plan().plants().forEach(d -> together.put(d.plantId(), d)));
        List<String> plantIds = new ArrayList<>(alone.keySet());
        together.keySet().stream().filter(id -> !plantIds.contains(id)).forEach(plantIds::add);
        List<UtilizationChart.Row> rows = plantIds.stream()
                .map(id -> new UtilizationChart.Row(
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
                .append(UtilizationChart.svg("utilization", rows))
                .append("</figure></section>\n");
    }
}
