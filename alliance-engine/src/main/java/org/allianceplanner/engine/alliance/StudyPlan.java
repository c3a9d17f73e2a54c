package org.allianceplanner.engine.alliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allianceplanner.model.partner.CandidateCoalition;
import org.allianceplanner.model.partner.Partner;
import org.allianceplanner.model.scenario.Scenario;

/**
 * Which coalitions a study plans, and in which layers. The alliances compared are the scenario's
 * candidate coalitions, or every group of two or more partners when it lists none (up to {@value
 * #MAX_PARTNERS_FOR_ALL_COALITIONS} partners); splitting an alliance's gain needs the value of every
 * group inside it, so every such group is planned too. Layer k holds the coalitions of k + 2 members:
 * each coalition's footprint solve starts from plans of smaller groups, so a layer needs the layers
 * before it, and the coalitions of one layer are independent of each other.
 *
 * <p>Immutable.
 */
public final class StudyPlan {
    /** Partners above which "every coalition" is too many to plan one by one. */
    public static final int MAX_PARTNERS_FOR_ALL_COALITIONS = 10;

    private final List<String> partnerIds;
    private final List<CandidateCoalition> alliances;
    private final List<List<CandidateCoalition>> layers;
    private final int breakEvenSearches;

    private StudyPlan(
            List<String> partnerIds,
            List<CandidateCoalition> alliances,
            List<List<CandidateCoalition>> layers,
            int breakEvenSearches) {
        this.partnerIds = partnerIds;
        this.alliances = alliances;
        this.layers = layers;
        this.breakEvenSearches = breakEvenSearches;
    }

    /**
     * The plan of the study of {@code scenario} with {@code options}.
     *
     * @throws IllegalArgumentException as {@link #alliancesOf(Scenario)}
     */
    public static StudyPlan of(Scenario scenario, AllianceOptions options) {
        List<String> partners = partnerIdsOf(scenario);
        List<CandidateCoalition> alliances = alliancesOf(scenario);
        Map<Integer, String> named = new LinkedHashMap<>();
        for (CandidateCoalition alliance : alliances) {
            named.put(Coalitions.maskOf(partners, alliance.partnerIds()), alliance.coalitionId());
        }
        Map<Integer, String> toPlan = new LinkedHashMap<>();
        for (CandidateCoalition alliance : alliances) {
            int full = Coalitions.maskOf(partners, alliance.partnerIds());
            for (int sub = full; sub > 0; sub = (sub - 1) & full) {
                if (Integer.bitCount(sub) >= 2) {
                    toPlan.putIfAbsent(
                            sub, named.getOrDefault(sub, String.join("+", Coalitions.members(partners, sub))));
                }
            }
        }
        List<List<CandidateCoalition>> layers = new ArrayList<>();
        for (int size = 2; size <= partners.size(); size++) {
            List<CandidateCoalition> layer = new ArrayList<>();
            for (Map.Entry<Integer, String> entry : toPlan.entrySet()) {
                if (Integer.bitCount(entry.getKey()) == size) {
                    layer.add(new CandidateCoalition(entry.getValue(), Coalitions.members(partners, entry.getKey())));
                }
            }
            if (!layer.isEmpty()) {
                layers.add(List.copyOf(layer));
            }
        }
        int searches = options.rnd() != null && options.breakEvenTolerance() > 0
                ? Math.min(BreakEvenSearch.MAX_SEARCHES, alliances.size())
                : 0;
        return new StudyPlan(partners, List.copyOf(alliances), List.copyOf(layers), searches);
    }

    /**
     * The alliances a scenario compares (each partner alone excluded): its candidate coalitions, or
     * every group of two or more partners when it lists none.
     *
     * @throws IllegalArgumentException when the scenario lists no candidates and has more than {@value
     *     #MAX_PARTNERS_FOR_ALL_COALITIONS} partners, or a candidate has more members than that
     */
    public static List<CandidateCoalition> alliancesOf(Scenario scenario) {
        List<String> partners = partnerIdsOf(scenario);
        if (!scenario.candidateCoalitions().isEmpty()) {
            for (CandidateCoalition candidate : scenario.candidateCoalitions()) {
                if (candidate.partnerIds().size() > MAX_PARTNERS_FOR_ALL_COALITIONS) {
                    throw new IllegalArgumentException("The candidate coalition " + candidate.coalitionId() + " has "
                            + candidate.partnerIds().size() + " members; splitting its gain needs every group"
                            + " inside it planned, which is too many above " + MAX_PARTNERS_FOR_ALL_COALITIONS
                            + " members.");
                }
            }
            return scenario.candidateCoalitions();
        }
        if (partners.size() > MAX_PARTNERS_FOR_ALL_COALITIONS) {
            throw new IllegalArgumentException("The scenario has " + partners.size()
                    + " partners and lists no candidate coalitions; planning all "
                    + ((1L << partners.size()) - partners.size() - 1)
                    + " coalitions one by one is too many. Maybe list the candidates in the coalitions table.");
        }
        List<CandidateCoalition> all = new ArrayList<>();
        for (int mask = 1; mask < 1 << partners.size(); mask++) {
            if (Integer.bitCount(mask) >= 2) {
                List<String> members = Coalitions.members(partners, mask);
                all.add(new CandidateCoalition(String.join("+", members), members));
            }
        }
        all.sort(
                Comparator.comparingInt((CandidateCoalition c) -> c.partnerIds().size()));
        return all;
    }

    /** The scenario's partner ids, in its order. */
    public List<String> partnerIds() {
        return partnerIds;
    }

    /** The alliances compared, each partner alone excluded. */
    public List<CandidateCoalition> alliances() {
        return alliances;
    }

    /** The coalitions to plan, by size, smallest first; the coalitions of one layer are independent. */
    public List<List<CandidateCoalition>> layers() {
        return layers;
    }

    /** How many alliances get a break-even friction search (the best-ranked ones). */
    public int breakEvenSearches() {
        return breakEvenSearches;
    }

    /** The pieces of work the study reports progress on: partners alone, coalitions, searches. */
    public int pieces() {
        return partnerIds.size() + layers.stream().mapToInt(List::size).sum() + breakEvenSearches;
    }

    static List<String> partnerIdsOf(Scenario scenario) {
        return scenario.partners().stream().map(Partner::partnerId).toList();
    }
}
