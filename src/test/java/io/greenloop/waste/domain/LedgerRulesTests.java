package io.greenloop.waste.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ledger's rules without Spring or a database: batches recorded earlier in the same
 * list, stored batches with what was already taken, a code used by two stages, times.
 */
class LedgerRulesTests {

	static final Instant NOW = Instant.parse("2025-11-20T02:00:00Z");

	/**
	 * A site with a stored generated batch S1 (4 t, 1 t taken) and a stored-out batch X1
	 * also coded as generated.
	 */
	static final LedgerFacts FACTS = new LedgerFacts() {

		final Map<String, Batch> stored = Map.of("GENERATED|S1",
				new Batch("900-041-49", new BigDecimal("4"), BigDecimal.ONE, Instant.parse("2025-10-01T00:00:00Z")),
				"GENERATED|X1",
				new Batch("900-041-49", BigDecimal.ONE, BigDecimal.ZERO, Instant.parse("2025-10-01T00:00:00Z")),
				"STORED_OUT|X1",
				new Batch("900-041-49", BigDecimal.ONE, BigDecimal.ZERO, Instant.parse("2025-10-02T00:00:00Z")));

		@Override
		public Optional<String> facilityKind(String code) {
			return Optional.ofNullable(Map.of("S1", "STORAGE", "U1", "UTILISATION").get(code));
		}

		@Override
		public Optional<Batch> batch(LedgerStage stage, String batchCode) {
			return Optional.ofNullable(this.stored.get(stage.name() + "|" + batchCode));
		}

		@Override
		public Optional<Licence> licence(String number) {
			return Optional.empty();
		}

		@Override
		public Optional<String> catalogueName(String kind, String code, LocalDate date) {
			return "900-041-49".equals(code) ? Optional.of("废弃危险化学品") : Optional.empty();
		}

		@Override
		public boolean receivingOperator(LocalDate date) {
			return false;
		}
	};

	static LedgerEntry entry(String stage, String batch, String at, String quantity, String sourceStage, String source,
			String facility, String treatment) {
		return new LedgerEntry(stage, batch, at, null, "900-041-49", null, new BigDecimal(quantity), null, null, null,
				facility, treatment, null, null, "张三", null, sourceStage, source, null, null, null, null);
	}

	@Test
	void takesFromStoredBatchesCountingWhatWasTakenAndFromEarlierRecordsOfTheList() {
		List<LedgerRecord> records = new LedgerRules(FACTS, NOW)
			.check(List.of(entry("STORED_IN", "R1", "2025-11-01 08:00", "3", null, "S1", "S1", null),
					entry("STORED_OUT", "O1", "2025-11-02", "2", null, "R1", "S1", null),
					entry("OWN_TREATMENT", "T1", "2025-11-03", "2", null, "O1", "U1", "utilisation")));
		assertThat(records).extracting(LedgerRecord::sourceStage)
			.containsExactly(LedgerStage.GENERATED, LedgerStage.STORED_IN, LedgerStage.STORED_OUT);
		assertThat(records.get(0).wasteName()).isEqualTo("废弃危险化学品");
		assertThat(records.get(0).occurredAt()).isEqualTo(Instant.parse("2025-11-01T00:00:00Z"));
		assertThat(records.get(2).treatment()).isEqualTo("UTILISATION");
	}

	@Test
	void refusesTheFourthTonneOfABatchWithThreeLeftAndAnAmbiguousSource() {
		assertThatThrownBy(() -> new LedgerRules(FACTS, NOW)
			.check(List.of(entry("STORED_IN", "R1", "2025-11-01", "3.0001", null, "S1", null, null),
					entry("OWN_TREATMENT", "T1", "2025-11-03", "1", null, "X1", "S1", "DISPOSAL"))))
			.isInstanceOfSatisfying(LedgerRejectedException.class, ex -> assertThat(ex.refusals()).containsExactly(
					new LedgerRefusal(0, "quantityT",
							"3.0001 t is more than batch S1 (GENERATED) still holds: 3 t of 4 t, 1 t already taken out"),
					new LedgerRefusal(1, "facilityCode",
							"Facility S1 is a STORAGE facility; a OWN_TREATMENT record names a DISPOSAL or UTILISATION one"),
					new LedgerRefusal(1, "sourceStage",
							"Both a GENERATED and a STORED_OUT batch are coded X1: name the sourceStage")));
		assertThat(new LedgerRules(FACTS, NOW)
			.check(List.of(entry("OWN_TREATMENT", "T1", "2025-11-03", "1", "STORED_OUT", "X1", "U1", "UTILISATION"))))
			.extracting(LedgerRecord::sourceStage)
			.containsExactly(LedgerStage.STORED_OUT);
	}

	@Test
	void refusesAnEmptyRecordByItsIndex() {
		assertThatThrownBy(() -> new LedgerRules(FACTS, NOW)
			.check(java.util.Arrays.asList(entry("GENERATED", "G1", "2025-11-01", "1", null, null, null, null), null)))
			.isInstanceOfSatisfying(LedgerRejectedException.class, ex -> assertThat(ex.refusals())
				.containsExactly(new LedgerRefusal(1, "record", "The record is empty")));
	}

	@Test
	void readsTheTimesOfTheTemplateAndRefusesOthers() {
		assertThat(LedgerTimes.parse("2025-11-03T08:30")).isEqualTo(Instant.parse("2025-11-03T00:30:00Z"));
		assertThat(LedgerTimes.parse("2025-11-03 08:30:15")).isEqualTo(Instant.parse("2025-11-03T00:30:15Z"));
		assertThat(LedgerTimes.parse("2025-11-03T08:30+08:00")).isEqualTo(Instant.parse("2025-11-03T00:30:00Z"));
		assertThat(LedgerTimes.parse("2025-11-03")).isEqualTo(Instant.parse("2025-11-02T16:00:00Z"));
		assertThat(LedgerTimes.parse("2025-02-30T08:30")).isNull();
		assertThat(LedgerTimes.parse("03/11/2025")).isNull();
		assertThat(LedgerTimes.parse("2025-11-03T8:30")).isNull();
	}

}
