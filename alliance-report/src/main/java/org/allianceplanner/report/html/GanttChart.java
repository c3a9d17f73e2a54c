package org.allianceplanner.report.html;

import static org.allianceplanner.report.html.Html.esc;
import static org.allianceplanner.report.html.Html.num;
import static org.allianceplanner.report.html.Svg.fitted;
import static org.allianceplanner.report.html.Svg.legendBox;
import static org.allianceplanner.report.html.Svg.line;
import static org.allianceplanner.report.html.Svg.open;
import static org.allianceplanner.report.html.Svg.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.allianceplanner.model.rnd.plan.RndPlan;
import org.allianceplanner.model.rnd.plan.ScheduledTask;

/** The R&amp;D Gantt chart: each program's tasks over months, standalone and joint. */
final class GanttChart {
    private GanttChart() {}

    /** A program's schedule: its name, partner colour and the tasks standalone and joint. */
    record Program(String programId, String label, String colour, RndPlan standalone, RndPlan joint) {}

    /** The R&amp;D schedule: per program a standalone row and a joint row of tasks over months. */
    static String svg(String id, List<Program> programs) {
        int left = 220;
        int right = 20;
        int width = 900;
        int rowH = 22;
        int top = 40;
        int rows = 0;
        for (Program program : programs) {
            rows += lanes(program.standalone(), program.programId()).size()
                    + lanes(program.joint(), program.programId()).size();
        }
        int height = top + rows * rowH + programs.size() * 12 + 40;
        int lastMonth = 1;
        for (Program program : programs) {
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
        for (Program program : programs) {
            List<List<ScheduledTask>> alone = lanes(program.standalone(), program.programId());
            List<List<ScheduledTask>> joint = lanes(program.joint(), program.programId());
            svg.append(fitted(left - 8, y + 15, program.label() + " (alone)", 11, "end", "600", left - 16));
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
                .sorted(Comparator.comparingInt(ScheduledTask::startMonth).thenComparingInt(ScheduledTask::endMonth))
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
            Program program,
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
}
