package org.allianceplanner.model.partner;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A coalition the user wants compared, such as Nissan+Tesla.
 *
 * @param coalitionId unique id, e.g. {@code nissan-tesla}
 * @param partnerIds the members, at least two, each once
 */
public record CandidateCoalition(String coalitionId, List<String> partnerIds) {
    public CandidateCoalition {
        requireNonNull(coalitionId, "coalitionId");
        partnerIds = List.copyOf(partnerIds);
    }
}
