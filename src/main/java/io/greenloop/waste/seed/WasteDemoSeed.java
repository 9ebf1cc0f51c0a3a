package io.greenloop.waste.seed;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import io.greenloop.identity.Accounts;
import io.greenloop.identity.Role;
import io.greenloop.region.Organisation;
import io.greenloop.region.Organisations;
import io.greenloop.shared.RegionCode;
import io.greenloop.waste.Balances;
import io.greenloop.waste.Declarations;
import io.greenloop.waste.EnterpriseAccess;
import io.greenloop.waste.TransferAlerts;
import io.greenloop.waste.seed.WasteDemoData.Made;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In the demo profile, demonstration waste data (演示数据) for Hohhot and Ordos, made once
 * ({@link WasteDemoData}), with the balances of every year computed from it and the
 * transfer alerts raised. The size is {@code greenloop.demo.waste.enterprises} (default
 * 300; 0 for none) and {@code greenloop.demo.waste.manifests} (default 50,000).
 */
@Component
@Profile("demo & !prod")
@Order(360)
class WasteDemoSeed implements ApplicationRunner {

	static final List<String> CITIES = List.of("150100", "150600");

	private final WasteDemoData data;

	private final Balances balances;

	private final TransferAlerts alerts;

	private final int enterprises;

	private final int manifests;

	private final Accounts accounts;

	private final Declarations declarations;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Organisations organisations;

	private final EnterpriseAccess access;

	private final String password;

	WasteDemoSeed(WasteDemoData data, Balances balances, TransferAlerts alerts, Accounts accounts,
			Organisations organisations, EnterpriseAccess access, Declarations declarations, JdbcClient jdbc,
			Clock clock, @Value("${greenloop.demo.password:demo1234}") String password,
			@Value("${greenloop.demo.waste.enterprises:300}") int enterprises,
			@Value("${greenloop.demo.waste.manifests:50000}") int manifests) {
		this.data = data;
		this.balances = balances;
		this.accounts = accounts;
		this.declarations = declarations;
		this.jdbc = jdbc;
		this.clock = clock;
		this.organisations = organisations;
		this.access = access;
		this.password = password;
		this.alerts = alerts;
		this.enterprises = enterprises;
		this.manifests = manifests;
	}

	/**
	 * The declarations of last year and this year of every site keeping a hazardous waste
	 * ledger (producers and operators), confirmed two days before they were due, except
	 * three of last year left unconfirmed: the daily check announces them and the
	 * evaluation module's warning list shows them.
	 */
	private void declarations() {
		List<Long> sites = this.jdbc.sql("""
				SELECT DISTINCT s.id FROM waste.site s JOIN waste.enterprise e ON e.id = s.enterprise_id
				WHERE e.demo AND EXISTS (SELECT 1 FROM waste.ledger_record r WHERE r.site_id = s.id
				                         AND r.waste_kind = 'HAZARDOUS')
				ORDER BY s.id""").query(Long.class).list();
		sites.forEach(this.declarations::prepare);
		this.jdbc
			.sql("""
					WITH late AS (SELECT d.id FROM waste.declaration d WHERE d.site_id = ANY (:sites) AND d.state = 'GENERATED'
					              AND d.due_on < :today AND d.kind = 'MONTHLY' ORDER BY d.due_on, d.id LIMIT 3)
					UPDATE waste.declaration d SET state = 'CONFIRMED', confirmed_by = 'demo',
					    confirmed_at = (d.due_on - 2) + TIME '10:00' AT TIME ZONE 'Asia/Shanghai', late = false
					WHERE d.site_id = ANY (:sites) AND d.state = 'GENERATED' AND d.due_on < :today
					  AND d.id NOT IN (SELECT id FROM late)""")
			.param("sites", sites.toArray(Long[]::new))
			.param("today", java.time.LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))))
			.update();
		this.declarations.checkOverdue();
	}

	private void account(String username, String name, Organisation organisation, long enterprise) {
		this.accounts.ensure(username, name, this.password, organisation, Set.of(Role.ENTERPRISE), true);
		this.access.addMember(username, enterprise);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.enterprises <= 0 || this.data.exists()) {
			return;
		}
		Made made = this.data.make(CITIES, this.enterprises, this.manifests, 20_211_130L);
		Organisation organisation = this.organisations.findOrRegister(RegionCode.of(CITIES.get(0)), "企业用户（演示）", "demo");
		account("hohhot-producer", "产废单位 填报员（演示）", organisation, made.producer());
		account("hohhot-operator", "危废经营单位 填报员（演示）", organisation, made.operator());
		account("hohhot-carrier", "危货运输单位 驾驶员（演示）", organisation, made.carrier());
		for (int year : this.balances.ledgerYears()) {
			this.balances.recompute(year);
		}
		this.alerts.runDailyCheck();
		declarations();
	}

}
