package io.greenloop.waste;

import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change of the ledger in a year alters that year's balances and, through the opening
 * stock, every later one up to this year.
 */
class BalanceRefreshTests {

	@Test
	void aChangeInAnEarlierYearRecomputesTheYearsAfterIt() {
		assertThat(BalanceRefresh.affected(new TreeSet<>(java.util.List.of(2023)), 2025)).containsExactly(2023, 2024,
				2025);
		assertThat(BalanceRefresh.affected(new TreeSet<>(java.util.List.of(2025)), 2025)).containsExactly(2025);
		assertThat(BalanceRefresh.affected(new TreeSet<>(java.util.List.of(2022, 2024)), 2025)).containsExactly(2022,
				2023, 2024, 2025);
		assertThat(BalanceRefresh.affected(new TreeSet<>(), 2025)).isEmpty();
	}

}
