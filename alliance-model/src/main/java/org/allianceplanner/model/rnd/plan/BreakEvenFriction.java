package org.allianceplanner.model.rnd.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The friction at which a coalition's R&amp;D synergy falls to zero, found by bisection over one
 * friction applied to every pair of members (the coalition's R&amp;D synergy falls as friction rises,
 * because pooled teams get less efficient).
 *
 * @param partnerIds the coalition's members, sorted
 * @param outcome what the search found
 * @param friction the break-even friction when {@code outcome} is {@link Outcome#FOUND} (the
 *     smallest friction probed with no synergy, within {@code tolerance}); 1 for {@link
 *     Outcome#ABOVE_ONE}; 0 for {@link Outcome#NO_SYNERGY}
 * @param tolerance width of the last bisection interval
 * @param points every friction probed, in the order probed
 * @param sentence the finding in words
 */
public record BreakEvenFriction(
        List<String> partnerIds,
        Outcome outcome,
        double friction,
        double tolerance,
        List<FrictionPoint> points,
        String sentence) {
    public BreakEvenFriction {
        partnerIds = List.copyOf(partnerIds);
        requireNonNull(outcome, "outcome");
        points = List.copyOf(points);
        requireNonNull(sentence, "sentence");
    }

    /** What a break-even search can find. */
    public enum Outcome {
        /** The synergy falls to zero at {@code friction}. */
        FOUND,
        /** Even at friction 1 (pooling worth nothing) the synergy stays positive: sharing alone pays. */
        ABOVE_ONE,
        /** No synergy even at friction 0. */
        NO_SYNERGY
    }
}
