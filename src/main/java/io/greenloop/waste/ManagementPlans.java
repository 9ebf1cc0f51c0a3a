package io.greenloop.waste;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.waste.PlanCommands.FilePlan;
import io.greenloop.waste.PlanViews.PlanLineView;
import io.greenloop.waste.PlanViews.PlanView;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.ManagementClass;
import io.greenloop.waste.persistence.ClassRepository;
import io.greenloop.waste.persistence.PlanRepository;
import io.greenloop.waste.persistence.PlanRepository.NewLine;
import io.greenloop.waste.persistence.PlanRepository.PlanRow;
import io.greenloop.waste.persistence.SiteRepository.SiteRecord;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual hazardous waste management plan (管理计划) of a production site, HJ 1259—2022
 * §5: one per site (§5.1) and year (§5.2.1), filed by 31 March (§5.2.2; filed later it is
 * marked late), its content by the site's class (§5.3, see {@link PlanChecks}). A change
 * files a new version with its reason (§5.2.3); old versions stay readable. Filed by the
 * enterprise's members, or administrators and reviewers in scope.
 * <p>
 * The national system gives the filing number (备案编号); its numbers are not available to
 * us, so ours are {@code GL} + the site's region (6 digits) + the year + a 5-digit serial
 * per region and year, with {@code -n} appended for version n from the second.
 */
@Service
public class ManagementPlans {

	private final PlanRepository plans;

	private final Sites sites;

	private final ManagementClasses classes;

	private final ClassRepository facts;

	private final WasteCatalogue catalogue;

	private final EnterpriseAccess access;

	private final CurrentAccount account;

	private final Clock clock;

	ManagementPlans(PlanRepository plans, Sites sites, ManagementClasses classes, ClassRepository facts,
			WasteCatalogue catalogue, EnterpriseAccess access, CurrentAccount account, Clock clock) {
		this.plans = plans;
		this.sites = sites;
		this.classes = classes;
		this.facts = facts;
		this.catalogue = catalogue;
		this.access = access;
		this.account = account;
		this.clock = clock;
	}

	@Transactional
	public PlanView file(long siteId, FilePlan command) {
		SiteRecord site = this.sites.readable(siteId);
		this.access.checkWrites(this.account.scope(), site.enterpriseId(), site.enterpriseRegion());
		int year = year(command.year());
		this.plans.lockFiling(site.regionCode(), year);
		List<PlanRow> earlier = this.plans.versions(siteId, year);
		if (!earlier.isEmpty() && PlanChecks.blank(command.changeReason())) {
			throw new InvalidInputException("changeReason", "A plan for " + year + " is filed already ("
					+ earlier.get(0).filingNumber() + "): a change needs its reason (HJ 1259 §5.2.3)");
		}
		ManagementClass managementClass = this.classes.classOf(siteId, year);
		PlanChecks.content(command, managementClass, this.facts.hasFacilities(siteId));
		EditionInForce edition = this.catalogue.inForce(LocalDate.of(year, 1, 1));
		if (edition.used() == null) {
			throw new InvalidInputException("year", "No edition of the 名录 is in force in " + year);
		}
		List<NewLine> lines = new ArrayList<>();
		for (int i = 0; i < command.lines().size(); i++) {
			lines.add(PlanChecks.line(i, command.lines().get(i), managementClass, edition, year, this.plans));
		}
		Instant now = this.clock.instant();
		int version = earlier.isEmpty() ? 1 : earlier.get(0).version() + 1;
		String number = earlier.isEmpty()
				? "GL%s%d%05d".formatted(site.regionCode(), year, this.plans.filedInRegion(site.regionCode(), year) + 1)
				: earlier.get(earlier.size() - 1).filingNumber() + "-" + version;
		boolean late = earlier.isEmpty()
				? LocalDate.ofInstant(now, ClassRepository.CHINA).isAfter(LocalDate.of(year, 3, 31))
				: earlier.get(earlier.size() - 1).late();
		long id = this.plans.insert(siteId, year, version, number, managementClass.name(),
				blankToNull(command.reductionMeasures()), earlier.isEmpty() ? null : command.changeReason().strip(),
				this.account.scope().username(), now, late, lines);
		return get(id);
	}

	/** Every version of every year of a site's plans, the newest first. */
	public List<PlanView> ofSite(long siteId) {
		SiteRecord site = this.sites.readable(siteId);
		List<PlanRow> rows = this.plans.ofSite(siteId);
		return rows.stream().map(row -> view(row, site, isLatest(row, rows))).toList();
	}

	public PlanView get(long planId) {
		PlanRow row = this.plans.find(planId).orElseThrow(() -> new UnknownEnterpriseException("plan", planId));
		SiteRecord site = this.sites.readable(row.siteId());
		return view(row, site, isLatest(row, this.plans.versions(row.siteId(), row.year())));
	}

	private static boolean isLatest(PlanRow row, List<PlanRow> rows) {
		return rows.stream().noneMatch(other -> other.year() == row.year() && other.version() > row.version());
	}

	private PlanView view(PlanRow row, SiteRecord site, boolean latest) {
		List<PlanLineView> lines = this.plans.lines(row.id())
			.stream()
			.map(l -> new PlanLineView(l.line(), l.wasteCode(), l.wasteName(), l.generationT(), l.storageT(),
					l.ownTreatmentT(), l.transferType(), l.transferT(), l.receiverLicenceId(),
					l.receiverLicenceNumber(), l.receiverName()))
			.toList();
		return new PlanView(row.id(), row.siteId(), site.name(), site.enterpriseId(), row.year(), row.version(),
				row.filingNumber(), ManagementClass.valueOf(row.managementClass()), row.reductionMeasures(),
				row.changeReason(), row.filedBy(), row.filedAt(), row.late(), latest, lines);
	}

	private int year(Integer year) {
		int current = LocalDate.now(this.clock).getYear();
		if (year == null || year < ManagementClasses.FIRST_YEAR || year > current + 1) {
			throw new InvalidInputException("year",
					"A plan is filed for a year from " + ManagementClasses.FIRST_YEAR + " to " + (current + 1));
		}
		return year;
	}

	private static String blankToNull(String text) {
		return PlanChecks.blank(text) ? null : text.strip();
	}

}
