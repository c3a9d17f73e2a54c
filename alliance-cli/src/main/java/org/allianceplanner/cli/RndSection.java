package org.allianceplanner.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.allianceplanner.engine.rnd.RndPlanner;
import org.allianceplanner.engine.rnd.RndSolveOptions;
import org.allianceplanner.model.partner.CandidateCoalition;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.plan.SolveStatus;
import org.allianceplanner.model.rnd.plan.BreakEvenFriction;
import org.allianceplanner.model.rnd.plan.CriticalChain;
import org.allianceplanner.model.rnd.plan.ProgramCompletion;
import org.allianceplanner.model.rnd.plan.ProgramGain;
import org.allianceplanner.model.rnd.plan.RndComparison;
import org.allianceplanner.model.rnd.plan.RndPlan;
import org.allianceplanner.model.rnd.plan.TeamLoad;
import org.allianceplanner.model.scenario.Scenario;

/**
 * Prints the R&amp;D lever's results for a scenario: each partner alone, each coalition against its
 * members alone (months saved per program and their value, work saved by shared tasks), the
 * break-even friction, and for the coalition with the largest synergy its critical chains, binding
 * teams and team utilization.
 */
final class RndSection {
    private final Scenario scenario;
    private final RndPlanner planner;
    private final RndSolveOptions options;
    private final String currency;

    RndSection(Scenario scenario, RndSolveOptions options, Consumer<String> progress) {
        this.scenario = scenario;
        this.planner = RndPlanner.of(scenario).withProgress(progress);
        this.options = options;
        this.currency = scenario.settings().baseCurrency();
    }

    /** The scenario's candidate coalitions, or every subset of two or more partners when it lists none. */
    static List<CandidateCoalition> coalitions(Scenario scenario) {
        if (!scenario.candidateCoalitions().isEmpty()) {
            return scenario.candidateCoalitions();
        }
        List<String> partners =
                scenario.partners().stream().map(Partner::partnerId).toList();
        if (partners.size() > 12) {
            throw new IllegalArgumentException("The scenario has " + partners.size() + " partners and lists no"
                    + " coalitions; all subsets would be too many. Maybe list the coalitions to compare.");
        }
        List<CandidateCoalition> all = new ArrayList<>();
        for (int mask = 1; mask < 1 << partners.size(); mask++) {
            if (Integer.bitCount(mask) < 2) {
                continue;
            }
            List<String> members = new ArrayList<>();
            for (int i = 0; i < partners.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    members.add(partners.get(i));
                }
            }
            all.add(new CandidateCoalition(String.join("-", members), members));
        }
        return all;
    }

    /** The full R&amp;D report. */
    void printFull(PrintWriter out, boolean breakEven, double tolerance) {
        out.println("R&D lever: joint R&D programs, weighted completion (cost of delay x months) on CP-SAT");
        out.println();
        out.println("Each partner alone");
        TextTable alone = new TextTable("partner", "program", ">completes (month)", ">cost of delay/month", "solve");
        for (Partner partner : scenario.partners()) {
            RndPlan plan = planner.standalone(partner.partnerId(), options);
            for (ProgramCompletion program : plan.programs()) {
                alone.row(
                        partner.partnerId(),
                        program.name(),
                        program.completionMonth(),
                        money(program.costOfDelayPerMonthBase()),
                        plan.report().describe());
            }
        }
        out.print(alone.render());
        out.println();

        RndComparison best = null;
        List<RndComparison> comparisons = new ArrayList<>();
        for (CandidateCoalition coalition : coalitions(scenario)) {
            RndComparison comparison = planner.compare(coalition.partnerIds(), options);
            comparisons.add(comparison);
            out.println("Coalition " + coalition.coalitionId() + " (" + String.join("+", comparison.partnerIds())
                    + "): " + comparison.jointPlan().report().describe());
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

        printSummary(out, comparisons, breakEven, tolerance);
        if (best != null) {
            printExplanations(out, best);
        }
    }

    /** The compact table the demo shows: months saved and synergy per alliance, and the break-even friction. */
    void printSummary(PrintWriter out, boolean breakEven, double tolerance) {
        List<RndComparison> comparisons = new ArrayList<>();
        for (CandidateCoalition coalition : coalitions(scenario)) {
            comparisons.add(planner.compare(coalition.partnerIds(), options));
        }
        printSummary(out, comparisons, breakEven, tolerance);
    }

    private void printSummary(PrintWriter out, List<RndComparison> comparisons, boolean breakEven, double tolerance) {
        out.println("R&D: months to market saved by each alliance");
        List<String> headers = new ArrayList<>(List.of(
                "alliance", ">months saved", ">synergy (" + currency + ")", ">work saved (team-months)", "solves"));
        if (breakEven) {
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
            if (breakEven) {
                row.add(breakEven(planner.breakEvenFriction(comparison.partnerIds(), options, tolerance)));
            }
            table.row(row.toArray());
        }
        out.print(table.render());
        out.println("  Synergy counts time to market only: months saved x each program's cost of delay. Work saved");
        out.println("  by shared tasks is not priced (the scenario gives no cost per team-month).");
        if (breakEven) {
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

    private static String breakEven(BreakEvenFriction breakEven) {
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
