package io.greenloop.waste.seed;

import java.util.List;
import java.util.Set;

import io.greenloop.identity.Accounts;
import io.greenloop.identity.Role;
import io.greenloop.region.Organisation;
import io.greenloop.region.Organisations;
import io.greenloop.shared.RegionCode;
import io.greenloop.waste.Balances;
import io.greenloop.waste.EnterpriseAccess;
import io.greenloop.waste.seed.WasteDemoData.Made;
import io.greenloop.waste.TransferAlerts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
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

	private final Organisations organisations;

	private final EnterpriseAccess access;

	private final String password;

	WasteDemoSeed(WasteDemoData data, Balances balances, TransferAlerts alerts, Accounts accounts,
			Organisations organisations, EnterpriseAccess access,
			@Value("${greenloop.demo.password:demo1234}") String password,
			@Value("${greenloop.demo.waste.enterprises:300}") int enterprises,
			@Value("${greenloop.demo.waste.manifests:50000}") int manifests) {
		this.data = data;
		this.balances = balances;
		this.accounts = accounts;
		this.organisations = organisations;
		this.access = access;
		this.password = password;
		this.alerts = alerts;
		this.enterprises = enterprises;
		this.manifests = manifests;
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
	}

}
