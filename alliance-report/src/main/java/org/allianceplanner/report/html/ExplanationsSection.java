package org.allianceplanner.report.html;

import static org.allianceplanner.report.html.Html.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allianceplanner.report.Explanation;
import org.allianceplanner.report.StudyView;

/** The sentences behind the plans, grouped by topic. */
final class ExplanationsSection extends AbstractSection {
    ExplanationsSection(StudyView view, StringBuilder out) {
        super(view, out);
    }

    void write() {
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
}
