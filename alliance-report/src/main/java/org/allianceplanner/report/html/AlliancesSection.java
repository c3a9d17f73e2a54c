package org.allianceplanner.report.html;

import static org.allianceplanner.report.html.Html.esc;

import java.util.List;
import org.allianceplanner.model.alliance.AllianceComparison;
import org.allianceplanner.report.StudyView;

/**
 * The candidate alliances of two or more partners, ranked, with their synergy lever by lever, core and
 * break-even friction; then the partners alone, unranked, as the yardstick.
 */
final class AlliancesSection extends AbstractSection {
    AlliancesSection(StudyView view, StringBuilder out) {
        super(view, out);
    }

    void write() {
        out.append("<section id=\"alliances\"><h2>Candidate alliances, ranked</h2>")
                .append("<p class=\"lead\">Synergy is what an alliance earns above its members' own best plans. ")
                .append("<b>Core</b>: whether some split of the gain leaves every group content (")
                .append(esc(StudyView.CORE_IN_WORDS))
                .append("). <b>Least core</b>: ")
                .append(esc(StudyView.LEAST_CORE_IN_WORDS))
                .append(".</p><div class=\"scroll\"><table class=\"alliances sortable\"><thead><tr>")
                .append("<th class=\"num\">Rank</th><th>Alliance</th>")
                .append(
                        "<th class=\"num\">Footprint</th><th class=\"num\">Procurement</th><th class=\"num\">R&amp;D</th>")
                .append("<th class=\"num\">Total synergy</th><th>Core (a split no group would leave)</th>")
                .append("<th class=\"num\">Least core (smallest gain from leaving)</th>")
                .append("<th class=\"num\">Break-even friction</th></tr></thead><tbody>");
        for (AllianceComparison a : view.multiPartnerAlliances()) {
            out.append("<tr data-alliance=\"")
                    .append(esc(a.coalitionId()))
                    .append("\" data-total=\"")
                    .append(Html.num(a.synergy().total()))
                    .append("\"><td class=\"num\">")
                    .append(view.allianceRank(a))
                    .append("</td><td>")
                    .append(esc(view.allianceName(a.partnerIds())))
                    .append("</td>");
            levers(a);
            out.append(
                    a.sharing().coreEmpty()
                            ? "<td class=\"bad\">empty: some group gains by leaving whatever the split</td>"
                            : "<td class=\"ok\">not empty ✓</td>");
            numCell(Html.millions(a.sharing().leastCoreValue(), cur));
            numCell(a.breakEven() == null ? "–" : StudyView.breakEvenText(a.breakEven()));
            out.append("</tr>");
        }
        out.append("</tbody></table></div>");
        List<AllianceComparison> alone = view.partnersAlone();
        if (!alone.isEmpty()) {
            out.append("<h3>Partners alone</h3><p class=\"lead\">The yardstick: each partner's own best plan has no")
                    .append(" synergy by definition, so it is not ranked with the alliances.</p>")
                    .append("<table class=\"alone\"><thead><tr><th>Partner</th>")
                    .append("<th class=\"num\">Value of its own plan</th></tr></thead><tbody>");
            for (AllianceComparison a : alone) {
                out.append("<tr data-partner=\"")
                        .append(esc(a.partnerIds().get(0)))
                        .append("\"><td>")
                        .append(esc(view.partnerName(a.partnerIds().get(0))))
                        .append("</td>");
                numCell(Html.millions(view.allianceValue(a), cur));
                out.append("</tr>");
            }
            out.append("</tbody></table>");
        }
        out.append("</section>\n");
    }

    private void levers(AllianceComparison a) {
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
    }
}
