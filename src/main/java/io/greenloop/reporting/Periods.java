package io.greenloop.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.reporting.domain.Cadence;
import io.greenloop.reporting.domain.InvalidRequestException;
import io.greenloop.reporting.domain.PeriodCalendar;
import io.greenloop.reporting.domain.UnknownReferenceException;
import io.greenloop.reporting.events.ReportingConfigurationChanged;
import io.greenloop.reporting.persistence.FormRepository;
import io.greenloop.reporting.persistence.PeriodRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting periods and their windows; the forms and their cadence and approval
 * levels.
 */
@Service
public class Periods {

	private final PeriodRepository periods;

	private final FormRepository forms;

	private final CurrentAccount current;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Periods(PeriodRepository periods, FormRepository forms, CurrentAccount current, Clock clock,
			ApplicationEventPublisher events) {
		this.periods = periods;
		this.forms = forms;
		this.current = current;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Periods of a kind and year (either optional), and if asked only those open today.
	 */
	public List<Period> list(Cadence kind, Integer year, boolean openOnly) {
		LocalDate today = today();
		return this.periods.findAll(kind, year).stream().filter(period -> !openOnly || period.isOpenOn(today)).toList();
	}

	/** The periods of the form's cadence open today, latest first. */
	public List<Period> openFor(String formCode) {
		Form form = form(formCode);
		List<Period> open = new ArrayList<>(list(form.cadence(), null, true));
		Collections.reverse(open);
		return open;
	}

	/**
	 * Every day, the periods of next year appear for the cadences the forms use, so that
	 * a platform running across the new year has them without a restart.
	 */
	@Scheduled(cron = "0 5 0 * * *", zone = "Asia/Shanghai")
	@Transactional
	public void generateForAllForms() {
		this.forms.findAll().stream().map(Form::cadence).distinct().forEach(this::generate);
	}

	private void generate(Cadence cadence) {
		PeriodCalendar.upToNextYear(cadence, today()).forEach(this.periods::insertIfMissing);
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	public List<Form> forms() {
		return this.forms.findAll();
	}

	public Form form(String code) {
		return this.forms.find(code)
			.orElseThrow(() -> new UnknownReferenceException("没有报表 " + code + " / no form " + code));
	}

	/** Moves a period's reporting window (administrators). */
	@Transactional
	public Period moveWindow(String code, LocalDate opensOn, LocalDate closesOn) {
		Period period = this.periods.find(code)
			.orElseThrow(() -> new UnknownReferenceException("没有期间 " + code + " / no period " + code));
		if (opensOn == null || closesOn == null || closesOn.isBefore(opensOn)) {
			throw new InvalidRequestException("截止日期不能早于开始日期 / the window must close after it opens");
		}
		this.periods.updateWindow(code, opensOn, closesOn);
		this.events.publishEvent(new ReportingConfigurationChanged("period " + code, this.current.require().username(),
				"window %s..%s → %s..%s".formatted(period.opensOn(), period.closesOn(), opensOn, closesOn)));
		return this.periods.find(code).orElseThrow();
	}

	/**
	 * Changes how often a form is reported and which levels accept it (administrators);
	 * the periods of a new cadence are generated at once.
	 */
	@Transactional
	public Form configure(String code, Cadence cadence, Set<Integer> acceptLevels) {
		Form form = form(code);
		if (cadence == null || acceptLevels == null) {
			throw new InvalidRequestException("须给出报送频次和审核层级 / cadence and acceptLevels are required");
		}
		if (acceptLevels.stream().anyMatch(level -> level == null || level < 1 || level > 3)) {
			throw new InvalidRequestException("层级只能是1（自治区）、2（盟市）、3（旗县） / levels are 1, 2 or 3");
		}
		this.forms.updateSettings(code, cadence, acceptLevels);
		generate(cadence);
		this.events.publishEvent(new ReportingConfigurationChanged("form " + code, this.current.require().username(),
				"cadence %s → %s, accepting levels %s → %s".formatted(form.cadence(), cadence, form.acceptLevels(),
						acceptLevels)));
		return form(code);
	}

}
