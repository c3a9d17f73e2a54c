package org.allianceplanner.bench.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.allianceplanner.bench.sourcing.SourcingScenarios;
import org.allianceplanner.bench.sourcing.SourcingSize;
import org.allianceplanner.engine.solver.Elapsed;
import org.allianceplanner.engine.sourcing.PartNeeds;
import org.allianceplanner.engine.sourcing.SourcingLever;
import org.allianceplanner.engine.sourcing.SourcingOptions;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.plan.SolveReport;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.sourcing.plan.CoalitionSourcing;
import org.allianceplanner.model.sourcing.plan.PartNeed;
import org.allianceplanner.model.sourcing.plan.SourcingPlan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code alliance bench sourcing}: how solve time and memory of the sourcing lever grow with size. */
@Command(
        name = "sourcing",
        mixinStandardHelpOptions = true,
        description = {
            "Buys the parts of today's production of a synthetic alliance, each partner separately and then "
                    + "pooled, and prints CSV.",
            "",
            "Each SIZE is partners,plants,variants,suppliers,tiers (e.g. 8,100,5000,500,4). Columns: "
                    + "partners,plants,variants,suppliers,tiers,needs,generate_seconds, then for the separate and the "
                    + "pooled solve: seconds,cost,bound,gap,status; then pooled_saving,peak_heap_mb,peak_rss_mb. Run one "
                    + "size per JVM for a clean memory figure."
        })
final class SourcingScaleCommand implements Callable<Integer> {
    @CommandLine.Parameters(
            paramLabel = "SIZE",
            arity = "1..*",
            description = "partners,plants,variants,suppliers,tiers")
    List<String> sizes;

    @Option(names = "--time-limit", defaultValue = "120", description = "Seconds per solve (default ${DEFAULT-VALUE}).")
    double timeLimitSeconds;

    @Mixin
    MipBenchOptions mip;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.println(
                "partners,plants,variants,suppliers,tiers,needs,generate_seconds,"
                        + "separate_seconds,separate_cost,separate_bound,separate_gap,separate_status,"
                        + "pooled_seconds,pooled_cost,pooled_bound,pooled_gap,pooled_status,pooled_saving,peak_heap_mb,peak_rss_mb");
        SourcingOptions options = new SourcingOptions(
                mip.solverOr(SourcingOptions.DEFAULT_SOLVER), timeLimitSeconds, mip.relativeGap, mip.seed, false);
        for (String text : sizes) {
            SourcingSize size = parse(text);
            long start = System.nanoTime();
            Scenario scenario = SourcingScenarios.generate(size, mip.seed);
            List<String> everyone =
                    scenario.partners().stream().map(Partner::partnerId).toList();
            List<PartNeed> needs = PartNeeds.ofBaseline(scenario, everyone);
            double generateSeconds = Elapsed.secondsSince(start);
            err.printf(
                    Locale.ROOT,
                    "solving %s: %,d part needs, %,d price tiers%n",
                    text,
                    needs.size(),
                    scenario.priceTiers().size());
            err.flush();
            CoalitionSourcing both = SourcingLever.compare(scenario, everyone, needs, options);
            SourcingPlan separate = both.separate();
            SourcingPlan pooled = both.pooled();
            out.printf(
                    Locale.ROOT,
                    "%d,%d,%d,%d,%d,%d,%.1f,%s,%s,%.0f,%d,%d%n",
                    size.partners(),
                    size.plants(),
                    size.variants(),
                    size.suppliers(),
                    size.tiers(),
                    needs.size(),
                    generateSeconds,
                    columns(separate.solve()),
                    columns(pooled.solve()),
                    both.saving(),
                    ProcessMemory.peakHeapMegabytes(),
                    ProcessMemory.peakResidentMegabytes());
            out.flush();
        }
        return 0;
    }

    private static String columns(SolveReport solve) {
        return String.format(
                Locale.ROOT,
                "%.1f,%.0f,%.0f,%.5f,%s",
                solve.seconds(),
                solve.objective(),
                solve.bound(),
                solve.relativeGap(),
                solve.status().name().toLowerCase(Locale.ROOT));
    }

    private SourcingSize parse(String text) {
        String[] parts = text.split(",");
        try {
            if (parts.length != 5) {
                throw new IllegalArgumentException("expected 5 numbers");
            }
            return new SourcingSize(
                    Integer.parseInt(parts[0].trim()),
                    Integer.parseInt(parts[1].trim()),
                    Integer.parseInt(parts[2].trim()),
                    Integer.parseInt(parts[3].trim()),
                    Integer.parseInt(parts[4].trim()));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "SIZE '" + text + "' is not partners,plants,variants,suppliers,tiers (" + e.getMessage() + ").");
        }
    }
}
