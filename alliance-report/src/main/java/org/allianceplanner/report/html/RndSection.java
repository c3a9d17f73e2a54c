package org.allianceplanner.report.html;

import static org.allianceplanner.report.html.Html.esc;

import java.util.ArrayList;
import java.util.List;
import org.allianceplanner.model.plan.PlainNumber;
import org.allianceplanner.model.rnd.plan.ProgramGain;
import org.allianceplanner.model.rnd.plan.RndComparison;
import org.allianceplanner.model.rnd.plan.RndPlan;
import org.allianceplanner.report.StudyView;

/** The best alliance's R&amp;D time to market: the Gantt chart and each program's months saved. */
final class RndSection extends AbstractSection {
    RndSection(StudyView view, StringBuilder out) {
        super(view, out);
    }

    void write(RndComparison rnd) {
        List<GanttChart.Program> programs = new ArrayList<>();
        for (ProgramGain gain : rnd.gains()) {
            RndPlan standalone = rnd.standalonePlans().stream()
                    .filter(p -> p.program(gain.programId()).isPresent())
                    .findFirst()
                    .orElse(rnd.jointPlan());
            programs.add(new GanttChart.Program(
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
        out.append("<figure>").append(GanttChart.svg("gantt", programs)).append("</figure>");
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
}
