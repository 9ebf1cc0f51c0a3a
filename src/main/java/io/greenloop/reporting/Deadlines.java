package io.greenloop.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.greenloop.region.Organisation;
import io.greenloop.region.Organisations;
import io.greenloop.reporting.events.DeadlinePassed;
import io.greenloop.reporting.persistence.FormRepository;
import io.greenloop.shared.RegionCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a period's deadline has passed, looks for the values its assigned organisations
 * have not had approved and announces them ({@link DeadlinePassed}), once per period.
 * Only periods that closed in the last {@value #GRACE_DAYS} days are looked at: a new
 * installation does not announce the gaps of every period since 2020.
 */
@Service
public class Deadlines {

	static final int GRACE_DAYS = 7;

	private final JdbcClient jdbc;

	private final FormRepository forms;

	private final ReportItems items;

	private final Organisations organisations;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Deadlines(JdbcClient jdbc, FormRepository forms, ReportItems items, Organisations organisations, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.forms = forms;
		this.items = items;
		this.organisations = organisations;
		this.clock = clock;
		this.events = events;
	}

	/** Every morning, and on demand: the periods whose deadline has just passed. */
	@Scheduled(cron = "0 30 0 * * *", zone = "Asia/Shanghai")
	@Transactional
	public int check() {
		LocalDate today = LocalDate.now(this.clock);
		List<Closed> closed = this.jdbc.sql("""
				SELECT id, code, kind, year, closes_on FROM reporting.period
				WHERE deadline_checked_at IS NULL AND closes_on < :today AND closes_on >= :since
				ORDER BY closes_on
				""")
			.param("today", today)
			.param("since", today.minusDays(GRACE_DAYS))
			.query((rs, row) -> new Closed(rs.getLong("id"), rs.getString("code"), rs.getString("kind"),
					rs.getInt("year"), rs.getObject("closes_on", LocalDate.class)))
			.list();
		int missing = 0;
		for (Closed period : closed) {
			List<DeadlinePassed.Missing> gaps = missing(period);
			this.jdbc.sql("UPDATE reporting.period SET deadline_checked_at = :at WHERE id = :id")
				.param("at", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
				.param("id", period.id())
				.update();
			this.events.publishEvent(new DeadlinePassed(period.code(), period.year(), period.closesOn(), gaps));
			missing += gaps.size();
		}
		return missing;
	}

	/**
	 * The assigned items of the forms reported per this period's kind, with no approved
	 * value.
	 */
	private List<DeadlinePassed.Missing> missing(Closed period) {
		Set<String> approved = new HashSet<>(this.jdbc
			.sql("SELECT item_code || '@' || region_code FROM reporting.approved_value WHERE period_id = :period")
			.param("period", period.id())
			.query(String.class)
			.list());
		Map<Long, List<String>> assigned = this.jdbc
			.sql("SELECT organisation_id, item_code FROM reporting.assignment ORDER BY organisation_id, item_code")
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		List<DeadlinePassed.Missing> missing = new ArrayList<>();
		for (Form form : this.forms.findAll()) {
			if (!form.cadence().name().equals(period.kind())) {
				continue;
			}
			List<ReportItem> formItems = this.items.of(form);
			for (Map.Entry<Long, List<String>> entry : assigned.entrySet()) {
				Optional<Organisation> organisation = this.organisations.find(entry.getKey());
				if (organisation.isEmpty()) {
					continue;
				}
				RegionCode region = RegionCode.of(organisation.get().regionCode());
				Set<String> own = new HashSet<>(entry.getValue());
				for (ReportItem item : formItems) {
					boolean applies = item.regionCode() == null || RegionCode.of(item.regionCode()).covers(region);
					if (own.contains(item.code()) && applies
							&& !approved.contains(item.code() + "@" + region.value())) {
						missing.add(new DeadlinePassed.Missing(item.code(), region.value(), organisation.get().name()));
					}
				}
			}
		}
		return missing;
	}

	private record Closed(long id, String code, String kind, int year, LocalDate closesOn) {
	}

}
