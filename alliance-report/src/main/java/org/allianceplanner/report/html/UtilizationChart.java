package org.allianceplanner.report.html;

import static org.allianceplanner.report.html.Html.esc;
import static org.allianceplanner.report.html.Html.num;
import static org.allianceplanner.report.html.Svg.fitted;
import static org.allianceplanner.report.html.Svg.legendBox;
import static org.allianceplanner.report.html.Svg.line;
import static org.allianceplanner.report.html.Svg.open;
import static org.allianceplanner.report.html.Svg.text;

import java.util.List;

/** Plant utilization: each plant's share of capacity used, standalone (light) and joint (full colour). */
final class UtilizationChart {
    private UtilizationChart() {}

    /** One plant's utilization standalone and joint. */
    record Row(String plantId, String label, String colour, double standalone, double joint) {}

    /** Horizontal bars: each plant's utilization standalone (light) and joint (full colour). */
    static String svg(String id, List<Row> rows) {
        int left = 230;
        int right = 60;
        int width = 760;
        int rowH = 30;
        int top = 34;
        int height = top + rowH * rows.size() + 34;
        double max = 1;
        for (Row row : rows) {
            max = Math.max(max, Math.max(row.standalone(), row.joint()));
        }
        double plotW = width - left - right;
        StringBuilder svg = open(id, "utilization", width, height, "Plant utilization, standalone and joint");
        legendBox(svg, left, 14, "#9aa5b1", 0.45, "standalone");
        legendBox(svg, left + 110, 14, "#9aa5b1", 1, "joint");
        for (int tick = 0; tick <= Math.round(max * 4); tick++) {
            double share = tick / 4.0;
            double x = left + plotW * share / max;
            svg.append(line(
                    x,
                    top - 4,
                    x,
                    top + rowH * rows.size(),
                    tick == 4 ? "#c23b22" : "#e3e6ea",
                    1,
                    tick == 4 ? "4,3" : ""));
            svg.append(text(x, top + rowH * rows.size() + 14, Html.percent(share), 10, "middle", "400"));
        }
        svg.append(text(left + plotW / 2, height - 4, "Share of plant capacity used", 11, "middle", "400"));
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double y = top + rowH * i;
            svg.append(fitted(left - 8, y + 19, row.label(), 11, "end", "400", left - 16));
            utilizationBar(svg, row, "standalone", row.standalone(), left, y + 4, plotW / max, 0.45);
            utilizationBar(svg, row, "joint", row.joint(), left, y + 15, plotW / max, 1);
        }
        return svg.append("</svg>").toString();
    }

    private static void utilizationBar(
            StringBuilder svg, Row row, String plan, double share, double x, double y, double scale, double opacity) {
        svg.append("<rect class=\"bar\" data-plant=\"")
                .append(esc(row.plantId()))
                .append("\" data-plan=\"")
                .append(plan)
                .append("\" data-value=\"")
                .append(num(share))
                .append("\" x=\"")
                .append(num(x))
                .append("\" y=\"")
                .append(num(y))
                .append("\" width=\"")
                .append(num(Math.max(share * scale, 0.5)))
                .append("\" height=\"10\" fill=\"")
                .append(row.colour())
                .append("\" fill-opacity=\"")
                .append(num(opacity))
                .append("\"><title>")
                .append(esc(row.label() + ", " + plan + ": " + Html.percent(share)))
                .append("</title></rect>");
        svg.append(text(x + share * scale + 4, y + 9, Html.percent(share), 9, "start", "400"));
    }
}
