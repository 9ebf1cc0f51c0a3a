package io.greenloop.waste;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.waste.SiteCommands.AddContact;
import io.greenloop.waste.SiteCommands.AddFacility;
import io.greenloop.waste.SiteCommands.UpdateSite;
import io.greenloop.waste.SiteViews.ContactView;
import io.greenloop.waste.SiteViews.FacilityView;
import io.greenloop.waste.SiteViews.SiteDetailView;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.persistence.SiteRepository;
import io.greenloop.waste.persistence.SiteRepository.SiteRecord;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A production site's registry details: its park, when it began operating, its estimated
 * hazardous waste generation and whether it produces intermittently (what HJ 1259—2022
 * §4.2.3 needs besides the ledger), its facilities (§5.4.2, 附录 A.2) and the enterprise's
 * contacts. Administrators and reviewers in scope change the site itself; they and the
 * enterprise's own members add contacts and facilities.
 */
@Service
public class Sites {

	static final Set<String> CONTACT_ROLES = Set.of("LEGAL", "ENVIRONMENT", "LEDGER", "EMERGENCY");

	static final Set<String> FACILITY_KINDS = Set.of("PRODUCTION", "STORAGE", "UTILISATION", "DISPOSAL");

	private final SiteRepository sites;

	private final Registry registry;

	private final RegistryRules rules;

	private final EnterpriseAccess access;

	private final CurrentAccount account;

	private final RegistryAudit audit;

	Sites(SiteRepository sites, Registry registry, RegistryRules rules, EnterpriseAccess access, CurrentAccount account,
			RegistryAudit audit) {
		this.audit = audit;
		this.sites = sites;
		this.registry = registry;
		this.rules = rules;
		this.access = access;
		this.account = account;
	}

	/** The site with its facilities, if the caller may read its enterprise. */
	public SiteDetailView get(long siteId) {
		SiteRecord site = readable(siteId);
		return view(site);
	}

	/** The sites of an enterprise with their details. */
	public List<SiteDetailView> of(long enterpriseId) {
		this.registry.readable(enterpriseId);
		return this.registry.get(enterpriseId)
			.sites()
			.stream()
			.map(s -> view(this.sites.find(s.id()).orElseThrow()))
			.toList();
	}

	@Transactional
	public SiteDetailView update(long siteId, UpdateSite command) {
		SiteRecord site = readable(siteId);
		this.rules.checkWrites(this.account.scope(), site.enterpriseRegion());
		if (command.parkId() != null && this.sites.park(command.parkId()).isEmpty()) {
			throw new InvalidInputException("parkId", "Unknown park " + command.parkId());
		}
		BigDecimal estimate = command.estimatedHwTonnes();
		if (estimate != null && estimate.signum() < 0) {
			throw new InvalidInputException("estimatedHwTonnes", "The estimated generation (t/a) cannot be negative");
		}
		RegistryAudit.Diff diff = new RegistryAudit.Diff().field("park", site.parkId(), command.parkId())
			.field("operatingSince", site.operatingSince(), command.operatingSince())
			.field("estimatedHwTonnes", site.estimatedHwT(), estimate)
			.field("intermittent", site.intermittent(), command.isIntermittent());
		this.sites.update(siteId, command.parkId(), command.operatingSince(), estimate, command.isIntermittent());
		if (!diff.isEmpty()) {
			this.audit.changed("site " + siteId + " of enterprise " + site.enterpriseId(), diff.toString(),
					site.enterpriseRegion());
		}
		return get(siteId);
	}

	@Transactional
	public FacilityView addFacility(long siteId, AddFacility command) {
		SiteRecord site = readable(siteId);
		this.access.checkWrites(this.account.scope(), site.enterpriseId(), site.enterpriseRegion());
		String code = RegistryRules.required("code", command.code());
		String name = RegistryRules.required("name", command.name());
		String kind = oneOf("kind", command.kind(), FACILITY_KINDS);
		BigDecimal capacity = capacity(kind, command.capacityTonnes());
		if (this.sites.facilityCodeTaken(siteId, code)) {
			throw new DuplicateRegistrationException("code", "The site already has a facility with code " + code);
		}
		String type = command.type() == null || command.type().isBlank() ? null : command.type().strip();
		long id = this.sites.insertFacility(siteId, code, name, kind, type, capacity);
		this.audit.changed("facility " + code + " of site " + siteId, "added " + name + ", " + kind,
				site.enterpriseRegion());
		return new FacilityView(id, siteId, code, name, kind, type, capacity);
	}

	/**
	 * A facility's capacity as given: above zero, and required except for a production
	 * facility (t, or t/a for utilisation and disposal).
	 */
	static BigDecimal capacity(String kind, BigDecimal capacity) {
		if (capacity != null && capacity.signum() <= 0) {
			throw new InvalidInputException("capacityTonnes", "The capacity must be greater than zero");
		}
		if (capacity == null && !"PRODUCTION".equals(kind)) {
			throw new InvalidInputException("capacityTonnes",
					"A " + kind + " facility needs its capacity (t, or t/a for utilisation and disposal)");
		}
		return capacity;
	}

	/** A contact is reached by phone or e-mail: at least one of them. */
	static void reachable(String phone, String email) {
		if (blank(phone) && blank(email)) {
			throw new InvalidInputException("phone", "A contact needs a phone number or an e-mail address");
		}
	}

	/** The contacts of an enterprise and its sites. */
	public List<ContactView> contacts(long enterpriseId) {
		this.registry.readable(enterpriseId);
		return this.sites.contacts(enterpriseId)
			.stream()
			.map(c -> new ContactView(c.id(), c.enterpriseId(), c.siteId(), c.role(), c.name(), c.phone(), c.email()))
			.toList();
	}

	@Transactional
	public ContactView addContact(long enterpriseId, AddContact command) {
		DataScope scope = this.account.scope();
		var enterprise = this.registry.readable(enterpriseId);
		this.access.checkWrites(scope, enterpriseId, enterprise.regionCode());
		if (command.siteId() != null
				&& this.sites.find(command.siteId()).filter(site -> site.enterpriseId() == enterpriseId).isEmpty()) {
			throw new InvalidInputException("siteId", "Site " + command.siteId() + " is not a site of the enterprise");
		}
		String role = oneOf("role", command.role(), CONTACT_ROLES);
		String name = RegistryRules.required("name", command.name());
		reachable(command.phone(), command.email());
		long id = this.sites.insertContact(enterpriseId, command.siteId(), role, name, strip(command.phone()),
				strip(command.email()));
		this.audit.changed("contact " + id + " of enterprise " + enterpriseId, "added " + role + " " + name,
				enterprise.regionCode());
		return new ContactView(id, enterpriseId, command.siteId(), role, name, strip(command.phone()),
				strip(command.email()));
	}

	/** The site, if the caller may read its enterprise. */
	SiteRecord readable(long siteId) {
		SiteRecord site = this.sites.find(siteId).orElseThrow(() -> new UnknownEnterpriseException("site", siteId));
		this.access.checkReads(this.account.scope(), site.enterpriseId(), site.enterpriseRegion());
		return site;
	}

	private SiteDetailView view(SiteRecord site) {
		List<FacilityView> facilities = this.sites.facilities(site.id())
			.stream()
			.map(f -> new FacilityView(f.id(), f.siteId(), f.code(), f.name(), f.kind(), f.type(), f.capacityT()))
			.toList();
		return new SiteDetailView(site.id(), site.enterpriseId(), site.enterpriseName(), site.name(), site.regionCode(),
				site.industryCode(), site.parkId(), site.parkName(), site.operatingSince(), site.estimatedHwT(),
				site.intermittent(), facilities);
	}

	static String oneOf(String field, String value, Set<String> allowed) {
		String text = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
		if (!allowed.contains(text)) {
			throw new InvalidInputException(field,
					"'" + value + "' is not one of " + String.join(", ", allowed.stream().sorted().toList()));
		}
		return text;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String strip(String text) {
		return blank(text) ? null : text.strip();
	}

}
