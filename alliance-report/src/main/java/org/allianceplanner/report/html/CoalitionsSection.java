package org.allianceplanner.report.html;

import static org.allianceplanner.report.html.Html.esc;

import java.util.Locale;
import org.allianceplanner.model.alliance.CoalitionResult;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.report.StudyView;

/** Every coalition planned, with its value, synergy and how its solves ended. */
final class CoalitionsSection extends AbstractSection {
    CoalitionsSection(StudyView view, StringBuilder out) {
        super(view, out);
    }

    void write() {
        out.append(
                        "<section id=\"coalitions\"><h2>Every coalition planned</h2><table class=\"coalitions sortable\"><thead><tr>")
                .append(
                        "<th>Coalition</th><th class=\"num\">Value</th><th class=\"num\">Footprint</th><th class=\"num\">Procurement</th>")
                .append(
                        "<th class=\"num\">R&amp;D</th><th class=\"num\">Synergy</th><th>How the solves ended</th><th class=\"num\">Seconds</th></tr></thead><tbody>");
        for (CoalitionResult c : view.result().coalitions()) {
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
}
