package io.greenloop.waste;

import java.time.Clock;
import java.time.OffsetDateTime;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.waste.domain.ClassRule;
import io.greenloop.waste.domain.ClassRule.Assessment;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.ManagementClass;
import io.greenloop.waste.domain.NotPermittedException;
import io.greenloop.waste.persistence.ClassRepository;
import io.greenloop.waste.persistence.ClassRepository.OverrideRow;
import io.greenloop.waste.persistence.SiteRepository;
import io.greenloop.waste.persistence.SiteRepository.SiteRecord;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The HJ 1259—2022 §4.2 management class of each site and year: computed by
 * {@link ClassRule} from the ledger, the site's facilities and operating data and the
 * enterprise's licences, unless an administrator has set it for the year with a note
 * (§4.2.2: the bureaus of a prefecture and above may decide a unit's class).
 */
@Service
public class ManagementClasses {

	/** The first year the 名录 and HJ 1259 data of the platform cover. */
	static final int FIRST_YEAR = 2021;

	private final SiteRepository sites;

	private final ClassRepository classes;

	private final Sites siteAccess;

	private final CurrentAccount account;

	private final Clock clock;

	ManagementClasses(SiteRepository sites, ClassRepository classes, Sites siteAccess, CurrentAccount account,
			Clock clock) {
		this.sites = sites;
		this.classes = classes;
		this.siteAccess = siteAccess;
		this.account = account;
		this.clock = clock;
	}

	/**
	 * A site's class in a year and why: the computed class with its reason, and the
	 * override, if any, which then decides.
	 */
	public record ClassView(long siteId, int year, ManagementClass managementClass, ManagementClass computedClass,
			java.math.BigDecimal annualGenerationT, String reasonZh, String reasonEn, ClassOverride override) {
	}

	/** An administrator's decision for a site and year. */
	public record ClassOverride(ManagementClass managementClass, String note, String decidedBy,
			OffsetDateTime decidedAt) {
	}

	/**
	 * The class in force for a site and year (the override if any), for other services.
	 */
	public ManagementClass classOf(long siteId, int year) {
		return assess(this.sites.find(siteId).orElseThrow(() -> new UnknownEnterpriseException("site", siteId)), year)
			.managementClass();
	}

	/** The class of a site and year, if the caller may read the site. */
	public ClassView get(long siteId, int year) {
		return assess(this.siteAccess.readable(siteId), checkYear(year));
	}

	@Transactional
	public ClassView override(long siteId, int year, String managementClass, String note) {
		SiteRecord site = this.siteAccess.readable(siteId);
		checkAdmin();
		checkYear(year);
		String chosen = Sites.oneOf("managementClass", managementClass,
				java.util.Set.of("KEY", "SIMPLIFIED", "REGISTERED"));
		String why = RegistryRules.required("note", note);
		this.classes.saveOverride(siteId, year, chosen, why, this.account.scope().username(), this.clock.instant());
		return assess(site, year);
	}

	@Transactional
	public ClassView removeOverride(long siteId, int year) {
		SiteRecord site = this.siteAccess.readable(siteId);
		checkAdmin();
		this.classes.deleteOverride(siteId, checkYear(year));
		return assess(site, year);
	}

	private ClassView assess(SiteRecord site, int year) {
		Assessment computed = ClassRule.assess(new ClassRule.Facts(year, site.operatingSince(), site.intermittent(),
				site.estimatedHwT(), this.classes.generatedByYear(site.id(), year - 3, year - 1),
				this.classes.hasOwnTreatmentFacility(site.id()), this.classes.licensedIn(site.enterpriseId(), year)));
		ClassOverride override = this.classes.override(site.id(), year).map(ManagementClasses::override).orElse(null);
		return new ClassView(site.id(), year,
				override == null ? computed.managementClass() : override.managementClass(), computed.managementClass(),
				computed.annualGenerationT(), computed.reasonZh(), computed.reasonEn(), override);
	}

	private void checkAdmin() {
		DataScope scope = this.account.scope();
		if (!scope.isAdmin()) {
			throw new NotPermittedException("Only administrators override a site's management class");
		}
	}

	private static int checkYear(int year) {
		if (year < FIRST_YEAR || year > 2100) {
			throw new InvalidInputException("year", "The year must be " + FIRST_YEAR + " or later");
		}
		return year;
	}

	private static ClassOverride override(OverrideRow row) {
		return new ClassOverride(ManagementClass.valueOf(row.managementClass()), row.note(), row.decidedBy(),
				row.decidedAt());
	}

}
