package io.greenloop.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What was read from data that carries a version, kept until the version changes: the
 * least recently used of at most {@code capacity} entries is dropped first. A value
 * missing for a version is computed once: callers asking for it meanwhile wait for that
 * computation instead of repeating it (fifty clients of a dashboard whose data just
 * changed cost one read, not fifty). It is kept only if {@code keep} accepts it, so that
 * large answers are not held.
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

	/**
	 * The value kept for the key at this version, else the one computed now (by this
	 * caller, or by another caller that began computing it first). A value for a version
	 * older than the one kept is computed and not kept.
	 */
	public V get(K key, long version, Supplier<V> compute) {
		FutureTask<V> task;
		boolean mine = false;
		synchronized (this.entries) {
			Entry<V> kept = this.entries.get(key);
			if (kept != null && kept.version() > version) {
				return compute.get();
			}
			if (kept != null && kept.version() == version) {
				task = kept.task();
			}
			else {
				task = new FutureTask<>(compute::get);
				this.entries.put(key, new Entry<>(version, task));
				mine = true;
			}
		}
		if (mine) {
			task.run();
		}
		try {
			V value = task.get();
			if (mine && !this.keep.test(value)) {
				forget(key, task);
			}
			return value;
		}
		catch (ExecutionException ex) {
			forget(key, task);
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a value being read", ex);
		}
	}

	private void forget(K key, FutureTask<V> task) {
		synchronized (this.entries) {
			Entry<V> kept = this.entries.get(key);
			if (kept != null && kept.task() == task) {
				this.entries.remove(key);
			}
		}
	}

	private record Entry<V>(long version, FutureTask<V> task) {
	}

}
