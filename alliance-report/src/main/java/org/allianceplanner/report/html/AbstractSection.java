package org.allianceplanner.report.html;

import static org.allianceplanner.report.html.Html.esc;

import java.util.List;
import org.allianceplanner.report.StudyView;

/**
 * A section of the page: appends its HTML to the page's buffer, with the table cells and legends every
 * section writes alike. Not thread-safe; one page is written by one thread.
 */
abstract class AbstractSection {
    final StudyView view;
    /** The currency of every amount. */
    final String cur;

    final StringBuilder out;

    AbstractSection(StudyView view, StringBuilder out) {
        this.view = view;
        this.cur = view.currency();
        this.out = out;
    }

    final void numCell(String text) {
        out.append("<td class=\"num\">").append(esc(text)).append("</td>");
    }

    final void legend(List<String> partnerIds) {
        legend(partnerIds, "");
    }

    final void legend(List<String> partnerIds, String extra) {
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
}
