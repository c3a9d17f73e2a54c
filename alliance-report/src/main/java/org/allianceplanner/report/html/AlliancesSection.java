package org.allianceplanner.report.html;

import static org.allianceplanner.report.html.Html.esc;

import org.allianceplanner.model.alliance.AllianceComparison;
import org.allianceplanner.report.StudyView;

/** The candidate alliances, ranked, with their synergy lever by lever, core and break-even friction. */
final class AlliancesSection extends AbstractSection {
    AlliancesSection(StudyView view, StringBuilder out) {
        super(view, out);
    }

    void write() {
        out.append("<section id=\"alliances\"><h2>Candidate alliances, ranked</h2>")
                .append("<table class=\"alliances\"><thead><tr><th class=\"num\">Rank</th><th>Alliance</th>")
                .append(
                        "<th class=\"num\">Footprint</th><th class=\"num\">Procurement</th><th class=\"num\">R&amp;D</th>")
                .append("<th class=\"num\">Total synergy</th><th>Core</th><th class=\"num\">Least-core value</th>")
                .append("<th class=\"num\">Break-even friction</th></tr></thead><tbody>");
        for (AllianceComparison a : view.result().alliances()) {
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
                    view.result().levers().contains("sourcing")
                            ? Html.millions(a.synergy().procurement(), cur)
                            : "not planned");
            numCell(
                    view.result().levers().contains("rnd")
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
}
