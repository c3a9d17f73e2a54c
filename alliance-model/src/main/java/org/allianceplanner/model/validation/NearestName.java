package org.allianceplanner.model.validation;

import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Finds the name a user most likely meant, for "Maybe you meant …" hints. Stateless. */
public final class NearestName {
    private NearestName() {}

    /**
     * The candidate closest to {@code typed}, ignoring case, when it is close enough to be a likely
     * typo (one edit per three characters, at least one); ties go to the earliest candidate.
     */
    public static @Nullable String among(String typed, Collection<String> candidates) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        // Allow one edit per three characters, at least one; a distance equal to the length means
        // nothing matched at all ('X' against 'A'), which would be a guess rather than a hint.
        int allowed = Math.max(1, wanted.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String id : candidates) {
            int distance = editDistance(wanted, id.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = id;
                bestDistance = distance;
            }
        }
        if (best == null || bestDistance > allowed || bestDistance >= Math.max(wanted.length(), best.length())) {
            return null;
        }
        return best;
    }

    /** Levenshtein distance: insertions, deletions and substitutions of one character. */
    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
