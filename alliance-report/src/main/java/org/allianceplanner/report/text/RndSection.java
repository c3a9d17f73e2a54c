package org.allianceplanner.report.text;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.allianceplanner.model.plan.PlainNumber;
import org.allianceplanner.model.plan.SolveStatus;
import org.allianceplanner.model.rnd.plan.BreakEvenFriction;
import org.allianceplanner.model.rnd.plan.CriticalChain;
import org.allianceplanner.model.rnd.plan.ProgramCompletion;
import org.allianceplanner.model.rnd.plan.ProgramGain;
import org.allianceplanner.model.rnd.plan.RndComparison;
import org.allianceplanner.model.rnd.plan.RndPlan;
import org.allianceplanner.model.rnd.plan.TeamLoad;

/**
 * Prints the R&amp;D lever's results for a scenario: each partner alone, each coalition against its
 * members alone (months saved per program and their value, work saved by shared tasks), the
 * break-even friction, and for the coalition with the largest synergy its critical chains, binding
 * teams and team utilization.
 */
final class RndSection {
    private final List<RndPlan> standalone;
    private final List<RndComparison> comparisons;
    private final Map<List<String>, BreakEvenFriction> breakEven;
    private final String currency;

    /**
     * @param currency the base currency
     * @param standalone each partner's own plan
     * @param comparisons the alliances to show, each against its members alone
     * @param breakEven the break-even friction searched per alliance (its sorted members)
     */
    RndSection(
            String currency,
            List<RndPlan> standalone,
            List<RndComparison> comparisons,
            Map<List<String>, BreakEvenFriction> breakEven) {
        this.standalone = List.copyOf(standalone);
        this.comparisons = List.copyOf(comparisons);
        this.breakEven = Map.copyOf(breakEven);
        this.currency = currency;
    }

    /** The full R&amp;D report. */
    void printFull(PrintWriter out) {
        out.println("R&D lever: joint R&D programs, weighted completion (cost of delay x months) on CP-SAT");
        out.println();
        out.println("Each partner alone");
        TextTable alone = new TextTable("partner", "program", ">completes (month)", ">cost of delay/month", "solve");
        for (RndPlan plan : standalone) {
            for (ProgramCompletion program : plan.programs()) {
                alone.row(
                        plan.partnerIds().get(0),
                        program.name(),
                        program.completionMonth(),
                        money(program.costOfDelayPerMonthBase()),
                        plan.report().describe());
            }
        }
        out.print(alone.render());
        out.println();

        RndComparison best = null;
        for (RndComparison comparison : comparisons) {
            out.println("Coalition " + String.join("+", comparison.partnerIds()) + ": "
                    + comparison.jointPlan().report().describe());
            TextTable gains = new TextTable(
                    "program", ">alone (month)", ">joint (month)", ">months saved", ">value (" + currency + ")");
            for (ProgramGain gain : comparison.gains()) {
                gains.row(
                        gain.name(),
                        gain.standaloneCompletionMonth(),
                        gain.jointCompletionMonth(),
                        gain.monthsSaved(),
                        money(gain.valueBase()));
            }
            out.print(gains.render());
            out.printf(
                    Locale.ROOT,
                    "  R&D synergy %s %s; shared tasks done once save %,d team-months of work%s.%n",
                    money(comparison.synergyBase()),
                    currency,
                    comparison.workSavedTeamMonths(),
                    comparison.proven() ? "" : " (not every solve proven optimal)");
            if (!comparison.jointPlan().bindingTeams().isEmpty()) {
                out.println("  Binding: "
                        + comparison.jointPlan().bindingTeams().get(0).sentence());
            }
            out.println();
            if (best == null || comparison.synergyBase() > best.synergyBase()) {
                best = comparison;
            }
        }

        printSummary(out);
        if (best != null) {
            printExplanations(out, best);
        }
    }

    /** The compact table: months saved and synergy per alliance, and the break-even friction when searched. */
    void printSummary(PrintWriter out) {
        out.println("R&D: months to market saved by each alliance");
        List<String> headers = new ArrayList<>(List.of(
                "alliance", ">months saved", ">synergy (" + currency + ")", ">work saved (team-months)", "solves"));
        boolean searched = !breakEven.isEmpty();
        if (searched) {
            headers.add(">break-even friction");
        }
        TextTable table = new TextTable(headers.toArray(String[]::new));
        for (RndComparison comparison : comparisons) {
            List<Object> row = new ArrayList<>(List.of(
                    String.join("+", comparison.partnerIds()),
                    comparison.monthsSaved(),
                    money(comparison.synergyBase()),
                    comparison.workSavedTeamMonths(),
                    comparison.proven() ? "optimal" : worst(comparison)));
            if (searched) {
                BreakEvenFriction found = breakEven.get(comparison.partnerIds());
                row.add(found == null ? "not searched" : breakEven(found));
            }
            table.row(row.toArray());
        }
        out.print(table.render());
        out.println("  Synergy counts time to market only: months saved x each program's cost of delay. Work saved");
        out.println("  by shared tasks is not priced (the scenario gives no cost per team-month).");
        comparisons.stream()
                .map(comparison -> comparison.jointPlan().frictionOverride())
                .filter(Objects::nonNull)
                .findFirst()
                .ifPresent(friction -> out.printf(
                        Locale.ROOT,
                        "  Friction %s between every pair of members (--friction), not the scenario's friction"
                                + " table.%n",
                        PlainNumber.of(friction)));
        if (searched) {
            out.println("  Break-even friction: one friction for every pair of members at which the synergy falls to");
            out.println(
                    "  zero (bisection); '> 1' means sharing work alone pays even when pooled teams are worthless.");
        }
        out.println();
    }

    private void printExplanations(PrintWriter out, RndComparison best) {
        RndPlan plan = best.jointPlan();
        out.println("Why the programs of " + String.join("+", best.partnerIds())
                + " complete when they do (critical chains)");
        for (CriticalChain chain : plan.criticalChains()) {
            out.println("  " + chain.sentence());
        }
        out.println();
        out.println("Teams of " + String.join("+", best.partnerIds()) + " (share of capacity busy)");
        TextTable teams = new TextTable("partner", "skill", ">teams", ">peak", ">mean", "by year (mean)");
        for (TeamLoad load : plan.teamLoads()) {
            teams.row(
                    load.partnerId(),
                    load.skill(),
                    load.capacityTeams(),
                    percent(load.peakUtilization()),
                    percent(load.meanUtilization()),
                    yearly(load));
        }
        out.print(teams.render());
        plan.bindingTeams().forEach(team -> out.println("  " + team.sentence()));
        out.println();
    }

    private static String yearly(TeamLoad load) {
        StringBuilder text = new StringBuilder();
        List<Double> busy = load.busyTeamsByMonth();
        for (int from = 0; from < busy.size(); from += 12) {
            double sum = 0;
            int to = Math.min(busy.size(), from + 12);
            for (int m = from; m < to; m++) {
                sum += busy.get(m);
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(
                    load.capacityTeams() == 0
                            ? "-"
                            : String.format(Locale.ROOT, "%3.0f%%", 100 * sum / (load.capacityTeams() * (to - from))));
        }
        return text.toString();
    }

    private static String worst(RndComparison comparison) {
        List<RndPlan> plans = new ArrayList<>(comparison.standalonePlans());
        plans.add(comparison.jointPlan());
        double gap = plans.stream()
                .filter(plan -> plan.report().status() != SolveStatus.OPTIMAL)
                .mapToDouble(plan -> plan.report().relativeGap())
                .max()
                .orElse(0);
        return String.format(Locale.ROOT, "gap <= %.1f %%", gap * 100);
    }

    /** The break-even friction in a table cell. */
    static String breakEven(BreakEvenFriction breakEven) {
        return switch (breakEven.outcome()) {
            case FOUND -> String.format(Locale.ROOT, "%.2f", breakEven.friction());
            case ABOVE_ONE -> "> 1 (sharing alone pays)";
            case NO_SYNERGY -> "none (no synergy)";
        };
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    private static String money(double amount) {
        double millions = amount / 1e6;
        if (Math.abs(millions) >= 1) {
            return String.format(Locale.ROOT, "%,.0f M", millions);
        }
        return String.format(Locale.ROOT, "%,.0f", amount);
    }
}
