package dev.latchkey.adapter.persistence.tenant;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Values read from the database, kept for {@code timeToLive} after they were read. A key whose value
 * is not found is not kept, so what another process adds is seen at once; what it changes, once the
 * time to live has passed.
 */
final class ShortLivedCache<K, V> {

    private final long timeToLiveNanos;
    private final LongSupplier nanoTime;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    ShortLivedCache(Duration timeToLive, LongSupplier nanoTime) {
        this.timeToLiveNanos = timeToLive.toNanos();
        this.nanoTime = nanoTime;
    }

    Optional<V> get(K key, Function<K, Optional<V>> read) {
        long now = nanoTime.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.readAt() < timeToLiveNanos) {
            return Optional.of(entry.value());
        }
        Optional<V> value = read.apply(key);
        value.ifPresentOrElse(v -> entries.put(key, new Entry<>(v, now)), () -> entries.remove(key));
        return value;
    }

    void forget(K key) {
        entries.remove(key);
    }

    private record Entry<V>(V value, long readAt) {}
}
