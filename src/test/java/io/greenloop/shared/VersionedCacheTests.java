package io.greenloop.shared;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionedCacheTests {

	private final AtomicInteger reads = new AtomicInteger();

	private final VersionedCache<String, List<Integer>> cache = new VersionedCache<>(2, value -> value.size() < 3);

	@Test
	void keepsAValueUntilTheVersionChanges() {
		assertThat(this.cache.get("a", 1, () -> read(1))).containsExactly(1);
		assertThat(this.cache.get("a", 1, () -> read(2))).as("kept").containsExactly(1);
		assertThat(this.cache.get("a", 2, () -> read(3))).as("a new version reads again").containsExactly(3);
		assertThat(this.cache.get("a", 1, () -> read(4))).as("an older version is not kept over a newer one")
			.containsExactly(4);
		assertThat(this.cache.get("a", 2, () -> read(5))).containsExactly(3);
		assertThat(this.reads).hasValue(3);
	}

	@Test
	void dropsTheLeastRecentlyUsedAndDoesNotKeepWhatItMustNot() {
		this.cache.get("a", 1, () -> read(1));
		this.cache.get("b", 1, () -> read(2));
		this.cache.get("a", 1, () -> read(3));
		this.cache.get("c", 1, () -> read(4));
		assertThat(this.cache.get("a", 1, () -> read(5))).as("used last, kept").containsExactly(1);
		assertThat(this.cache.get("b", 1, () -> read(6))).as("dropped").containsExactly(6);
		assertThat(this.cache.get("big", 1, () -> List.of(1, 2, 3))).hasSize(3);
		assertThat(this.cache.get("big", 1, () -> read(7))).as("too big to keep").containsExactly(7);
	}

	@Test
	void computesAMissingValueOnceForEveryoneAskingMeanwhile() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService other = Executors.newFixedThreadPool(2);
		try {
			Future<List<Integer>> first = other.submit(() -> this.cache.get("a", 1, () -> {
				started.countDown();
				await(release);
				return read(1);
			}));
			assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
			Future<List<Integer>> second = other.submit(() -> this.cache.get("a", 1, () -> read(2)));
			release.countDown();
			assertThat(first.get(10, TimeUnit.SECONDS)).containsExactly(1);
			assertThat(second.get(10, TimeUnit.SECONDS)).as("waited for the first").containsExactly(1);
			assertThat(this.reads).hasValue(1);
		}
		finally {
			other.shutdownNow();
		}
	}

	@Test
	void aFailedReadIsNotKept() {
		IllegalStateException failure = new IllegalStateException("database gone");
		assertThatThrownBy(() -> this.cache.get("a", 1, () -> {
			throw failure;
		})).isSameAs(failure);
		assertThat(this.cache.get("a", 1, () -> read(1))).containsExactly(1);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private List<Integer> read(int value) {
		this.reads.incrementAndGet();
		return List.of(value);
	}

}
