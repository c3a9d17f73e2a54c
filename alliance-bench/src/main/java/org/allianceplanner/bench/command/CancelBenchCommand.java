package org.allianceplanner.bench.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.allianceplanner.app.StudyRequest;
import org.allianceplanner.app.StudyService;
import org.allianceplanner.app.StudyStore;
import org.allianceplanner.engine.solver.Cancellation;
import org.allianceplanner.engine.solver.Elapsed;
import org.allianceplanner.engine.solver.MipSolver;
import org.allianceplanner.engine.solver.PlanningCancelledException;
import org.allianceplanner.io.demo.DemoScenarios;
import org.allianceplanner.io.synthetic.SyntheticScenarios;
import org.allianceplanner.model.scenario.Scenario;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code alliance bench cancel}: how long a running study takes to stop once it is cancelled, the time
 * the service's cancel button promises to keep short.
 */
@Command(
        name = "cancel",
        mixinStandardHelpOptions = true,
        description = {
            "Starts a study (every lever), cancels it after each delay in turn and measures how long it takes to"
                    + " stop; prints CSV.",
            "",
            "The study is the built-in demo, or a synthetic scenario of --size partners,plants,models,markets,demand."
                    + " CP-SAT, SCIP and GLOP stop at once; a HiGHS solve (the footprint's default) runs on to its"
                    + " own end. Columns: scenario,solver,cancel_after_s,outcome,stopped_in_s,last_piece_done."
        })
final class CancelBenchCommand implements Callable<Integer> {
    @Option(
            names = "--after",
            split = ",",
            defaultValue = "1,2,3,4,5,6,8,10",
            paramLabel = "SECONDS",
            description = "Delays after which to cancel, one study each (default ${DEFAULT-VALUE}).")
    List<Double> delays;

    @Option(names = "--size", paramLabel = "SIZE", description = "A synthetic scenario instead of the demo.")
    @Nullable
    String sizeText;

    @Option(
            names = "--solver",
            paramLabel = "SOLVER",
            description = "Footprint and sourcing solver: ${COMPLETION-CANDIDATES} (default: the lever's own).")
    @Nullable
    MipSolver solver;

    @Option(names = "--time-limit", defaultValue = "60", description = "Seconds per solve (default ${DEFAULT-VALUE}).")
    double timeLimitSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Scenario scenario = sizeText == null
                ? DemoScenarios.load(DemoScenarios.NISSAN_TESLA_HONDA).scenario()
                : SyntheticScenarios.generate(FootprintScaleCommand.parseSize(sizeText, spec.commandLine()), 1);
        String name = sizeText == null ? DemoScenarios.NISSAN_TESLA_HONDA : sizeText;
        StudyRequest request = StudyRequest.builder()
                .solver(solver)
                .timeLimitSeconds(timeLimitSeconds)
                .build();
        PrintWriter out = spec.commandLine().getOut();
        out.println("scenario,solver,cancel_after_s,outcome,stopped_in_s,last_piece_done");
        for (double delay : delays) {
            Cancellation cancellation = new Cancellation();
            AtomicReference<String> lastPiece = new AtomicReference<>("none");
            AtomicReference<String> outcome = new AtomicReference<>("running");
            Thread study = new Thread(
                    () -> {
                        try {
                            new StudyService(StudyStore.NONE)
                                    .run(scenario, request, (label, done, total) -> lastPiece.set(label), cancellation);
                            outcome.set("finished before the cancel");
                        } catch (PlanningCancelledException cancelled) {
                            outcome.set("cancelled");
                        } catch (RuntimeException failed) {
                            outcome.set("failed: " + failed.getMessage());
                        }
                    },
                    "cancelled-study");
            study.start();
            study.join((long) (delay * 1000));
            long cancelled = System.nanoTime();
            cancellation.cancel();
            study.join();
            out.printf(
                    Locale.ROOT,
                    "%s,%s,%.1f,%s,%.2f,\"%s\"%n",
                    name,
                    solver == null ? "default" : solver.name(),
                    delay,
                    outcome.get(),
                    Elapsed.secondsSince(cancelled),
                    lastPiece.get());
            out.flush();
        }
        return 0;
    }
}
