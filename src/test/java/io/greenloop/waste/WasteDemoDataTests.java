package io.greenloop.waste;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.greenloop.GreenloopTest;
import io.greenloop.waste.Balances.Flag;
import io.greenloop.waste.WasteIndicators.Kind;
import io.greenloop.waste.WasteIndicators.Value;
import io.greenloop.waste.domain.CreditCode;
import io.greenloop.waste.seed.WasteDemoData;
import io.greenloop.waste.seed.WasteDemoData.Made;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demonstration data, made small for one city (包头, which no other test uses): every
 * enterprise marked, valid credit codes, manifests numbered by year, province and city,
 * ledgers that balance except where anomalies are planted, and the checks finding exactly
 * the planted ones.
 */
@GreenloopTest
class WasteDemoDataTests {

	static final String BAOTOU = "150200";

	@Autowired
	WasteDemoData demo;

	@Autowired
	Balances balances;

	@Autowired
	WasteIndicators indicators;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransferAlerts alerts;

	long alerts(String kind) {
		return this.jdbc.sql("""
				SELECT count(*) FROM waste.transfer_alert a JOIN waste.manifest m ON m.id = a.manifest_id
				JOIN waste.site s ON s.id = m.sender_site_id WHERE s.region_code LIKE '1502%' AND a.kind = :kind""")
			.param("kind", kind)
			.query(Long.class)
			.single();
	}

	@Test
	void makesConsistentLedgersWhoseOnlyProblemsAreThePlantedOnes() {
		Made made = this.demo.make(List.of(BAOTOU), 20, 400, 7L);
		assertThat(made.enterprises()).isEqualTo(20);
		assertThat(made.manifests()).isEqualTo(400);
		List<String> codes = this.jdbc.sql("SELECT credit_code FROM waste.enterprise WHERE region_code LIKE '1502%'")
			.query(String.class)
			.list();
		assertThat(codes).hasSize(20).allSatisfy(code -> CreditCode.of(code));
		assertThat(this.jdbc.sql("SELECT bool_and(demo) FROM waste.enterprise WHERE region_code LIKE '1502%'")
			.query(Boolean.class)
			.single()).isTrue();
		List<String> manifests = this.jdbc.sql("""
				SELECT manifest_number FROM waste.ledger_record r JOIN waste.site s ON s.id = r.site_id
				WHERE s.region_code LIKE '1502%' AND r.stage = 'OFF_SITE'""").query(String.class).list();
		assertThat(manifests).hasSize(made.manifests())
			.doesNotHaveDuplicates()
			.allMatch(n -> n.matches("20\\d{2}1502\\d{6}"));

		for (int year = 2021; year <= 2025; year++) {
			this.balances.recompute(year);
		}
		List<Flag> flags2023 = this.balances.flags(BAOTOU, 2023);
		assertThat(flags2023.stream().filter(f -> f.kind().equals("GENERATED_UNTRACKED"))).hasSize(5);
		assertThat(flags2023.stream().filter(f -> f.kind().equals("RECEIVER_OVER_CAPACITY"))).hasSize(1);
		List<Flag> flags2024 = this.balances.flags(BAOTOU, 2024);
		assertThat(flags2024.stream().filter(f -> f.kind().equals("SENT_NOT_RECEIVED"))).hasSize(3);
		for (int year = 2021; year <= 2025; year++) {
			List<Flag> flags = this.balances.flags(BAOTOU, year);
			Set<Long> untracked = flags.stream()
				.filter(f -> f.kind().equals("GENERATED_UNTRACKED"))
				.map(Flag::siteId)
				.collect(Collectors.toSet());
			assertThat(flags).filteredOn(f -> f.kind().equals("UNBALANCED"))
				.allSatisfy(f -> assertThat(untracked).contains(f.siteId()));
			assertThat(flags).extracting(Flag::kind)
				.allMatch(kind -> Set
					.of("GENERATED_UNTRACKED", "UNBALANCED", "SENT_NOT_RECEIVED", "RECEIVER_OVER_CAPACITY")
					.contains(kind));
		}

		// the manifests the ledgers name, with their states, and the alerts the daily
		// check raises on them
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM waste.manifest m JOIN waste.site s ON s.id = m.sender_site_id
				WHERE s.region_code LIKE '1502%' AND m.number = ANY (:numbers)""")
			.param("numbers", manifests.toArray(String[]::new))
			.query(Long.class)
			.single()).isEqualTo(manifests.size());
		this.alerts.runDailyCheck();
		assertThat(alerts("UNCONFIRMED")).isEqualTo(3);
		assertThat(alerts("WEIGHT_DIFFERENCE")).isEqualTo(5);
		// every leg has a plausible distance; the one planted late delivery is LONG by
		// its
		// route, not by the fixed 48 h
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM waste.manifest_carrier c JOIN waste.manifest m ON m.id = c.manifest_id
				JOIN waste.site s ON s.id = m.sender_site_id
				WHERE s.region_code LIKE '1502%' AND NOT (c.distance_km BETWEEN 15 AND 400)""")
			.query(Long.class)
			.single()).isZero();
		assertThat(alerts("LONG_TRIP")).isEqualTo(1);
		assertThat(this.jdbc
			.sql("""
					SELECT a.detail FROM waste.transfer_alert a JOIN waste.manifest m ON m.id = a.manifest_id
					JOIN waste.site s ON s.id = m.sender_site_id WHERE s.region_code LIKE '1502%' AND a.kind = 'LONG_TRIP'""")
			.query(String.class)
			.single()).startsWith("Took 23 h from pick-up to delivery; its route of ").contains("rule ROUTE");
		assertThat(this.jdbc
			.sql("""
					SELECT count(*) FROM waste.manifest m JOIN waste.site s ON s.id = m.sender_site_id
					WHERE s.region_code LIKE '1502%' AND m.state = 'CLOSED'
					  AND NOT EXISTS (SELECT 1 FROM waste.manifest_signature g WHERE g.manifest_id = m.id AND g.position = 2)
					""")
			.query(Long.class)
			.single()).isZero();

		List<Value> values = this.indicators.values(BAOTOU, 2023);
		BigDecimal isw = values.stream()
			.filter(v -> v.kind() == Kind.ISW_UTILISATION_RATE)
			.findFirst()
			.orElseThrow()
			.value();
		// 30% utilised in 2021, 7 points more a year, up to 5 points of noise
		assertThat(isw).isBetween(new BigDecimal("44"), new BigDecimal("49"));
		assertThat(values).allMatch(Value::demo, "marked as computed from demonstration data");

		// a start without the demo profile removes it all
		assertThat(this.demo.remove()).isEqualTo(20);
		assertThat(this.jdbc.sql("SELECT count(*) FROM waste.enterprise WHERE region_code LIKE '1502%'")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM waste.manifest WHERE number = ANY (:numbers)")
			.param("numbers", manifests.toArray(String[]::new))
			.query(Long.class)
			.single()).isZero();
		assertThat(this.balances.of(BAOTOU, 2023)).isEmpty();
	}

}
