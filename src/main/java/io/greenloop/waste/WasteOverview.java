package io.greenloop.waste;

import java.util.List;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.identity.Role;
import io.greenloop.waste.Balances.Balance;
import io.greenloop.waste.Balances.Flag;
import io.greenloop.waste.Balances.Run;
import io.greenloop.waste.WasteFlows.Sankey;
import io.greenloop.waste.WasteIndicators.Value;
import io.greenloop.waste.domain.NotPermittedException;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A region's balances, flows, flags and computed indicators for government accounts
 * within their data scope, and their recomputation (by administrators and reviewers,
 * after ledger changes, and nightly).
 */
@Service
public class WasteOverview {

	private final Balances balances;

	private final WasteFlows flows;

	private final WasteIndicators indicators;

	private final CurrentAccount account;

	private final RegistryRules rules;

	WasteOverview(Balances balances, WasteFlows flows, WasteIndicators indicators, CurrentAccount account,
			RegistryRules rules) {
		this.balances = balances;
		this.flows = flows;
		this.indicators = indicators;
		this.account = account;
		this.rules = rules;
	}

	/**
	 * What a recomputation did: the balances of each year, and the indicator values
	 * recorded.
	 */
	public record Recomputed(List<Run> runs, int valuesRecorded) {
	}

	public List<Balance> balances(String region, int year) {
		return this.balances.of(readable(region), year);
	}

	public List<Flag> flags(String region, int year) {
		return this.balances.flags(readable(region), year);
	}

	public Sankey flows(String region, int year, String kind) {
		if (!"HAZARDOUS".equals(kind) && !"GENERAL".equals(kind)) {
			throw new io.greenloop.waste.domain.InvalidInputException("kind", "kind is HAZARDOUS or GENERAL");
		}
		return this.flows.of(readable(region), year, kind);
	}

	public List<Value> indicators(String region, int year) {
		return this.indicators.values(readable(region), year);
	}

	/** The years with ledger records. */
	public List<Integer> years() {
		return this.balances.ledgerYears();
	}

	/** The caller's region, the default of the pages. */
	public String defaultRegion() {
		return this.account.scope().regionCode();
	}

	/**
	 * Recomputes the given years (all ledger years when empty), for administrators and
	 * reviewers.
	 */
	@Transactional
	public Recomputed recompute(List<Integer> years) {
		DataScope scope = this.account.scope();
		if (!scope.isAdmin() && !scope.has(Role.REVIEWER)) {
			throw new NotPermittedException("Only administrators and reviewers recompute the balances");
		}
		return recomputeYears(years.isEmpty() ? this.balances.ledgerYears() : years);
	}

	/**
	 * Recomputes the years whose ledgers changed (no caller: the system's own refresh).
	 */
	@Transactional
	Recomputed refresh(List<Integer> years) {
		return recomputeYears(years);
	}

	/** Recomputes every ledger year, nightly. */
	@Scheduled(cron = "0 45 0 * * *", zone = "Asia/Shanghai")
	@Transactional
	public Recomputed nightly() {
		return recomputeYears(this.balances.ledgerYears());
	}

	private Recomputed recomputeYears(List<Integer> years) {
		List<Run> runs = years.stream().map(this.balances::recompute).toList();
		return new Recomputed(runs, this.indicators.publish(years));
	}

	private String readable(String region) {
		DataScope scope = this.account.scope();
		String code = this.rules.region("region", region == null ? scope.regionCode() : region).code();
		if (EnterpriseAccess.enterpriseOnly(scope) || !scope.sees(code)) {
			throw new NotPermittedException("Region " + code + " is outside your data scope");
		}
		return code;
	}

}
