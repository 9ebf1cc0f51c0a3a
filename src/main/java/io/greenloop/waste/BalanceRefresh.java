package io.greenloop.waste;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import io.greenloop.waste.Ledger.LedgerChanged;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the balances, checks and computed indicators in step with the ledger: the years
 * of every committed ledger change, and the later years up to this one (their opening
 * stock carries the change), are noted, and recomputed together a few seconds later
 * ({@code greenloop.waste.balance-refresh.delay}, default 15 s), so that a burst of
 * records costs one recomputation and nobody waits for it. Off with
 * {@code greenloop.waste.balance-refresh.enabled=false} (the tests, which recompute when
 * they mean to); the nightly recomputation and {@code POST /api/waste/balances/recompute}
 * remain.
 */
@Component
class BalanceRefresh {

	private final Set<Integer> pending = ConcurrentHashMap.newKeySet();

	private final WasteOverview overview;

	private final boolean enabled;

	private final java.time.Clock clock;

	BalanceRefresh(WasteOverview overview, @Value("${greenloop.waste.balance-refresh.enabled:true}") boolean enabled,
			java.time.Clock clock) {
		this.overview = overview;
		this.enabled = enabled;
		this.clock = clock;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(LedgerChanged event) {
		if (this.enabled) {
			this.pending.addAll(affected(event.years(), java.time.LocalDate.now(this.clock).getYear()));
		}
	}

	/**
	 * The years a change of the ledger in the given years alters: those years and every
	 * later one up to this year, whose opening stock and earlier-year origins depend on
	 * them.
	 */
	static java.util.SortedSet<Integer> affected(java.util.SortedSet<Integer> years, int thisYear) {
		TreeSet<Integer> affected = new TreeSet<>(years);
		if (!years.isEmpty()) {
			for (int year = years.first(); year <= thisYear; year++) {
				affected.add(year);
			}
		}
		return affected;
	}

	/** The years waiting to be recomputed. */
	Set<Integer> pending() {
		return Set.copyOf(this.pending);
	}

	@Scheduled(fixedDelayString = "${greenloop.waste.balance-refresh.delay:PT15S}",
			initialDelayString = "${greenloop.waste.balance-refresh.delay:PT15S}")
	void refresh() {
		if (this.pending.isEmpty()) {
			return;
		}
		TreeSet<Integer> years = new TreeSet<>(this.pending);
		this.pending.removeAll(years);
		this.overview.refresh(List.copyOf(years));
	}

}
