package org.allianceplanner.model.alliance;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.allianceplanner.model.footprint.CoalitionFootprint;
import org.allianceplanner.model.rnd.plan.RndComparison;
import org.allianceplanner.model.sourcing.plan.CoalitionSourcing;
import org.jspecify.annotations.Nullable;

/**
 * One coalition's joint plans with every lever that ran, against its members alone.
 *
 * @param coalitionId its id: the scenario's candidate id, or the members joined by {@code +}
 * @param partnerIds its members, sorted
 * @param footprint the joint footprint plan against the members' own
 * @param sourcing the joint plan's parts bought separately and pooled, or null when the lever did not
 *     run
 * @param rnd the joint R&amp;D schedule against the members' own, or null when the lever did not run
 * @param synergy the synergy lever by lever
 * @param value the coalition's value: its members' standalone values plus its synergy
 * @param warmStartedFrom the disjoint sub-coalitions whose plans started the footprint solve, each
 *     written as its members joined by {@code +}
 * @param seconds wall-clock time spent planning this coalition
 */
public record CoalitionResult(
        String coalitionId,
        List<String> partnerIds,
        CoalitionFootprint footprint,
        @Nullable CoalitionSourcing sourcing,
        @Nullable RndComparison rnd,
        LeverSynergy synergy,
        double value,
        List<String> warmStartedFrom,
        double seconds) {
    public CoalitionResult {
        requireNonNull(coalitionId, "coalitionId");
        partnerIds = List.copyOf(partnerIds);
        requireNonNull(footprint, "footprint");
        requireNonNull(synergy, "synergy");
        warmStartedFrom = List.copyOf(warmStartedFrom);
    }
}
