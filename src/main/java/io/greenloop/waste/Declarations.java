package io.greenloop.waste;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.waste.DeclarationViews.DeclarationLineView;
import io.greenloop.waste.DeclarationViews.DeclarationView;
import io.greenloop.waste.domain.DeclarationPeriods;
import io.greenloop.waste.domain.DeclarationPeriods.Period;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.ManagementClass;
import io.greenloop.waste.events.DeclarationsOverdue;
import io.greenloop.waste.persistence.ClassRepository;
import io.greenloop.waste.persistence.DeclarationRepository;
import io.greenloop.waste.persistence.DeclarationRepository.DeclarationRow;
import io.greenloop.waste.persistence.SiteRepository.SiteRecord;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declarations (申报, HJ 1259—2022 §7): for each period the site's class requires
 * ({@link DeclarationPeriods}), once the period has ended, a declaration generated from
 * the ledger (§7.1.2, §7.3.2: the system generates the report, the unit confirms it).
 * While GENERATED its figures follow the ledger; the enterprise (or an administrator or
 * reviewer in scope) confirms it, which freezes it and marks it late if after its due
 * date. A daily check generates the ended periods of the sites known to produce hazardous
 * waste (a filed plan or a hazardous ledger record) and announces the declarations past
 * due and not confirmed ({@link DeclarationsOverdue}), once each.
 */
@Service
public class Declarations {

	private final DeclarationRepository declarations;

	private final ManagementClasses classes;

	private final Sites sites;

	private final EnterpriseAccess access;

	private final CurrentAccount account;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Declarations(DeclarationRepository declarations, ManagementClasses classes, Sites sites, EnterpriseAccess access,
			CurrentAccount account, Clock clock, ApplicationEventPublisher events) {
		this.declarations = declarations;
		this.classes = classes;
		this.sites = sites;
		this.access = access;
		this.account = account;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Generates (or refreshes, while not confirmed) the site's ended periods of the year.
	 */
	@Transactional
	public List<DeclarationView> generate(long siteId, int year) {
		SiteRecord site = this.sites.readable(siteId);
		this.access.checkWrites(this.account.scope(), site.enterpriseId(), site.enterpriseRegion());
		LocalDate today = today();
		if (year < ManagementClasses.FIRST_YEAR || year > today.getYear()) {
			throw new InvalidInputException("year",
					"Declarations are generated for ended periods, " + ManagementClasses.FIRST_YEAR + " to now");
		}
		ensure(siteId, year, today);
		return ofSite(siteId).stream().filter(d -> d.year() == year).toList();
	}

	/** The site's declarations, the latest period first. */
	public List<DeclarationView> ofSite(long siteId) {
		this.sites.readable(siteId);
		LocalDate today = today();
		return this.declarations.ofSite(siteId).stream().map(row -> view(row, today)).toList();
	}

	public DeclarationView get(long id) {
		DeclarationRow row = this.declarations.find(id)
			.orElseThrow(() -> new UnknownEnterpriseException("declaration", id));
		this.sites.readable(row.siteId());
		return view(row, today());
	}

	@Transactional
	public DeclarationView confirm(long id) {
		DeclarationRow row = this.declarations.find(id)
			.orElseThrow(() -> new UnknownEnterpriseException("declaration", id));
		SiteRecord site = this.sites.readable(row.siteId());
		this.access.checkWrites(this.account.scope(), site.enterpriseId(), site.enterpriseRegion());
		Instant now = this.clock.instant();
		boolean late = LocalDate.ofInstant(now, ClassRepository.CHINA).isAfter(row.dueOn());
		if (!this.declarations.confirm(id, this.account.scope().username(), now, late)) {
			throw new DeclarationStateException("Declaration " + row.periodCode() + " is confirmed already");
		}
		return get(id);
	}

	/**
	 * Every morning, and on demand: generates the ended periods of this year and last for
	 * the sites producing hazardous waste, then announces those newly past due and not
	 * confirmed. Answers how many were announced.
	 */
	@Scheduled(cron = "0 45 0 * * *", zone = "Asia/Shanghai")
	@Transactional
	public int checkOverdue() {
		LocalDate today = today();
		for (long siteId : this.declarations.producingSites()) {
			ensure(siteId, today.getYear() - 1, today);
			ensure(siteId, today.getYear(), today);
		}
		List<DeclarationsOverdue.Overdue> overdue = this.declarations.takeOverdue(today, this.clock.instant())
			.stream()
			.map(row -> new DeclarationsOverdue.Overdue(row.id(), row.siteId(), row.siteName(), row.enterpriseName(),
					row.regionCode(), row.year(), row.periodCode(), row.kind(), row.dueOn()))
			.toList();
		if (!overdue.isEmpty()) {
			this.events.publishEvent(new DeclarationsOverdue(today, overdue));
		}
		return overdue.size();
	}

	/**
	 * Generates (or refreshes) a site's declarations of the periods of last year and this
	 * year that have ended, as the daily check does, without announcing any: for a
	 * trusted load such as the demonstration data, which confirms them itself.
	 */
	@Transactional
	public void prepare(long siteId) {
		LocalDate today = today();
		ensure(siteId, today.getYear() - 1, today);
		ensure(siteId, today.getYear(), today);
	}

	/**
	 * Creates or refreshes the declarations of the periods of the year that ended before
	 * today.
	 */
	private void ensure(long siteId, int year, LocalDate today) {
		if (year < ManagementClasses.FIRST_YEAR) {
			return;
		}
		ManagementClass managementClass = this.classes.classOf(siteId, year);
		Instant now = this.clock.instant();
		for (Period period : DeclarationPeriods.of(managementClass, year)) {
			if (!period.endsOn().isBefore(today)) {
				continue;
			}
			var existing = this.declarations.find(siteId, period.code());
			if (existing.isPresent() && "CONFIRMED".equals(existing.get().state())) {
				continue;
			}
			long id = existing.map(DeclarationRow::id)
				.orElseGet(() -> this.declarations.insert(siteId, period.kind().name(), period.code(), year,
						period.startsOn(), period.endsOn(), period.dueOn(), managementClass.name(), now));
			this.declarations.refresh(id, siteId, period.startsOn(), period.endsOn(), now);
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ClassRepository.CHINA));
	}

	private DeclarationView view(DeclarationRow row, LocalDate today) {
		List<DeclarationLineView> lines = this.declarations.lines(row.id())
			.stream()
			.map(l -> new DeclarationLineView(l.wasteCode(), l.wasteName(), l.generatedT(), l.ownUtilisedT(),
					l.ownDisposedT(), l.offSiteUtilisedT(), l.offSiteDisposedT(), l.storedOpeningT(),
					l.storedClosingT()))
			.toList();
		boolean overdue = "GENERATED".equals(row.state()) && today.isAfter(row.dueOn());
		return new DeclarationView(row.id(), row.siteId(), row.siteName(), row.enterpriseName(), row.kind(),
				row.periodCode(), row.year(), row.startsOn(), row.endsOn(), row.dueOn(), row.managementClass(),
				row.state(), row.generatedAt(), row.confirmedBy(), row.confirmedAt(), overdue, row.late(), lines);
	}

	/** The declaration's state does not allow the action (409). */
	public static class DeclarationStateException extends RuntimeException {

		DeclarationStateException(String message) {
			super(message);
		}

	}

}
