package org.allianceplanner.engine.alliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.allianceplanner.model.alliance.AllianceComparison;
import org.allianceplanner.model.partner.CandidateCoalition;
import org.allianceplanner.model.rnd.plan.BreakEvenFriction;

/**
 * The alliances of a study compared: each candidate and each partner alone, ranked by total synergy
 * (then by id), each with its gain split and, for the best-ranked, its break-even friction.
 */
public final class AllianceRanking {
    private AllianceRanking() {}

    /** The plan's alliances and each partner alone, best first, once every coalition is planned. */
    public static List<CandidateCoalition> rank(StudyPlan plan, PlannedCoalitions planned) {
        List<CandidateCoalition> all = new ArrayList<>(plan.alliances());
        for (String partner : plan.partnerIds()) {
            all.add(new CandidateCoalition(partner, List.of(partner)));
        }
        all.sort(Comparator.comparingDouble((CandidateCoalition c) ->
                        -planned.synergyOf(c.partnerIds()).total())
                .thenComparing(CandidateCoalition::coalitionId));
        return List.copyOf(all);
    }

    /** The alliances whose break-even friction the plan searches: the best-ranked of two or more members. */
    public static List<CandidateCoalition> breakEvenCandidates(StudyPlan plan, List<CandidateCoalition> ranked) {
        return ranked.stream()
                .filter(alliance -> alliance.partnerIds().size() >= 2)
                .limit(plan.breakEvenSearches())
                .toList();
    }

    /**
     * The comparison of the ranked alliances.
     *
     * @param breakEven the break-even friction found per alliance (members sorted), for those searched
     * @param bargainingPowers as {@link GainSplit#of}
     */
    public static List<AllianceComparison> compare(
            List<CandidateCoalition> ranked,
            PlannedCoalitions planned,
            Map<List<String>, BreakEvenFriction> breakEven,
            Map<String, Double> bargainingPowers) {
        List<AllianceComparison> compared = new ArrayList<>();
        for (CandidateCoalition alliance : ranked) {
            List<String> members = alliance.partnerIds().stream().sorted().toList();
            compared.add(new AllianceComparison(
                    alliance.coalitionId(),
                    members,
                    compared.size() + 1,
                    planned.synergyOf(alliance.partnerIds()),
                    GainSplit.of(planned, alliance.partnerIds(), bargainingPowers),
                    breakEven.get(members)));
        }
        return compared;
    }
}
