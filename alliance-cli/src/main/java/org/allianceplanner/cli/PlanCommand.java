package org.allianceplanner.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.allianceplanner.app.Lever;
import org.allianceplanner.app.StudyRequest;
import org.allianceplanner.app.StudyRequestException;
import org.allianceplanner.app.StudyService;
import org.allianceplanner.app.console.ProgressBar;
import org.allianceplanner.engine.alliance.AllianceOptions;
import org.allianceplanner.engine.alliance.SampledShares;
import org.allianceplanner.engine.alliance.StudyPlan;
import org.allianceplanner.engine.solver.Cancellation;
import org.allianceplanner.engine.solver.MipSolver;
import org.allianceplanner.engine.solver.PlanningException;
import org.allianceplanner.io.ScenarioFiles;
import org.allianceplanner.io.ScenarioLoad;
import org.allianceplanner.model.alliance.AllianceStudyResult;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.report.ReportWriter;
import org.allianceplanner.report.text.ConsoleReport;
import org.allianceplanner.report.text.TextTable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alliance plan SCENARIO}: each partner alone, each candidate coalition, and the synergy. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = {
            "Plans each partner alone and each candidate alliance, lever by lever, "
                    + "compares the alliances and splits each one's gain; writes report.html, "
                    + "report.xlsx and plan.json to an output folder.",
            "",
            "Levers: footprint (joint production and distribution, a MIP: plants, lines, "
                    + "routes, dealers); sourcing (the parts of the footprint plans bought at all-"
                    + "units price tiers, a MIP: pooled volume, supplier capacity, dual sourcing, "
                    + "commonization); and rnd (joint R&D programs on CP-SAT: months to market "
                    + "saved, shared tasks, pooled teams at an efficiency of 1 - friction). The "
                    + "footprint lever always runs: a coalition's value starts from its members' "
                    + "profits.",
            "",
            "The candidate alliances are the scenario's coalitions table, or every group "
                    + "of two or more partners when it is empty; every group inside a candidate is "
                    + "planned too, in parallel, so its gain can be split (Shapley, nucleolus, "
                    + "equal-profit, Nash, proportional, with core checks). Beyond 10 partners, "
                    + "each partner's Shapley share is estimated from random orders. Results are "
                    + "cached by content hash. Progress goes to standard error, results to standard "
                    + "output."
        })
final class PlanCommand implements Callable<Integer> {
    /** The levers this command can run. */
    static final List<String> LEVERS =
            Arrays.stream(Lever.values()).map(Lever::id).toList();

    /** The flag of each option of a study request, for its error messages. */
    private static final Map<String, String> FLAGS = Map.of(
            "timeLimitSeconds", "--time-limit",
            "relativeGap", "--gap",
            "rndWorkers", "--workers",
            "friction", "--friction",
            "breakEvenTolerance", "--tolerance",
            "threads", "--threads",
            "bargainingPowers", "--power",
            "samples", "--samples");

    @Parameters(paramLabel = "SCENARIO", description = "Scenario folder or .xlsx workbook.")
    private Path scenarioPath;

    @Option(
            names = "--levers",
            split = ",",
            paramLabel = "LEVER",
            defaultValue = "footprint,sourcing,rnd",
            description = "Levers to plan, comma-separated (default: ${DEFAULT-VALUE}).")
    private List<String> levers;

    @Option(
            names = "--solver",
            paramLabel = "SOLVER",
            description = "Footprint and sourcing MIP solver: ${COMPLETION-CANDIDATES} (default: HIGHS for the"
                    + " footprint, SCIP for sourcing).")
    private @Nullable MipSolver solver;

    @Option(
            names = "--time-limit",
            paramLabel = "SECONDS",
            description = "Time limit per solve (default: the scenario's solver settings).")
    private Double timeLimitSeconds;

    @Option(
            names = "--gap",
            paramLabel = "GAP",
            description = "Stop a solve once its proven relative gap is at most this, e.g. 0.001 (default: the"
                    + " scenario's).")
    private Double relativeGap;

    @Option(
            names = "--workers",
            defaultValue = "2",
            description = "R&D: CP-SAT workers per solve (default ${DEFAULT-VALUE}).")
    private int workers;

    @Option(
            names = "--friction",
            paramLabel = "F",
            description = "R&D: use this friction (0-1) for every pair of partners instead of the scenario's.")
    private Double friction;

    @Option(
            names = "--break-even-friction",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "R&D: search each alliance's break-even friction, several solves per alliance (default:"
                    + " on; --no-break-even-friction to skip).")
    private boolean breakEvenFriction;

    @Option(
            names = "--tolerance",
            defaultValue = "0.02",
            description = "R&D: precision of the break-even friction search (default ${DEFAULT-VALUE}).")
    private double tolerance;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Coalitions planned at the same time (default: the number of cores).")
    private Integer threads;

    @Option(
            names = "--power",
            split = ",",
            paramLabel = "PARTNER=W",
            description = "Nash bargaining power per partner id, e.g. nissan=2,tesla=1 (default: equal).")
    private Map<String, Double> powers = new LinkedHashMap<>();

    @Option(
            names = "--out",
            paramLabel = "FOLDER",
            description = "Where to write report.html, report.xlsx and plan.json (default: SCENARIO-report next"
                    + " to the scenario).")
    private Path outFolder;

    @Option(
            names = "--samples",
            defaultValue = "50",
            description = "Random orders of joining for the sampled Shapley value, used when the alliances to"
                    + " compare have more than 10 partners (default ${DEFAULT-VALUE}).")
    private int samples;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "Seed of the R&D search and of the sampled orders (default: the scenario's solver seed).")
    private Long seed;

    @Option(
            names = "--no-cache",
            description = "Plan again even when the same scenario and options were planned before (results are"
                    + " cached by content hash in ~/.cache/alliance-planner, or $ALLIANCE_CACHE).")
    private boolean noCache;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Set<Lever> chosen = EnumSet.noneOf(Lever.class);
        for (String lever : levers) {
            chosen.add(Lever.ofId(lever)
                    .orElseThrow(() -> new CommandLine.ParameterException(
                            spec.commandLine(), "Unknown lever '" + lever + "': the levers are " + LEVERS + ".")));
        }
        ScenarioLoad load = ScenarioFiles.read(scenarioPath);
        if (!load.isValid()) {
            Problems.print(scenarioPath, load, spec.commandLine().getErr());
            return AllianceCommand.INVALID_SCENARIO;
        }
        Scenario scenario = load.scenario();
        PrintWriter err = spec.commandLine().getErr();
        if (!chosen.contains(Lever.RND)) {
            List<String> unused = Stream.of("--workers", "--friction", "--break-even-friction", "--tolerance")
                    .filter(spec.commandLine().getParseResult()::hasMatchedOption)
                    .toList();
            if (!unused.isEmpty()) {
                err.println("alliance: " + String.join(", ", unused) + " only change the R&D lever, which is not"
                        + " planned here (add rnd to --levers); ignored.");
            }
        }
        if (!chosen.contains(Lever.FOOTPRINT)) {
            err.println("alliance: every lever builds on the footprint plans (a coalition's value starts from its"
                    + " members' profits), so the footprint lever runs too.");
        }
        StudyRequest request;
        try {
            request = StudyRequest.builder()
                    .levers(chosen)
                    .solver(solver)
                    .timeLimitSeconds(timeLimitSeconds)
                    .relativeGap(relativeGap)
                    .rndWorkers(workers)
                    .friction(friction)
                    .searchBreakEven(breakEvenFriction)
                    .breakEvenTolerance(tolerance)
                    .threads(threads)
                    .bargainingPowers(powers)
                    .samples(samples)
                    .seed(seed)
                    .build();
            request.options(scenario);
        } catch (StudyRequestException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), inFlags(e));
        }
        Path folder = outFolder != null ? outFolder : defaultOutFolder(scenarioPath);
        return study(
                scenario, request, folder, !noCache, true, spec.commandLine().getOut(), err);
    }

    /**
     * Why the report cannot go to {@code folder}, in our words, or {@code null} when it can: the folder
     * (or the nearest part of its path that exists) must be a folder that may be written to.
     */
    static @Nullable String reportFolderProblem(Path folder) {
        Path target = folder.toAbsolutePath().normalize();
        Path existing = target;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return null;
        }
        String hint = "\nMaybe give --out the name of a new folder, or of a folder you may write to.";
        if (!Files.isDirectory(existing)) {
            return "cannot write the report to " + target + ": "
                    + (existing.equals(target) ? "it" : existing.toString())
                    + " is a file, and the report is a folder (" + ReportWriter.HTML + ", " + ReportWriter.XLSX
                    + ", " + ReportWriter.JSON + ")." + hint;
        }
        if (!Files.isWritable(existing)) {
            return "cannot write the report to " + target + ": permission denied on the folder " + existing + "."
                    + hint;
        }
        return null;
    }

    /** The request's problems, each starting with the flag that sets its option. */
    private static String inFlags(StudyRequestException e) {
        return e.problems().stream()
                .map(problem -> FLAGS.getOrDefault(problem.option(), problem.option()) + ": " + problem.message())
                .collect(Collectors.joining("\n"));
    }

    /** {@code my-scenario} → {@code my-scenario-report}, {@code my.xlsx} → {@code my-report}, beside it. */
    static Path defaultOutFolder(Path scenario) {
        String name = scenario.toAbsolutePath().normalize().getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            name = name.substring(0, name.length() - ".xlsx".length());
        }
        Path parent = scenario.toAbsolutePath().normalize().getParent();
        return (parent == null ? Path.of(".") : parent).resolve(name + "-report");
    }

    /**
     * Runs the alliance study with a progress bar, prints it lever by lever and the alliances compared,
     * and writes the report files to {@code folder}; shared with {@code demo}.
     *
     * @param useCache true to reuse a cached study of the same scenario and options, and to cache this one
     * @param full true for every detail (plan), false for the demo's compact R&amp;D part
     */
    static int study(
            Scenario scenario,
            StudyRequest request,
            Path folder,
            boolean useCache,
            boolean full,
            PrintWriter out,
            PrintWriter err) {
        StudyCache cache = useCache ? StudyCache.inUserCache(err) : StudyCache.NONE;
        StudyService service = new StudyService(cache);
        String unwritable = StudyService.needsSampling(scenario) ? null : reportFolderProblem(folder);
        if (unwritable != null) {
            // Refused before planning: a study of an hour should not end in "could not write".
            err.println("alliance: " + unwritable);
            return AllianceCommand.INVALID_SCENARIO;
        }
        if (StudyService.needsSampling(scenario)) {
            return sampleShares(scenario, request, service, out, err);
        }
        AllianceOptions options = request.options(scenario);
        out.println(scenario.settings().name() + ": " + scenario.partners().size() + " partners, levers "
                + String.join(", ", options.levers()));
        out.println();
        out.flush();
        ProgressBar progress = new ProgressBar(err);
        StudyService.Outcome outcome;
        try {
            outcome = service.run(scenario, request, progress::finished, new Cancellation());
        } catch (PlanningException infeasible) {
            progress.done("stopped");
            err.println("alliance: " + infeasible.getMessage());
            return AllianceCommand.INVALID_SCENARIO;
        }
        AllianceStudyResult result = outcome.result();
        if (outcome.reused()) {
            err.printf(
                    Locale.ROOT,
                    "alliance: reused the study of this scenario and these options planned before (%s);"
                            + " --no-cache to plan again.%n",
                    cache.fileOf(result.scenarioHash()));
        } else {
            progress.done(String.format(
                    Locale.ROOT,
                    "planned %d partners alone and %d coalitions with %s",
                    result.standalone().size(),
                    result.coalitions().size(),
                    String.join(", ", result.levers())));
        }
        ConsoleReport.write(result, full ? ConsoleReport.Detail.FULL : ConsoleReport.Detail.COMPACT, out);
        try {
            ReportWriter.write(result, folder);
        } catch (UncheckedIOException notWritten) {
            err.println("alliance: " + notWritten.getMessage());
            return AllianceCommand.FAILURE;
        }
        Path html = folder.resolve(ReportWriter.HTML).toAbsolutePath().normalize();
        out.println("Report: " + html + " (open it in a browser; it works offline)");
        out.println(
                "        " + folder.resolve(ReportWriter.XLSX).toAbsolutePath().normalize() + " (every table), "
                        + ReportWriter.JSON + " (the whole result) beside it");
        out.flush();
        return 0;
    }

    /**
     * Too many members to plan every group inside the alliances to compare: estimates each partner's
     * Shapley share of the gain of all partners together from random orders of joining, and prints it.
     */
    private static int sampleShares(
            Scenario scenario, StudyRequest request, StudyService service, PrintWriter out, PrintWriter err) {
        int samples = request.samples();
        int partners = scenario.partners().size();
        err.printf(
                Locale.ROOT,
                "alliance: %d partners: planning all %,d coalitions is too many, so each partner's Shapley share of"
                        + " the gain of all partners together is estimated from %d random orders of joining"
                        + " (--samples).%n  To compare alliances and write a report, list candidates of at most %d"
                        + " partners in the coalitions table.%n",
                partners,
                (1L << partners) - partners - 1,
                samples,
                StudyPlan.MAX_PARTNERS_FOR_ALL_COALITIONS);
        ProgressBar progress = new ProgressBar(err);
        SampledShares shares;
        try {
            shares = service.sample(scenario, request, progress::finished, new Cancellation());
        } catch (PlanningException infeasible) {
            progress.done("stopped");
            err.println("alliance: " + infeasible.getMessage());
            return AllianceCommand.INVALID_SCENARIO;
        }
        progress.done("planned " + shares.coalitionsPlanned() + " coalitions for " + samples + " orders");
        String currency = scenario.settings().baseCurrency();
        out.printf(
                Locale.ROOT,
                "All %d partners together: synergy %,.1f M %s a year (footprint %,.1f, procurement %,.1f, R&D %,.1f)%n",
                partners,
                shares.grand().synergy().total() / 1e6,
                currency,
                shares.grand().synergy().footprint() / 1e6,
                shares.grand().synergy().procurement() / 1e6,
                shares.grand().synergy().rnd() / 1e6);
        out.println("Each partner's Shapley share of the gain, estimated from " + samples + " random orders ("
                + currency + " million per year; 95 % confidence interval)");
        TextTable table = new TextTable("partner", ">profit alone", ">share of the gain", ">± (95 %)");
        for (int i = 0; i < partners; i++) {
            table.row(
                    scenario.partners().get(i).name(),
                    String.format(
                            Locale.ROOT, "%,.1f", shares.standalone().get(i).value() / 1e6),
                    String.format(Locale.ROOT, "%,.1f", shares.gain(i) / 1e6),
                    String.format(
                            Locale.ROOT,
                            "%,.1f",
                            shares.estimate().halfWidths95().get(i) / 1e6));
        }
        out.print(table.render());
        out.flush();
        return 0;
    }
}
