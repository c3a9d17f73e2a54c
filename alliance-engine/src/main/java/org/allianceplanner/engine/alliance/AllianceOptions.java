package org.allianceplanner.engine.alliance;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.allianceplanner.engine.footprint.FootprintOptions;
import org.allianceplanner.engine.rnd.RndSolveOptions;
import org.allianceplanner.engine.sourcing.SourcingOptions;
import org.jspecify.annotations.Nullable;

/**
 * How to run an alliance study.
 *
 * @param footprint footprint solve options (the footprint lever always runs: the others build on it)
 * @param sourcing sourcing solve options, or null to leave the sourcing lever out
 * @param rnd R&amp;D solve options, or null to leave the R&amp;D lever out
 * @param breakEvenTolerance precision of each alliance's break-even friction search, between 0 and 1;
 *     0 to skip the search
 * @param threads coalitions planned at the same time, at least 1
 * @param warmStart which feasible plan each coalition's footprint solve starts from
 * @param bargainingPowers Nash bargaining weight per partner id; empty for an equal split of the
 *     surplus; partners not listed get weight 1
 */
public record AllianceOptions(
        FootprintOptions footprint,
        @Nullable SourcingOptions sourcing,
        @Nullable RndSolveOptions rnd,
        double breakEvenTolerance,
        int threads,
        WarmStart warmStart,
        Map<String, Double> bargainingPowers) {
    public AllianceOptions {
        requireNonNull(footprint, "footprint");
        if (!(breakEvenTolerance >= 0 && breakEvenTolerance < 1)) {
            throw new IllegalArgumentException(
                    "The break-even tolerance must be at least 0 and below 1, not " + breakEvenTolerance + ".");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("At least one thread is needed, not " + threads + ".");
        }
        requireNonNull(warmStart, "warmStart");
        bargainingPowers = Map.copyOf(bargainingPowers);
        bargainingPowers.forEach((partner, power) -> {
            if (!(power > 0) || !Double.isFinite(power)) {
                throw new IllegalArgumentException(
                        "The bargaining power of " + partner + " must be a positive number, not " + power + ".");
            }
        });
    }

    /** Every lever, no break-even search, one thread per available core, equal bargaining powers. */
    public static AllianceOptions allLevers(FootprintOptions footprint, SourcingOptions sourcing, RndSolveOptions rnd) {
        return new AllianceOptions(
                footprint,
                sourcing,
                rnd,
                0,
                Runtime.getRuntime().availableProcessors(),
                WarmStart.BEST_SUB_COALITIONS,
                Map.of());
    }

    /** These options with the break-even friction searched to {@code tolerance} (0: not searched). */
    public AllianceOptions withBreakEvenTolerance(double tolerance) {
        return new AllianceOptions(footprint, sourcing, rnd, tolerance, threads, warmStart, bargainingPowers);
    }

    /** These options planning {@code count} coalitions at a time. */
    public AllianceOptions withThreads(int count) {
        return new AllianceOptions(footprint, sourcing, rnd, breakEvenTolerance, count, warmStart, bargainingPowers);
    }

    /** These options starting each coalition's footprint solve from {@code start}. */
    public AllianceOptions withWarmStart(WarmStart start) {
        return new AllianceOptions(footprint, sourcing, rnd, breakEvenTolerance, threads, start, bargainingPowers);
    }

    /** These options with the given Nash bargaining powers. */
    public AllianceOptions withBargainingPowers(Map<String, Double> powers) {
        return new AllianceOptions(footprint, sourcing, rnd, breakEvenTolerance, threads, warmStart, powers);
    }

    /** The feasible plan a coalition's footprint solve starts from. */
    public enum WarmStart {
        /**
         * The best split of the coalition into sub-coalitions already planned (by summed footprint
         * profit): the joint plan is then at least as good as any such split.
         */
        BEST_SUB_COALITIONS,
        /** The members' standalone plans. */
        MEMBERS_ALONE,
        /** No start: the solver begins from scratch (for measuring what warm starts bring). */
        NONE
    }

    /** The levers that run, in the order they run. */
    public java.util.List<String> levers() {
        java.util.List<String> levers = new java.util.ArrayList<>(java.util.List.of("footprint"));
        if (sourcing != null) {
            levers.add("sourcing");
        }
        if (rnd != null) {
            levers.add("rnd");
        }
        return levers;
    }
}
