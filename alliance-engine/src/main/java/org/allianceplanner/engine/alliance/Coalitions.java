package org.allianceplanner.engine.alliance;

import java.util.ArrayList;
import java.util.List;

/** Coalitions as bit masks over the scenario's partner order (bit i: the i-th partner). */
final class Coalitions {
    private Coalitions() {}

    static int maskOf(List<String> partners, List<String> members) {
        int mask = 0;
        for (String member : members) {
            int index = partners.indexOf(member);
            if (index < 0) {
                throw new IllegalArgumentException(member + " is not a partner of the scenario.");
            }
            mask |= 1 << index;
        }
        return mask;
    }

    /** The members of {@code mask}, in the partners' order. */
    static List<String> members(List<String> partners, int mask) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < partners.size(); i++) {
            if ((mask & 1 << i) != 0) {
                members.add(partners.get(i));
            }
        }
        return members;
    }

    /** Each member of {@code mask} as a mask of its own, lowest first. */
    static List<Integer> singletons(int mask) {
        List<Integer> groups = new ArrayList<>();
        for (int rest = mask; rest != 0; rest &= rest - 1) {
            groups.add(Integer.lowestOneBit(rest));
        }
        return groups;
    }
}
