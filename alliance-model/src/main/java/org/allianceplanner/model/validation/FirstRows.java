package org.allianceplanner.model.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;

/** The first row on which each key of a table occurs, to find keys that occur again later. */
final class FirstRows<K> {
    private final Map<K, Integer> firstRowByKey = new HashMap<>();

    private FirstRows() {}

    static <T, K> FirstRows<K> of(List<T> rows, Function<T, K> key) {
        FirstRows<K> firstRows = new FirstRows<>();
        for (int i = 0; i < rows.size(); i++) {
            firstRows.firstRowByKey.putIfAbsent(key.apply(rows.get(i)), i);
        }
        return firstRows;
    }

    /** The first row holding {@code key} when that row comes before {@code rowIndex}. */
    OptionalInt earlierThan(K key, int rowIndex) {
        Integer first = firstRowByKey.get(key);
        return first != null && first < rowIndex ? OptionalInt.of(first) : OptionalInt.empty();
    }
}
