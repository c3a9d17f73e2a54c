package org.allianceplanner.bench.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.allianceplanner.engine.footprint.FootprintLever;
import org.allianceplanner.engine.footprint.FootprintModelSize;
import org.allianceplanner.engine.footprint.FootprintOptions;
import org.allianceplanner.engine.solver.Elapsed;
import org.allianceplanner.io.synthetic.ScenarioSize;
import org.allianceplanner.io.synthetic.SyntheticScenarios;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code alliance bench footprint}: how solve time and memory of the footprint lever grow with size. */
@Command(
        name = "footprint",
        mixinStandardHelpOptions = true,
        description = {
            "Solves the footprint model of the whole alliance on synthetic scenarios of growing size; prints CSV.",
            "",
            "Each SIZE is partners,plants,models,markets,demand (e.g. 8,1000,1300,700,200000). Columns: "
                    + "partners,plants,models,markets,demand_rows,routes,generate_seconds,solve_seconds,plan_seconds,profit,"
                    + "bound,gap,status,peak_heap_mb,peak_rss_mb. solve_seconds is the solver's clock, plan_seconds the "
                    + "whole lever call (with --explain, the explanations too). Peak RSS includes the solver's native "
                    + "memory; run one size per JVM for a clean memory figure."
        })
final class FootprintScaleCommand implements Callable<Integer> {
    @CommandLine.Parameters(paramLabel = "SIZE", arity = "1..*", description = "partners,plants,models,markets,demand")
    List<String> sizes;

    @Option(names = "--time-limit", defaultValue = "600", description = "Seconds per solve (default ${DEFAULT-VALUE}).")
    double timeLimitSeconds;

    @Option(
            names = "--explain",
            description = "Also explain each plan (binding capacities, causes of unmet demand), as `plan` does.")
    boolean explain;

    @Mixin
    MipBenchOptions mip;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("partners,plants,models,markets,demand_rows,routes,generate_seconds,solve_seconds,plan_seconds,"
                + "profit,bound,gap,status,peak_heap_mb,peak_rss_mb");
        for (String text : sizes) {
            ScenarioSize size = parseSize(text, spec.commandLine());
            long start = System.nanoTime();
            Scenario scenario = SyntheticScenarios.generate(size, mip.seed);
            double generateSeconds = Elapsed.secondsSince(start);
            List<String> everyone =
                    scenario.partners().stream().map(Partner::partnerId).toList();
            FootprintModelSize modelSize = FootprintLever.modelSize(scenario, everyone);
            spec.commandLine()
                    .getErr()
                    .printf(
                            Locale.ROOT,
                            "solving %s: %,d demand rows, %,d routes, %,d channels, %,d plants, %,d lines%n",
                            text,
                            modelSize.demandRows(),
                            modelSize.routes(),
                            modelSize.channels(),
                            modelSize.plants(),
                            modelSize.lines());
            spec.commandLine().getErr().flush();
            FootprintOptions options = new FootprintOptions(
                    mip.solverOr(FootprintOptions.DEFAULT_SOLVER),
                    timeLimitSeconds,
                    mip.relativeGap,
                    mip.seed,
                    false,
                    false,
                    explain);
            long planStart = System.nanoTime();
            FootprintPlan plan = FootprintLever.plan(scenario, everyone, options);
            double planSeconds = Elapsed.secondsSince(planStart);
            if (!plan.solve().note().isEmpty()) {
                spec.commandLine().getErr().println("note: " + plan.solve().note());
            }
            out.printf(
                    Locale.ROOT,
                    "%d,%d,%d,%d,%d,%d,%.1f,%.1f,%.1f,%.0f,%.0f,%.5f,%s,%d,%d%n",
                    size.partners(),
                    size.plants(),
                    size.models(),
                    size.markets(),
                    modelSize.demandRows(),
                    modelSize.routes(),
                    generateSeconds,
                    plan.solve().seconds(),
                    planSeconds,
                    plan.solve().objective(),
                    plan.solve().bound(),
                    plan.solve().relativeGap(),
                    plan.solve().status().name().toLowerCase(Locale.ROOT),
                    ProcessMemory.peakHeapMegabytes(),
                    ProcessMemory.peakResidentMegabytes());
            out.flush();
        }
        return 0;
    }

    /** A SIZE argument {@code partners,plants,models,markets,demand}; a usage error when it is not one. */
    static ScenarioSize parseSize(String text, CommandLine commandLine) {
        String[] parts = text.split(",");
        try {
            if (parts.length != 5) {
                throw new IllegalArgumentException("expected 5 numbers");
            }
            return new ScenarioSize(
                    Integer.parseInt(parts[0].trim()),
                    Integer.parseInt(parts[1].trim()),
                    Integer.parseInt(parts[2].trim()),
                    Integer.parseInt(parts[3].trim()),
                    Integer.parseInt(parts[4].trim()));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    commandLine,
                    "SIZE '" + text + "' is not partners,plants,models,markets,demand (" + e.getMessage() + ").");
        }
    }
}
