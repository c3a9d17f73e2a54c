package org.allianceplanner.io.report;

import static org.allianceplanner.io.report.Html.esc;
import static org.allianceplanner.io.report.Html.num;

import java.util.ArrayList;
import java.util.List;
import org.allianceplanner.model.alliance.LeverSynergy;
import org.allianceplanner.model.game.SharingMethod;
import org.allianceplanner.model.rnd.plan.RndPlan;
import org.allianceplanner.model.rnd.plan.ScheduledTask;

/**
 * The report's charts as inline SVG, drawn here so that they show without any script. Every chart has a
 * stable {@code id} and a {@code data-chart} kind; every mark carries its value in a {@code data-*}
 * attribute and a {@code <title>} tooltip.
 */
final class Charts {
    static final String FOOTPRINT_COLOUR = "#3b6ea8";
    static final String PROCUREMENT_COLOUR = "#4fa58b";
    static final String RND_COLOUR = "#9c6bb0";
    static final String TOTAL_COLOUR = "#2f3b4a";
    private static final String FONT = "font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\"";

    private Charts() {}

    /** The bars of a waterfall: each lever from the running total, then the total from zero. */
    record WaterfallBar(String lever, String label, double from, double to, String colour) {
        double value() {
            return to - from;
        }
    }

    /** The lowest and highest running totals of {@code synergy}'s waterfall, 0 included. */
    static double[] waterfallRange(LeverSynergy synergy) {
        double min = 0;
        double max = 0;
        for (WaterfallBar bar : waterfallBars(synergy)) {
            min = Math.min(min, Math.min(bar.from(), bar.to()));
            max = Math.max(max, Math.max(bar.from(), bar.to()));
        }
        return new double[] {min, max};
    }

    static List<WaterfallBar> waterfallBars(LeverSynergy synergy) {
        double a = synergy.footprint();
        double b = a + synergy.procurement();
        double c = b + synergy.rnd();
        return List.of(
                new WaterfallBar("footprint", "Footprint", 0, a, FOOTPRINT_COLOUR),
                new WaterfallBar("procurement", "Procurement", a, b, PROCUREMENT_COLOUR),
                new WaterfallBar("rnd", "R&D", b, c, RND_COLOUR),
                new WaterfallBar("total", "Total", 0, c, TOTAL_COLOUR));
    }

    /**
     * A synergy waterfall by lever; {@code small} draws a compact one without axis title. The axis spans
     * at least {@code [scaleMin, scaleMax]}, so that small multiples can share one scale.
     */
    static String waterfall(
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
        List<WaterfallBar> bars = waterfallBars(synergy);
        double min = Math.min(0, scaleMin);
        double max = Math.max(0, scaleMax);
        for (WaterfallBar bar : bars) {
            min = Math.min(min, Math.min(bar.from(), bar.to()));
            max = Math.max(max, Math.max(bar.from(), bar.to()));
        }
        Axis axis = Axis.of(min, max, small ? 3 : 5);
        double plotH = height - top - bottom;
        double plotW = width - left - right;
        StringBuilder svg = open(id, "waterfall", width, height, title);
        svg.append(text(left, small ? 16 : 20, title, small ? 12 : 14, "start", "600"));
        gridY(svg, axis, left, width - right, top, plotH, small);
        if (!small) {
            yAxisTitle(svg, top + plotH / 2, "Synergy, M " + currency + " per year");
        }
        double slot = plotW / bars.size();
        double barW = slot * 0.6;
        double previousEnd = Double.NaN;
        for (int i = 0; i < bars.size(); i++) {
            WaterfallBar bar = bars.get(i);
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
                            ? String.format(java.util.Locale.ROOT, "%,.0f", bar.value() / 1e6)
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

    /** One bar of the split chart: a partner's gain under one method. */
    record SplitBar(SharingMethod method, String partnerId, String partnerName, double gain, String colour) {}

    /** Gains per method, grouped by method, one bar per partner, with each method's stability below. */
    static String splitBars(
            String id, List<SharingMethod> methods, List<SplitBar> bars, List<String> stabilityMarks, String currency) {
        int width = 760;
        int height = 360;
        int left = 78;
        int right = 12;
        int top = 20;
        int bottom = 62;
        double min = 0;
        double max = 0;
        for (SplitBar bar : bars) {
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
            List<SplitBar> group =
                    bars.stream().filter(b -> b.method() == method).toList();
            double barW = slot * 0.75 / Math.max(1, group.size());
            double x0 = left + slot * m + slot * 0.125;
            for (int i = 0; i < group.size(); i++) {
                SplitBar bar = group.get(i);
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

    /** One plant's utilization standalone and joint. */
    record UtilizationRow(String plantId, String label, String colour, double standalone, double joint) {}

    /** Horizontal bars: each plant's utilization standalone (light) and joint (full colour). */
    static String utilization(String id, List<UtilizationRow> rows) {
        int left = 230;
        int right = 60;
        int width = 760;
        int rowH = 30;
        int top = 34;
        int height = top + rowH * rows.size() + 34;
        double max = 1;
        for (UtilizationRow row : rows) {
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
            UtilizationRow row = rows.get(i);
            double y = top + rowH * i;
            svg.append(text(left - 8, y + 19, row.label(), 11, "end", "400"));
            utilizationBar(svg, row, "standalone", row.standalone(), left, y + 4, plotW / max, 0.45);
            utilizationBar(svg, row, "joint", row.joint(), left, y + 15, plotW / max, 1);
        }
        return svg.append("</svg>").toString();
    }

    private static void utilizationBar(
            StringBuilder svg,
            UtilizationRow row,
            String plan,
            double share,
            double x,
            double y,
            double scale,
            double opacity) {
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

    /** A program's schedule: its name, partner colour and the tasks standalone and joint. */
    record GanttProgram(String programId, String label, String colour, RndPlan standalone, RndPlan joint) {}

    /** The R&amp;D schedule: per program a standalone row and a joint row of tasks over months. */
    static String gantt(String id, List<GanttProgram> programs) {
        int left = 220;
        int right = 20;
        int width = 900;
        int rowH = 22;
        int top = 40;
        int rows = 0;
        for (GanttProgram program : programs) {
            rows += lanes(program.standalone(), program.programId()).size()
                    + lanes(program.joint(), program.programId()).size();
        }
        int height = top + rows * rowH + programs.size() * 12 + 40;
        int lastMonth = 1;
        for (GanttProgram program : programs) {
            lastMonth = Math.max(lastMonth, lastMonth(program.standalone(), program.programId()));
            lastMonth = Math.max(lastMonth, lastMonth(program.joint(), program.programId()));
        }
        int monthStep = lastMonth > 60 ? 12 : lastMonth > 24 ? 6 : 3;
        int axisEnd = (lastMonth + monthStep - 1) / monthStep * monthStep;
        double plotW = width - left - right;
        double perMonth = plotW / axisEnd;
        StringBuilder svg = open(id, "gantt", width, height, "R&D schedule, standalone and joint");
        legendBox(svg, left, 16, "#9aa5b1", 0.45, "standalone");
        legendBox(svg, left + 110, 16, "#9aa5b1", 1, "joint");
        svg.append("<rect x=\"")
                .append(num(left + 200))
                .append(
                        "\" y=\"8\" width=\"14\" height=\"10\" fill=\"none\" stroke=\"#555\" stroke-dasharray=\"3,2\"/>");
        svg.append(text(left + 220, 17, "done once by a partner (shared)", 11, "start", "400"));
        int bottomY = top + rows * rowH + programs.size() * 12;
        for (int month = 0; month <= axisEnd; month += monthStep) {
            double x = left + month * perMonth;
            svg.append(line(x, top - 4, x, bottomY, "#e3e6ea", 1, ""));
            svg.append(text(x, bottomY + 14, Integer.toString(month), 10, "middle", "400"));
        }
        svg.append(text(left + plotW / 2, height - 6, "Months from plan start", 11, "middle", "400"));
        double y = top;
        for (GanttProgram program : programs) {
            List<List<ScheduledTask>> alone = lanes(program.standalone(), program.programId());
            List<List<ScheduledTask>> joint = lanes(program.joint(), program.programId());
            svg.append(text(left - 8, y + 15, program.label() + " (alone)", 11, "end", "600"));
            for (List<ScheduledTask> lane : alone) {
                ganttRow(svg, program, lane, "standalone", y, rowH, left, perMonth, 0.45);
                y += rowH;
            }
            svg.append(text(left - 8, y + 15, "joint", 10, "end", "400"));
            for (List<ScheduledTask> lane : joint) {
                ganttRow(svg, program, lane, "joint", y, rowH, left, perMonth, 1);
                y += rowH;
            }
            y += 12;
        }
        return svg.append("</svg>").toString();
    }

    private static int lastMonth(RndPlan plan, String programId) {
        return plan.tasks().stream()
                .filter(t -> t.programId().equals(programId))
                .mapToInt(ScheduledTask::endMonth)
                .max()
                .orElse(0);
    }

    /** The program's tasks in lanes: tasks that overlap in time go to separate lanes, earliest first. */
    private static List<List<ScheduledTask>> lanes(RndPlan plan, String programId) {
        List<ScheduledTask> tasks = plan.tasks().stream()
                .filter(t -> t.programId().equals(programId))
                .sorted(java.util.Comparator.comparingInt(ScheduledTask::startMonth)
                        .thenComparingInt(ScheduledTask::endMonth))
                .toList();
        List<List<ScheduledTask>> lanes = new ArrayList<>();
        for (ScheduledTask task : tasks) {
            List<ScheduledTask> free = lanes.stream()
                    .filter(lane -> lane.get(lane.size() - 1).endMonth() <= task.startMonth())
                    .findFirst()
                    .orElse(null);
            if (free == null) {
                free = new ArrayList<>();
                lanes.add(free);
            }
            free.add(task);
        }
        if (lanes.isEmpty()) {
            lanes.add(new ArrayList<>());
        }
        return lanes;
    }

    private static void ganttRow(
            StringBuilder svg,
            GanttProgram program,
            List<ScheduledTask> tasks,
            String planName,
            double y,
            int rowH,
            double left,
            double perMonth,
            double opacity) {
        for (ScheduledTask task : tasks) {
            double x = left + task.startMonth() * perMonth;
            double w = Math.max((task.endMonth() - task.startMonth()) * perMonth, 1);
            boolean shared = !task.executed();
            String tip = task.name() + " (" + task.taskId() + "), " + planName + ": months " + task.startMonth() + "–"
                    + task.endMonth() + (shared ? ", done once by " + task.servedBy() : "");
            svg.append("<rect class=\"task\" data-program=\"")
                    .append(esc(program.programId()))
                    .append("\" data-task=\"")
                    .append(esc(task.taskId()))
                    .append("\" data-plan=\"")
                    .append(planName)
                    .append("\" data-start=\"")
                    .append(task.startMonth())
                    .append("\" data-end=\"")
                    .append(task.endMonth())
                    .append("\" x=\"")
                    .append(num(x))
                    .append("\" y=\"")
                    .append(num(y + 3))
                    .append("\" width=\"")
                    .append(num(w))
                    .append("\" height=\"")
                    .append(rowH - 6)
                    .append("\" rx=\"3\" ")
                    .append(
                            shared
                                    ? "fill=\"none\" stroke=\"#555\" stroke-dasharray=\"3,2\""
                                    : "fill=\"" + program.colour() + "\" fill-opacity=\"" + num(opacity)
                                            + "\" stroke=\"#fff\"")
                    .append("><title>")
                    .append(esc(tip))
                    .append("</title></rect>");
            if (w > 60) {
                String label = task.name();
                int maxChars = (int) (w / 6.2);
                if (label.length() > maxChars) {
                    label = label.substring(0, Math.max(1, maxChars - 1)) + "…";
                }
                svg.append(text(x + 5, y + rowH / 2.0 + 4, label, 10, "start", "400"));
            }
        }
    }

    /** A y axis from {@code min} to {@code max} with round ticks, values in base currency. */
    record Axis(double min, double max, double step) {
        static Axis of(double min, double max, int ticks) {
            if (max - min <= 0) {
                max = min + 1e6;
            }
            double raw = (max - min) / ticks;
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
            double step = magnitude;
            for (double f : new double[] {1, 2, 2.5, 5, 10}) {
                if (f * magnitude >= raw) {
                    step = f * magnitude;
                    break;
                }
            }
            return new Axis(Math.floor(min / step) * step, Math.ceil(max / step) * step, step);
        }

        double y(double value, double top, double plotH) {
            return top + (max - value) / (max - min) * plotH;
        }

        List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            for (double v = min; v <= max + step / 2; v += step) {
                ticks.add(v);
            }
            return ticks;
        }
    }

    private static void gridY(
            StringBuilder svg, Axis axis, double x1, double x2, double top, double plotH, boolean small) {
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

    private static void legendBox(StringBuilder svg, double x, double y, String colour, double opacity, String label) {
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

    static String line(double x1, double y1, double x2, double y2, String colour, double width, String dash) {
        return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"" + num(width) + "\""
                + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    /** A vertical axis title centred at height {@code middle}, escaped. */
    private static void yAxisTitle(StringBuilder svg, double middle, String title) {
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
