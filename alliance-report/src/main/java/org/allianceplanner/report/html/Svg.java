package org.allianceplanner.report.html;

import static org.allianceplanner.report.html.Html.esc;
import static org.allianceplanner.report.html.Html.num;

/**
 * What every chart and the map draw with: the SVG element with its stable {@code id} and {@code
 * data-chart} kind, text, lines, a y axis grid, legend boxes. Every string that reaches the page is
 * escaped here.
 */
final class Svg {
    static final String FONT = "font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\"";

    private Svg() {}

    static void gridY(StringBuilder svg, Axis axis, double x1, double x2, double top, double plotH, boolean small) {
        for (double tick : axis.ticks()) {
            double y = axis.y(tick, top, plotH);
            svg.append(line(x1, y, x2, y, Math.abs(tick) < axis.step() / 1e6 ? "#888" : "#e3e6ea", 1, ""));
            svg.append(text(
                    x1 - 6,
                    y + 4,
                    String.format(java.util.Locale.ROOT, "%,.0f", tick / 1e6),
                    small ? 9 : 10,
                    "end",
                    "400"));
        }
    }

    static void legendBox(StringBuilder svg, double x, double y, String colour, double opacity, String label) {
        svg.append("<rect x=\"")
                .append(num(x))
                .append("\" y=\"")
                .append(num(y - 8))
                .append("\" width=\"14\" height=\"10\" fill=\"")
                .append(colour)
                .append("\" fill-opacity=\"")
                .append(num(opacity))
                .append("\"/>");
        svg.append(text(x + 20, y + 1, label, 11, "start", "400"));
    }

    static StringBuilder open(String id, String kind, int width, int height, String title) {
        return new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"")
                .append(esc(id))
                .append("\" data-chart=\"")
                .append(kind)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" role=\"img\" aria-label=\"")
                .append(esc(title))
                .append("\">");
    }

    static String text(double x, double y, String text, int size, String anchor, String weight) {
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" font-size=\"" + size + "\" text-anchor=\"" + anchor
                + "\" font-weight=\"" + weight + "\" fill=\"#333\" " + FONT + ">" + esc(text) + "</text>";
    }

    /**
     * Text that fits in {@code maxWidth} pixels: cut with "…" when its estimated width is larger, the
     * full text then in a {@code <title>} so a pointer shows it. The estimate takes every character as
     * wide as a bold "M" is on average in sans-serif text (0.62 em), which over-estimates names in
     * mixed case, so what is kept is never clipped by the chart's edge.
     */
    static String fitted(double x, double y, String text, int size, String anchor, String weight, double maxWidth) {
        int maxChars = Math.max(2, (int) Math.floor(maxWidth / (CHAR_EM * size)));
        if (text.length() <= maxChars) {
            return text(x, y, text, size, anchor, weight);
        }
        String cut = text.substring(0, maxChars - 1).strip() + "…";
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" font-size=\"" + size + "\" text-anchor=\"" + anchor
                + "\" font-weight=\"" + weight + "\" fill=\"#333\" " + FONT + "><title>" + esc(text) + "</title>"
                + esc(cut) + "</text>";
    }

    /** The width of one character, in em, {@link #fitted} assumes. */
    static final double CHAR_EM = 0.62;

    static String line(double x1, double y1, double x2, double y2, String colour, double width, String dash) {
        return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"" + num(width) + "\""
                + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    /** A vertical axis title centred at height {@code middle}, escaped. */
    static void yAxisTitle(StringBuilder svg, double middle, String title) {
        svg.append("<text x=\"16\" y=\"")
                .append(num(middle))
                .append("\" transform=\"rotate(-90 16 ")
                .append(num(middle))
                .append(")\" text-anchor=\"middle\" font-size=\"11\" fill=\"#555\" ")
                .append(FONT)
                .append('>')
                .append(esc(title))
                .append("</text>");
    }
}
