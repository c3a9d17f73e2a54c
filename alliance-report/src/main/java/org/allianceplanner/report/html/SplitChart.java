package org.allianceplanner.report.html;

import static org.allianceplanner.report.html.Html.esc;
import static org.allianceplanner.report.html.Html.num;
import static org.allianceplanner.report.html.Svg.FONT;
import static org.allianceplanner.report.html.Svg.gridY;
import static org.allianceplanner.report.html.Svg.open;
import static org.allianceplanner.report.html.Svg.text;
import static org.allianceplanner.report.html.Svg.yAxisTitle;

import java.util.List;
import org.allianceplanner.model.game.SharingMethod;

/** The split chart: each partner's gain under each sharing method, grouped by method, with its stability. */
final class SplitChart {
    private SplitChart() {}

    /** One bar of the split chart: a partner's gain under one method. */
    record Bar(SharingMethod method, String partnerId, String partnerName, double gain, String colour) {}

    /** Gains per method, grouped by method, one bar per partner, with each method's stability below. */
    static String svg(
            String id, List<SharingMethod> methods, List<Bar> bars, List<String> stabilityMarks, String currency) {
        int width = 760;
        int height = 360;
        int left = 78;
        int right = 12;
        int top = 20;
        int bottom = 62;
        double min = 0;
        double max = 0;
        for (Bar bar : bars) {
            min = Math.min(min, bar.gain());
            max = Math.max(max, bar.gain());
        }
        Axis axis = Axis.of(min, max, 5);
        double plotH = height - top - bottom;
        double plotW = width - left - right;
        StringBuilder svg = open(id, "split", width, height, "Gain per partner by sharing method");
        gridY(svg, axis, left, width - right, top, plotH, false);
        yAxisTitle(svg, top + plotH / 2, "Gain over standing alone, M " + currency + " per year");
        double slot = plotW / Math.max(1, methods.size());
        for (int m = 0; m < methods.size(); m++) {
            SharingMethod method = methods.get(m);
            List<Bar> group = bars.stream().filter(b -> b.method() == method).toList();
            double barW = slot * 0.75 / Math.max(1, group.size());
            double x0 = left + slot * m + slot * 0.125;
            for (int i = 0; i < group.size(); i++) {
                Bar bar = group.get(i);
                double y1 = axis.y(Math.max(0, bar.gain()), top, plotH);
                double y2 = axis.y(Math.min(0, bar.gain()), top, plotH);
                svg.append("<rect class=\"bar\" data-method=\"")
                        .append(method.label())
                        .append("\" data-partner=\"")
                        .append(esc(bar.partnerId()))
                        .append("\" data-value=\"")
                        .append(num(bar.gain()))
                        .append("\" x=\"")
                        .append(num(x0 + barW * i))
                        .append("\" y=\"")
                        .append(num(y1))
                        .append("\" width=\"")
                        .append(num(barW - 2))
                        .append("\" height=\"")
                        .append(num(Math.max(y2 - y1, 0)))
                        .append("\" fill=\"")
                        .append(bar.colour())
                        .append("\"><title>")
                        .append(esc(bar.partnerName() + ", " + method.label() + ": "
                                + Html.millions(bar.gain(), currency) + " per year"))
                        .append("</title></rect>");
            }
            double cx = left + slot * m + slot / 2;
            svg.append(text(cx, height - bottom + 18, method.label(), 12, "middle", "600"));
            String mark = stabilityMarks.get(m);
            svg.append("<text x=\"")
                    .append(num(cx))
                    .append("\" y=\"")
                    .append(num(height - bottom + 34))
                    .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"")
                    .append(mark.startsWith("in core") ? "#2e7d32" : "#b23b3b")
                    .append("\" ")
                    .append(FONT)
                    .append(">")
                    .append(esc(mark.startsWith("in core") ? "✓ in core" : "✗ not in core"))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }
}
