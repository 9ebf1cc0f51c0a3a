package io.greenloop.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What was read from data that carries a version, kept until the version changes: the
 * least recently used of at most {@code capacity} entries is dropped first. A value is
 * computed outside the lock (two callers may compute the same one at once; both answers
 * are right) and kept only if {@code keep} accepts it, so that large answers are not
 * held.
 *
 * @param <K> what identifies a value
 * @param <V> the value
 */
public final class VersionedCache<K, V> {

	private final Map<K, Entry<V>> entries;

	private final Predicate<V> keep;

	public VersionedCache(int capacity, Predicate<V> keep) {
		this.keep = keep;
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
				return size() > capacity;
			}

		};
	}

	/** The value kept for the key at this version, else the one computed now. */
	public V get(K key, long version, Supplier<V> compute) {
		synchronized (this.entries) {
			Entry<V> kept = this.entries.get(key);
			if (kept != null && kept.version() == version) {
				return kept.value();
			}
		}
		V value = compute.get();
		if (this.keep.test(value)) {
			synchronized (this.entries) {
				Entry<V> kept = this.entries.get(key);
				if (kept == null || kept.version() <= version) {
					this.entries.put(key, new Entry<>(version, value));
				}
			}
		}
		return value;
	}

	private record Entry<V>(long version, V value) {
	}

}
