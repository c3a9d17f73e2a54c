package org.allianceplanner.model.validation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The ids of one table, with the first row of each, to check references and uniqueness and to
 * suggest the nearest id for a typo.
 */
final class Ids {
    private final String noun;
    private final String table;
    private final String column;
    private final Map<String, Integer> firstRowById;

    private Ids(String noun, String table, String column, Map<String, Integer> firstRowById) {
        this.noun = noun;
        this.table = table;
        this.column = column;
        this.firstRowById = firstRowById;
    }

    /**
     * The ids in {@code column} of {@code rows}; blank ids are left out since they name nothing.
     *
     * @param noun what an id names, for messages: {@code partner}, {@code part family}
     */
    static <T> Ids of(String noun, Table table, String column, List<T> rows, Function<T, String> id) {
        Map<String, Integer> firstRowById = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String value = id.apply(rows.get(i));
            if (!value.isBlank()) {
                firstRowById.putIfAbsent(value, i);
            }
        }
        return new Ids(noun, table.fileStem(), column, firstRowById);
    }

    String noun() {
        return noun;
    }

    /** Why an id is unknown, for messages: {@code no row of partners has this partner_id}. */
    String whereMissing() {
        return "no row of " + table + " has this " + column;
    }

    boolean contains(String id) {
        return firstRowById.containsKey(id);
    }

    Set<String> all() {
        return firstRowById.keySet();
    }

    /** The first row holding {@code id} when that row comes before {@code rowIndex}. */
    OptionalInt earlierThan(String id, int rowIndex) {
        Integer first = firstRowById.get(id);
        return first != null && first < rowIndex ? OptionalInt.of(first) : OptionalInt.empty();
    }

    /**
     * The id closest to {@code unknown} by edit distance, ignoring case, when it is close enough to be
     * a likely typo; ties go to the id on the earliest row so the hint is the same on every run.
     */
    @Nullable
    String nearest(String unknown) {
        return nearest(unknown, firstRowById.keySet());
    }

    /** The value of {@code candidates} closest to {@code unknown}, as {@link #nearest(String)}. */
    static @Nullable String nearest(String unknown, Collection<String> candidates) {
        return NearestName.among(unknown, candidates);
    }
}
