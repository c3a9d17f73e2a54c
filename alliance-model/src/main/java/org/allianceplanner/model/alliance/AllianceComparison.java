package org.allianceplanner.model.alliance;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.allianceplanner.model.game.GainSharing;
import org.allianceplanner.model.rnd.plan.BreakEvenFriction;
import org.jspecify.annotations.Nullable;

/**
 * A candidate alliance (or a partner alone) ranked against the others: its synergy lever by lever,
 * how each method splits its value among its members, whether those splits are stable, and its
 * R&amp;D break-even friction.
 *
 * @param coalitionId the alliance's id
 * @param partnerIds its members, sorted
 * @param rank 1 for the largest total synergy
 * @param synergy its synergy lever by lever
 * @param sharing the game on its members (every sub-coalition's value) split by every method
 * @param breakEven the friction at which its R&amp;D synergy falls to zero, or null when not searched
 *     (one partner alone, or the R&amp;D lever did not run)
 */
public record AllianceComparison(
        String coalitionId,
        List<String> partnerIds,
        int rank,
        LeverSynergy synergy,
        GainSharing sharing,
        @Nullable BreakEvenFriction breakEven) {
    public AllianceComparison {
        requireNonNull(coalitionId, "coalitionId");
        partnerIds = List.copyOf(partnerIds);
        requireNonNull(synergy, "synergy");
        requireNonNull(sharing, "sharing");
    }
}
