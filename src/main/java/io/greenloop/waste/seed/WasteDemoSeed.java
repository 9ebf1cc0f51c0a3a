package io.greenloop.waste.seed;

import java.util.List;

import io.greenloop.waste.Balances;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the demo profile, demonstration waste data (演示数据) for Hohhot and Ordos, made once
 * ({@link WasteDemoData}), with the balances of every year computed from it. The size is
 * {@code greenloop.demo.waste.enterprises} (default 300; 0 for none) and
 * {@code greenloop.demo.waste.manifests} (default 50,000).
 */
@Component
@Profile("demo & !prod")
@Order(360)
class WasteDemoSeed implements ApplicationRunner {

	static final List<String> CITIES = List.of("150100", "150600");

	private final WasteDemoData data;

	private final Balances balances;

	private final int enterprises;

	private final int manifests;

	WasteDemoSeed(WasteDemoData data, Balances balances,
			@Value("${greenloop.demo.waste.enterprises:300}") int enterprises,
			@Value("${greenloop.demo.waste.manifests:50000}") int manifests) {
		this.data = data;
		this.balances = balances;
		this.enterprises = enterprises;
		this.manifests = manifests;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.enterprises <= 0 || this.data.exists()) {
			return;
		}
		this.data.make(CITIES, this.enterprises, this.manifests, 20_211_130L);
		for (int year : this.balances.ledgerYears()) {
			this.balances.recompute(year);
		}
	}

}
