package org.allianceplanner.engine.alliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.allianceplanner.model.alliance.CoalitionResult;
import org.allianceplanner.model.alliance.LeverSynergy;
import org.allianceplanner.model.alliance.PartnerStandalone;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.game.CooperativeGame;
import org.allianceplanner.model.game.GameKind;
import org.allianceplanner.model.partner.CandidateCoalition;

/**
 * What a study has planned so far: every partner alone and the coalitions planned, and from them the
 * warm start of the next coalition and the game of an alliance.
 *
 * <p>Not thread-safe: one thread (the study's) adds results and reads them; runners plan in parallel
 * from the jobs it hands out.
 */
public final class PlannedCoalitions {
    private final List<String> partners;
    private final PartnerStandalone[] standalone;
    private final Map<Integer, CoalitionResult> coalitions =
            new TreeMap<>(Comparator.comparingInt(Integer::bitCount).thenComparing(Comparator.naturalOrder()));

    /** What is planned so far among {@code partnerIds} (the scenario's partners, in its order): nothing. */
    public PlannedCoalitions(List<String> partnerIds) {
        this.partners = List.copyOf(partnerIds);
        this.standalone = new PartnerStandalone[partners.size()];
    }

    /** Records a partner's own plans. */
    public void add(PartnerStandalone alone) {
        standalone[indexOf(alone.partnerId())] = alone;
    }

    /** Records a coalition's plans. */
    public void add(CoalitionResult coalition) {
        coalitions.put(Coalitions.maskOf(partners, coalition.partnerIds()), coalition);
    }

    /** Every partner's own plans, in the scenario's order. */
    public List<PartnerStandalone> standalone() {
        return List.of(standalone);
    }

    /** Every coalition planned, smallest first (then by the members' scenario order). */
    public List<CoalitionResult> coalitions() {
        return List.copyOf(coalitions.values());
    }

    /** The members' own plans, in the scenario's partner order. */
    public List<PartnerStandalone> membersAlone(List<String> members) {
        int mask = Coalitions.maskOf(partners, members);
        return Coalitions.singletons(mask).stream()
                .map(bit -> standalone[Integer.numberOfTrailingZeros(bit)])
                .toList();
    }

    /**
     * The job of planning {@code coalition}, started as {@code warmStart} says: from the split of the
     * coalition into disjoint groups already planned whose plans earn the most together (so the joint
     * plan earns at least as much as any such split), from the members alone, or from nothing.
     */
    public CoalitionJob jobFor(CandidateCoalition coalition, AllianceOptions.WarmStart warmStart) {
        int mask = Coalitions.maskOf(partners, coalition.partnerIds());
        List<Integer> groups =
                switch (warmStart) {
                    case NONE -> List.of();
                    case MEMBERS_ALONE -> Coalitions.singletons(mask);
                    case BEST_SUB_COALITIONS -> bestSplit(mask, new HashMap<>()).groups;
                };
        return job(coalition.coalitionId(), mask, groups);
    }

    /**
     * The job of planning the group {@code members} for sampling: started from the planned group
     * inside it whose plan gains the most, with the other members alone.
     */
    public CoalitionJob jobInside(List<String> members) {
        int mask = Coalitions.maskOf(partners, members);
        int best = 0;
        double bestGain = 0;
        for (Map.Entry<Integer, CoalitionResult> entry : coalitions.entrySet()) {
            int group = entry.getKey();
            if ((group & ~mask) == 0
                    && group != mask
                    && entry.getValue().synergy().footprint() > bestGain) {
                best = group;
                bestGain = entry.getValue().synergy().footprint();
            }
        }
        List<Integer> groups = new ArrayList<>();
        if (best != 0) {
            groups.add(best);
        }
        groups.addAll(Coalitions.singletons(mask & ~best));
        return job(String.join("+", Coalitions.members(partners, mask)), mask, groups);
    }

    /** Whether the group {@code members} (two or more) has been planned. */
    public boolean isPlanned(List<String> members) {
        return coalitions.containsKey(Coalitions.maskOf(partners, members));
    }

    /** The value of the group {@code members}: its own footprint profit alone, its members' plus synergy together. */
    public double valueOf(List<String> members) {
        return valueOf(Coalitions.maskOf(partners, members));
    }

    /** The synergy of the group {@code members}, lever by lever; none for a partner alone. */
    public LeverSynergy synergyOf(List<String> members) {
        int mask = Coalitions.maskOf(partners, members);
        return Integer.bitCount(mask) == 1 ? LeverSynergy.NONE : planned(mask).synergy();
    }

    /** The profit game on {@code members} (the value of every group of them), players in the scenario's order. */
    public CooperativeGame gameOf(List<String> members) {
        List<Integer> bits = Coalitions.singletons(Coalitions.maskOf(partners, members));
        List<String> players = bits.stream()
                .map(bit -> partners.get(Integer.numberOfTrailingZeros(bit)))
                .toList();
        List<Double> values = new ArrayList<>(1 << bits.size());
        values.add(0.0);
        for (int sub = 1; sub < 1 << bits.size(); sub++) {
            int full = 0;
            for (int i = 0; i < bits.size(); i++) {
                if ((sub & 1 << i) != 0) {
                    full |= bits.get(i);
                }
            }
            values.add(valueOf(full));
        }
        return new CooperativeGame(GameKind.PROFIT, players, values);
    }

    private CoalitionJob job(String coalitionId, int mask, List<Integer> groups) {
        return new CoalitionJob(
                coalitionId,
                membersAlone(Coalitions.members(partners, mask)),
                groups.stream()
                        .map(group -> new CoalitionJob.PlannedGroup(
                                String.join("+", Coalitions.members(partners, group)), footprintOf(group)))
                        .toList());
    }

    private double valueOf(int mask) {
        return Integer.bitCount(mask) == 1
                ? standalone[Integer.numberOfTrailingZeros(mask)].value()
                : planned(mask).value();
    }

    private CoalitionResult planned(int mask) {
        CoalitionResult result = coalitions.get(mask);
        if (result == null) {
            throw new IllegalStateException("The group " + Coalitions.members(partners, mask)
                    + " is not planned yet; plan a study's layers in order.");
        }
        return result;
    }

    private record Split(double profit, List<Integer> groups) {}

    /** The best split of {@code mask} into at least two planned groups (a singleton: itself). */
    private Split bestSplit(int mask, Map<Integer, Split> memo) {
        Split known = memo.get(mask);
        if (known != null) {
            return known;
        }
        if (Integer.bitCount(mask) == 1) {
            Split self = new Split(footprintOf(mask).profit(), List.of(mask));
            memo.put(mask, self);
            return self;
        }
        int lowest = Integer.lowestOneBit(mask);
        Split best = null;
        // Each split once: the part holding the lowest member is one of the proper sub-masks with it.
        for (int part = (mask - 1) & mask; part > 0; part = (part - 1) & mask) {
            if ((part & lowest) == 0) {
                continue;
            }
            Split left = bestCover(part, memo);
            Split right = bestCover(mask ^ part, memo);
            double profit = left.profit + right.profit;
            if (best == null || profit > best.profit) {
                List<Integer> groups = new ArrayList<>(left.groups);
                groups.addAll(right.groups);
                best = new Split(profit, groups);
            }
        }
        // A group of two or more has at least one split in two.
        Split found = Objects.requireNonNull(best);
        memo.put(mask, found);
        return found;
    }

    /** The best way to run the group {@code mask}: its own plan when planned, or its best split. */
    private Split bestCover(int mask, Map<Integer, Split> memo) {
        Split split = bestSplit(mask, memo);
        CoalitionResult planned = coalitions.get(mask);
        if (planned != null && planned.footprint().plan().profit() >= split.profit) {
            return new Split(planned.footprint().plan().profit(), List.of(mask));
        }
        return split;
    }

    private FootprintPlan footprintOf(int mask) {
        return Integer.bitCount(mask) == 1
                ? standalone[Integer.numberOfTrailingZeros(mask)].footprint()
                : planned(mask).footprint().plan();
    }

    private int indexOf(String partnerId) {
        int index = partners.indexOf(partnerId);
        if (index < 0) {
            throw new IllegalArgumentException(partnerId + " is not a partner of the scenario.");
        }
        return index;
    }
}
