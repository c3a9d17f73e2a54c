package org.allianceplanner.report.html;

import static org.allianceplanner.report.html.Html.esc;

import java.util.List;
import org.allianceplanner.model.alliance.AllianceComparison;
import org.allianceplanner.report.StudyView;

/** The synergy by lever: the best alliance's waterfall, then the other alliances' on one scale. */
final class SynergySection extends AbstractSection {
    SynergySection(StudyView view, StringBuilder out) {
        super(view, out);
    }

    void write(AllianceComparison best) {
        out.append("<section id=\"synergy\"><h2>Synergy by lever</h2><p class=\"lead\">What each lever adds for ")
                .append(esc(view.allianceName(best.partnerIds())))
                .append(", against its members' own best plans, in M ")
                .append(esc(cur))
                .append(" per year.</p><figure>")
                .append(WaterfallChart.svg(
                        "waterfall-best", view.allianceName(best.partnerIds()), best.synergy(), cur, false, 0, 0))
                .append("</figure>");
        List<AllianceComparison> others =
                view.multiPartnerAlliances().stream().filter(a -> a != best).toList();
        if (!others.isEmpty()) {
            double scaleMin = 0;
            double scaleMax = 0;
            for (AllianceComparison other : others) {
                double[] range = WaterfallChart.range(other.synergy());
                scaleMin = Math.min(scaleMin, range[0]);
                scaleMax = Math.max(scaleMax, range[1]);
            }
            out.append("<h3>The other alliances</h3><p class=\"lead\">On one scale, M ")
                    .append(esc(cur))
                    .append(" per year.</p><div class=\"multiples\">");
            for (AllianceComparison other : others) {
                out.append(WaterfallChart.svg(
                        "waterfall-" + other.coalitionId(),
                        "#" + view.allianceRank(other) + " " + view.allianceName(other.partnerIds()),
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
}
