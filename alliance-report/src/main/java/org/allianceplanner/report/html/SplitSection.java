package org.allianceplanner.report.html;

import static org.allianceplanner.report.html.Html.esc;

import java.util.List;
import java.util.Optional;
import org.allianceplanner.model.alliance.AllianceComparison;
import org.allianceplanner.model.game.SharingMethod;
import org.allianceplanner.report.SplitRow;
import org.allianceplanner.report.StudyView;

/** How the gain is split: the best alliance's gains per partner and method as a chart and a table, then the other alliances' tables. */
final class SplitSection extends AbstractSection {
    SplitSection(StudyView view, StringBuilder out) {
        super(view, out);
    }

    void write(AllianceComparison best) {
        List<SplitRow> rows = view.splitRows(best);
        List<SharingMethod> methods =
                rows.stream().map(SplitRow::method).distinct().toList();
        List<SplitChart.Bar> bars = rows.stream()
                .map(r -> new SplitChart.Bar(
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
                        .map(this::stability)
                        .orElse(""))
                .toList();
        out.append(
                        "<section id=\"split\"><h2>How the gain is split</h2><p class=\"lead\">Each partner's gain over standing alone under each sharing method for ")
                .append(esc(view.allianceName(best.partnerIds())))
                .append(". A split is stable, <b>in the core</b>, when " + esc(StudyView.CORE_IN_WORDS) + ".</p>");
        legend(best.partnerIds());
        out.append("<figure>")
                .append(SplitChart.svg("split-chart", methods, bars, marks, cur))
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
        out.append("<div class=\"scroll\"><table class=\"split\" data-alliance=\"")
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
                        .append(" <span class=\"muted gain\">(")
                        .append(r.gain() >= 0 ? "+" : "")
                        .append(esc(Html.millions(r.gain(), cur)))
                        .append(")</span>"));
                out.append("</td>");
                if (row.isPresent()) {
                    mark = stability(row.get());
                    stable = row.get().inCore();
                }
            }
            out.append("<td class=\"")
                    .append(stable ? "ok" : "bad")
                    .append("\">")
                    .append(esc(mark))
                    .append("</td></tr>");
        }
        out.append("</tbody></table></div>");
    }

    /** "in core ✓" or "blocked by X + Y gaining 264 M USD". */
    private String stability(SplitRow row) {
        return row.inCore()
                ? "in core ✓"
                : "blocked by " + view.allianceName(row.blockingCoalition()) + " gaining "
                        + Html.millions(row.blockingExcess(), cur);
    }
}
