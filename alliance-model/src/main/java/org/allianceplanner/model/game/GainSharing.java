package org.allianceplanner.model.game;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Every sharing method's split of one game, with the game's stability.
 *
 * @param game the game split
 * @param allocations one per method, in {@link SharingMethod} order
 * @param coreEmpty true when every split leaves some coalition better off alone
 * @param leastCoreValue the least-core value ε*: the smallest ε such that some split gives every proper
 *     coalition at most ε of excess. ε* ≤ 0 exactly when the core is non-empty; when it is positive, it
 *     is what the most tempted coalition gains by leaving under the most stable split
 * @param bargainingPowers the players' bargaining powers used by Nash bargaining, in player order;
 *     empty when not given (equal split of the surplus)
 */
public record GainSharing(
        CooperativeGame game,
        List<Allocation> allocations,
        boolean coreEmpty,
        double leastCoreValue,
        List<Double> bargainingPowers) {
    public GainSharing {
        requireNonNull(game, "game");
        allocations = List.copyOf(allocations);
        bargainingPowers = List.copyOf(bargainingPowers);
    }

    /** The split of {@code method}, if computed. */
    public Optional<Allocation> allocation(SharingMethod method) {
        return allocations.stream().filter(a -> a.method() == method).findFirst();
    }
}
