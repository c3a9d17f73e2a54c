package org.allianceplanner.model.game;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;

/**
 * A cooperative game in characteristic-function form: the value of every non-empty coalition of its
 * players.
 *
 * <p>Coalitions are bit masks: bit {@code i} stands for {@code players.get(i)}. {@code values.get(mask)}
 * is the value of that coalition, and {@code values.get(0)}, the empty coalition, is 0.
 *
 * @param kind profits or costs
 * @param players the players, each once, at most {@value #MAX_PLAYERS}
 * @param values {@code 2^players.size()} values indexed by coalition mask
 */
public record CooperativeGame(GameKind kind, List<String> players, List<Double> values) {
    /** Most players a game may have: every coalition is stored. */
    public static final int MAX_PLAYERS = 20;

    public CooperativeGame {
        requireNonNull(kind, "kind");
        players = List.copyOf(players);
        values = List.copyOf(values);
        if (players.isEmpty() || players.size() > MAX_PLAYERS) {
            throw new IllegalArgumentException(
                    "A game has 1 to " + MAX_PLAYERS + " players, not " + players.size() + ".");
        }
        if (new HashSet<>(players).size() != players.size()) {
            throw new IllegalArgumentException("A game's players must differ: " + players + ".");
        }
        if (values.size() != 1 << players.size()) {
            throw new IllegalArgumentException("A game of " + players.size() + " players needs " + (1 << players.size())
                    + " values (empty coalition first), not " + values.size() + ".");
        }
        if (values.get(0) != 0) {
            throw new IllegalArgumentException("The empty coalition's value must be 0, not " + values.get(0) + ".");
        }
        for (double value : values) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("A coalition's value must be finite, not " + value + ".");
            }
        }
    }

    /** The game given by the values of its non-empty coalitions in mask order 1, 2, 3, … */
    public static CooperativeGame ofMaskOrder(GameKind kind, List<String> players, List<Double> nonEmpty) {
        List<Double> values = new ArrayList<>(nonEmpty.size() + 1);
        values.add(0.0);
        values.addAll(nonEmpty);
        return new CooperativeGame(kind, players, values);
    }

    /** Number of players. */
    public int size() {
        return players.size();
    }

    /** The mask of the grand coalition. */
    public int grandMask() {
        return (1 << players.size()) - 1;
    }

    /** The value of the coalition {@code mask}. */
    public double value(int mask) {
        return values.get(mask);
    }

    /** The value of the coalition of {@code members}. */
    public double value(Collection<String> members) {
        return value(maskOf(members));
    }

    /** The mask of {@code members}. */
    public int maskOf(Collection<String> members) {
        int mask = 0;
        for (String member : members) {
            int index = players.indexOf(member);
            if (index < 0) {
                throw new IllegalArgumentException(member + " is not a player of this game " + players + ".");
            }
            mask |= 1 << index;
        }
        return mask;
    }

    /** The players of the coalition {@code mask}, in player order. */
    public List<String> membersOf(int mask) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < players.size(); i++) {
            if ((mask & 1 << i) != 0) {
                members.add(players.get(i));
            }
        }
        return members;
    }

    /** The coalition {@code mask} written as its players joined by {@code +}. */
    public String nameOf(int mask) {
        return String.join("+", membersOf(mask));
    }

    /** The game restricted to {@code members} (in this game's player order). */
    public CooperativeGame subgame(Collection<String> members) {
        int mask = maskOf(members);
        List<String> subPlayers = membersOf(mask);
        int[] bit = new int[subPlayers.size()];
        for (int i = 0; i < bit.length; i++) {
            bit[i] = 1 << players.indexOf(subPlayers.get(i));
        }
        List<Double> subValues = new ArrayList<>(1 << bit.length);
        for (int sub = 0; sub < 1 << bit.length; sub++) {
            int full = 0;
            for (int i = 0; i < bit.length; i++) {
                if ((sub & 1 << i) != 0) {
                    full |= bit[i];
                }
            }
            subValues.add(values.get(full));
        }
        return new CooperativeGame(kind, subPlayers, subValues);
    }
}
