package io.greenloop.waste;

import java.time.Clock;
import java.util.List;
import java.util.function.BiPredicate;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.waste.Commands.AddSite;
import io.greenloop.waste.Commands.RegisterEnterprise;
import io.greenloop.waste.Views.EnterpriseView;
import io.greenloop.waste.Views.SiteView;
import io.greenloop.waste.domain.CreditCode;
import io.greenloop.waste.domain.IndustryCode;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.persistence.EnterpriseRepository;
import io.greenloop.waste.persistence.EnterpriseRepository.EnterpriseRow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of enterprises (企业) by their 统一社会信用代码, with their production sites (生产场所).
 * An enterprise belongs to the region where it is registered; that region is the data
 * scope of its record, its sites and its licences.
 */
@Service
public class Registry {

	private final EnterpriseRepository enterprises;

	private final Licences licences;

	private final RegistryRules rules;

	private final CurrentAccount account;

	private final Clock clock;

	private final EnterpriseAccess access;

	private final RegistryAudit audit;

	Registry(EnterpriseRepository enterprises, Licences licences, RegistryRules rules, CurrentAccount account,
			Clock clock, EnterpriseAccess access, RegistryAudit audit) {
		this.audit = audit;
		this.access = access;
		this.enterprises = enterprises;
		this.licences = licences;
		this.rules = rules;
		this.account = account;
		this.clock = clock;
	}

	@Transactional
	public EnterpriseView register(RegisterEnterprise command) {
		DataScope scope = this.account.scope();
		CreditCode code = creditCode(command.creditCode());
		String name = RegistryRules.required("name", command.name());
		String region = this.rules.region("regionCode", command.regionCode()).code();
		this.rules.checkWrites(scope, region);
		if (this.enterprises.creditCodeTaken(code.value())) {
			throw new DuplicateRegistrationException("creditCode",
					"An enterprise with credit code " + code + " is already registered");
		}
		long id = this.enterprises.insert(code.value(), name, region, scope.username(), this.clock.instant());
		this.audit.changed("enterprise " + id + " (" + code.value() + ")", "registered " + name, region);
		return get(id);
	}

	/** The enterprises within the caller's data scope, by name. */
	public List<EnterpriseView> list() {
		BiPredicate<Long, String> readable = this.access.readable(this.account.scope());
		return this.enterprises.all()
			.stream()
			.filter(row -> readable.test(row.id(), row.regionCode()))
			.map(row -> view(row, List.of(), List.of()))
			.toList();
	}

	/** One enterprise with its sites and licences. */
	public EnterpriseView get(long id) {
		EnterpriseRow row = readable(id);
		List<SiteView> sites = this.enterprises.sites(id)
			.stream()
			.map(site -> new SiteView(site.id(), site.enterpriseId(), site.name(), site.address(), site.regionCode(),
					this.rules.regionName(site.regionCode()), site.industryCode()))
			.toList();
		return view(row, sites, this.licences.of(id));
	}

	@Transactional
	public EnterpriseView addSite(long enterpriseId, AddSite command) {
		DataScope scope = this.account.scope();
		EnterpriseRow enterprise = readable(enterpriseId);
		this.rules.checkWrites(scope, enterprise.regionCode());
		String name = RegistryRules.required("name", command.name());
		String region = this.rules.region("regionCode", command.regionCode()).code();
		this.rules.checkWrites(scope, region);
		String industry;
		try {
			industry = IndustryCode.of(command.industryCode()).value();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("industryCode", ex.getMessage());
		}
		if (this.enterprises.siteNameTaken(enterpriseId, name)) {
			throw new DuplicateRegistrationException("name", "The enterprise already has a site named " + name);
		}
		long siteId = this.enterprises.insertSite(enterpriseId, name, command.address(), region, industry);
		this.audit.changed("site " + siteId + " of enterprise " + enterpriseId,
				"added " + name + ", region " + region + ", industry " + industry, enterprise.regionCode());
		return get(enterpriseId);
	}

	/** The enterprise, if the caller may see it. */
	EnterpriseRow readable(long id) {
		EnterpriseRow row = this.enterprises.find(id)
			.orElseThrow(() -> new UnknownEnterpriseException("enterprise", id));
		this.access.checkReads(this.account.scope(), row.id(), row.regionCode());
		return row;
	}

	private EnterpriseView view(EnterpriseRow row, List<SiteView> sites, List<Views.LicenceView> licences) {
		return new EnterpriseView(row.id(), row.creditCode(), row.name(), row.regionCode(),
				this.rules.regionName(row.regionCode()), sites, licences);
	}

	private static CreditCode creditCode(String value) {
		try {
			return CreditCode.of(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("creditCode", ex.getMessage());
		}
	}

}
