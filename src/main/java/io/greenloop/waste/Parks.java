package io.greenloop.waste;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import io.greenloop.identity.DataScope;
import io.greenloop.identity.CurrentAccount;
import io.greenloop.waste.SiteCommands.AddPark;
import io.greenloop.waste.SiteViews.ParkSiteView;
import io.greenloop.waste.SiteViews.ParkView;
import io.greenloop.waste.persistence.SiteRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Industrial parks (园区) a site may lie in, per region: read by every logged-in account (a
 * park is not an enterprise's record), written by administrators and reviewers of the
 * region.
 */
@Service
public class Parks {

	private final SiteRepository sites;

	private final RegistryRules rules;

	private final CurrentAccount account;

	private final RegistryAudit audit;

	private final EnterpriseAccess access;

	Parks(SiteRepository sites, RegistryRules rules, CurrentAccount account, RegistryAudit audit,
			EnterpriseAccess access) {
		this.audit = audit;
		this.access = access;
		this.sites = sites;
		this.rules = rules;
		this.account = account;
	}

	/** The parks of a region and the regions below it (null: all). */
	public List<ParkView> list(String regionCode) {
		String prefix = regionCode == null ? "" : scopePrefix(this.rules.region("region", regionCode).code());
		return this.sites.parks()
			.stream()
			.filter(p -> p.regionCode().startsWith(prefix))
			.map(p -> new ParkView(p.id(), p.name(), p.regionCode(), this.rules.regionName(p.regionCode())))
			.toList();
	}

	/**
	 * The sites lying in each park (by park id), of the enterprises the caller may read;
	 * parks without such sites are left out.
	 */
	public Map<Long, List<ParkSiteView>> sitesByPark() {
		BiPredicate<Long, String> readable = this.access.readable(this.account.scope());
		Map<Long, List<ParkSiteView>> byPark = new LinkedHashMap<>();
		for (var row : this.sites.parkSites()) {
			if (readable.test(row.enterpriseId(), row.enterpriseRegion())) {
				byPark.computeIfAbsent(row.parkId(), id -> new ArrayList<>())
					.add(new ParkSiteView(row.parkId(), row.siteId(), row.siteName(), row.enterpriseId(),
							row.enterpriseName()));
			}
		}
		return byPark;
	}

	@Transactional
	public ParkView add(AddPark command) {
		DataScope scope = this.account.scope();
		String name = RegistryRules.required("name", command.name());
		String region = this.rules.region("regionCode", command.regionCode()).code();
		this.rules.checkWrites(scope, region);
		if (this.sites.parkNameTaken(region, name)) {
			throw new DuplicateRegistrationException("name", "Region " + region + " already has a park named " + name);
		}
		long id = this.sites.insertPark(name, region);
		this.audit.changed("park " + id, "registered " + name, region);
		return new ParkView(id, name, region, this.rules.regionName(region));
	}

	private static String scopePrefix(String code) {
		return io.greenloop.shared.RegionCode.of(code).scopePrefix();
	}

}
