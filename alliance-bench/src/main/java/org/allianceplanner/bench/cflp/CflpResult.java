package org.allianceplanner.bench.cflp;

import static java.util.Objects.requireNonNull;

import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.plan.SolveStatus;
import org.allianceplanner.model.scenario.Scenario;

/**
 * How the footprint lever solved one facility-location instance, in the instance's own terms (cost,
 * to be minimized).
 *
 * @param instance the instance's name
 * @param status how the solve ended
 * @param objective cost of the plan found (= −profit); NaN without a plan
 * @param bound proven lower bound on the cost; NaN when the solver proved none
 * @param relativeGap the solver's relative gap between plan and bound; NaN without a plan
 * @param seconds wall-clock seconds of the whole {@code FootprintLever.plan} call (model building,
 *     solve, decoding)
 * @param scenario the footprint scenario the instance was mapped to
 * @param plan the plan, for checking
 */
public record CflpResult(
        String instance,
        SolveStatus status,
        double objective,
        double bound,
        double relativeGap,
        double seconds,
        Scenario scenario,
        FootprintPlan plan) {
    public CflpResult {
        requireNonNull(instance, "instance");
        requireNonNull(status, "status");
        requireNonNull(scenario, "scenario");
        requireNonNull(plan, "plan");
    }

    /** Relative deviation |objective − optimum| / |optimum| from a known optimum. */
    public double deviationFrom(double optimum) {
        return Math.abs(objective - optimum) / Math.max(1e-12, Math.abs(optimum));
    }
}
