package org.allianceplanner.app.runner;

import static java.util.Objects.requireNonNull;

import java.util.function.Consumer;
import org.allianceplanner.engine.alliance.AllianceOptions;
import org.allianceplanner.engine.solver.Cancellation;
import org.allianceplanner.model.scenario.Scenario;

/**
 * What every piece of one study shares.
 *
 * @param scenario the scenario planned
 * @param options the engine's options
 * @param cancellation stops the study's pieces when cancelled
 * @param pieceDone told the label of each piece when it is done (may be called from several threads)
 */
public record StudyContext(
        Scenario scenario, AllianceOptions options, Cancellation cancellation, Consumer<String> pieceDone) {
    public StudyContext {
        requireNonNull(scenario, "scenario");
        requireNonNull(options, "options");
        requireNonNull(cancellation, "cancellation");
        requireNonNull(pieceDone, "pieceDone");
    }
}
