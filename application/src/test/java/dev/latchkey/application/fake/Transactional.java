package dev.latchkey.application.fake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A fake whose kept data a failed transaction of {@link DirectTransactions} puts back, as a rollback does. */
interface Transactional {

    /** Copies the data kept now; running the answer puts that copy back. Counts of calls are not data. */
    Runnable snapshot();

    /** Copies the map now; running the answer puts the copy back into it. */
    static <K, V> Runnable copy(Map<K, V> map) {
        Map<K, V> copy = new LinkedHashMap<>(map);
        return () -> {
            map.clear();
            map.putAll(copy);
        };
    }

    /** Copies the list now; running the answer puts the copy back into it. */
    static <T> Runnable copy(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        return () -> {
            list.clear();
            list.addAll(copy);
        };
    }
}
