package org.allianceplanner.report.html;

import static org.allianceplanner.report.html.Html.esc;
import static org.allianceplanner.report.html.Html.num;
import static org.allianceplanner.report.html.Svg.fitted;
import static org.allianceplanner.report.html.Svg.gridY;
import static org.allianceplanner.report.html.Svg.line;
import static org.allianceplanner.report.html.Svg.open;
import static org.allianceplanner.report.html.Svg.text;
import static org.allianceplanner.report.html.Svg.yAxisTitle;

import java.util.List;
import java.util.Locale;
import org.allianceplanner.model.alliance.LeverSynergy;

/** The synergy waterfall: each lever from the running total, then the total from zero. */
final class WaterfallChart {
    static final String FOOTPRINT_COLOUR = "#3b6ea8";
    static final String PROCUREMENT_COLOUR = "#4fa58b";
    static final String RND_COLOUR = "#9c6bb0";
    static final String TOTAL_COLOUR = "#2f3b4a";

    private WaterfallChart() {}

    /** One bar: a lever from the running total, or the total from zero. */
    record Bar(String lever, String label, double from, double to, String colour) {
        double value() {
            return to - from;
        }
    }

    /** The lowest and highest running totals of {@code synergy}'s waterfall, 0 included. */
    static double[] range(LeverSynergy synergy) {
        double min = 0;
        double max = 0;
        for (Bar bar : bars(synergy)) {
            min = Math.min(min, Math.min(bar.from(), bar.to()));
            max = Math.max(max, Math.max(bar.from(), bar.to()));
        }
        return new double[] {min, max};
    }

    static List<Bar> bars(LeverSynergy synergy) {
        double a = synergy.footprint();
        double b = a + synergy.procurement();
        double c = b + synergy.rnd();
        return List.of(
                new Bar("footprint", "Footprint", 0, a, FOOTPRINT_COLOUR),
                new Bar("procurement", "Procurement", a, b, PROCUREMENT_COLOUR),
                new Bar("rnd", "R&D", b, c, RND_COLOUR),
                new Bar("total", "Total", 0, c, TOTAL_COLOUR));
    }

    /**
     * A synergy waterfall by lever; {@code small} draws a compact one without axis title. The axis spans
     * at least {@code [scaleMin, scaleMax]}, so that small multiples can share one scale.
     */
    static String svg(
            String id,
            String title,
            LeverSynergy synergy,
            String currency,
            boolean small,
            double scaleMin,
            double scaleMax) {
        int width = small ? 300 : 640;
        int height = small ? 200 : 340;
        int left = small ? 48 : 78;
        int right = 12;
        int top = small ? 30 : 34;
        int bottom = small ? 26 : 40;
        List<Bar> bars = bars(synergy);
        double min = Math.min(0, scaleMin);
        double max = Math.max(0, scaleMax);
        for (Bar bar : bars) {
            min = Math.min(min, Math.min(bar.from(), bar.to()));
            max = Math.max(max, Math.max(bar.from(), bar.to()));
        }
        Axis axis = Axis.of(min, max, small ? 3 : 5);
        double plotH = height - top - bottom;
        double plotW = width - left - right;
        StringBuilder svg = open(id, "waterfall", width, height, title);
        double titleX = small ? 8 : left;
        svg.append(fitted(titleX, small ? 16 : 20, title, small ? 12 : 14, "start", "600", width - titleX - 8));
        gridY(svg, axis, left, width - right, top, plotH, small);
        if (!small) {
            yAxisTitle(svg, top + plotH / 2, "Synergy, M " + currency + " per year");
        }
        double slot = plotW / bars.size();
        double barW = slot * 0.6;
        double previousEnd = Double.NaN;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double x = left + slot * i + (slot - barW) / 2;
            double y1 = axis.y(Math.max(bar.from(), bar.to()), top, plotH);
            double y2 = axis.y(Math.min(bar.from(), bar.to()), top, plotH);
            if (!Double.isNaN(previousEnd) && !bar.lever().equals("total")) {
                double cy = axis.y(bar.from(), top, plotH);
                svg.append(line(previousEnd, cy, x, cy, "#999", 1, "3,3"));
            }
            svg.append("<rect class=\"bar\" data-lever=\"")
                    .append(bar.lever())
                    .append("\" data-value=\"")
                    .append(num(bar.value()))
                    .append("\" x=\"")
                    .append(num(x))
                    .append("\" y=\"")
                    .append(num(y1))
                    .append("\" width=\"")
                    .append(num(barW))
                    .append("\" height=\"")
                    .append(num(Math.max(y2 - y1, 0)))
                    .append("\" fill=\"")
                    .append(bar.colour())
                    .append("\" rx=\"2\"><title>")
                    .append(esc(bar.label() + ": " + Html.millions(bar.value(), currency) + " per year"))
                    .append("</title></rect>");
            svg.append(text(
                    x + barW / 2,
                    y1 - 5,
                    small
                            ? String.format(Locale.ROOT, "%,.0f", bar.value() / 1e6)
                            : Html.millions(bar.value(), currency),
                    small ? 10 : 11,
                    "middle",
                    bar.lever().equals("total") ? "700" : "400"));
            svg.append(text(
                    x + barW / 2, height - bottom + (small ? 14 : 18), bar.label(), small ? 10 : 12, "middle", "400"));
            previousEnd = x + barW;
        }
        return svg.append("</svg>").toString();
    }
}
