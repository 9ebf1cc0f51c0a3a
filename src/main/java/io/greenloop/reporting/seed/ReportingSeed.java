package io.greenloop.reporting.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorQuery;
import io.greenloop.plan.IndicatorView;
import io.greenloop.plan.PlanView;
import io.greenloop.region.Organisation;
import io.greenloop.region.OrganisationKind;
import io.greenloop.region.OrganisationQuery;
import io.greenloop.region.Organisations;
import io.greenloop.reporting.Form;
import io.greenloop.reporting.Series;
import io.greenloop.reporting.domain.Cadence;
import io.greenloop.reporting.domain.PeriodCalendar;
import io.greenloop.reporting.domain.rules.Rule;
import io.greenloop.reporting.domain.rules.ShippedRules;
import io.greenloop.reporting.persistence.AssignmentRepository;
import io.greenloop.reporting.persistence.FormRepository;
import io.greenloop.reporting.persistence.PeriodRepository;
import io.greenloop.reporting.persistence.RuleRepository;
import io.greenloop.reporting.persistence.SeriesRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sets reporting up at start-up, after the catalogue: a form per plan and one for the
 * source statistics, the periods of their cadences from 2020 to next year, the series,
 * who reports what (the units each target names; the 统计局 for the statistics), and the
 * shipped validation rules. Only what is missing is added: an administrator's changes to
 * forms, periods and rules survive restarts.
 */
@Component
@Order(250)
class ReportingSeed implements ApplicationRunner {

	/** Plans whose indicators are dispatched quarterly (001: 按季度调度; 003: 定期会商、信息报送). */
	static final Set<String> QUARTERLY = Set.of("001", "003");

	/**
	 * Ordos's task division is accepted in Ordos; the other plans also by the autonomous
	 * region.
	 */
	static final Map<String, Set<Integer>> ACCEPT_LEVELS = Map.of("002", Set.of(2));

	private static final Logger log = LoggerFactory.getLogger(ReportingSeed.class);

	private final IndicatorCatalogue catalogue;

	private final Organisations organisations;

	private final FormRepository forms;

	private final PeriodRepository periods;

	private final SeriesRepository series;

	private final AssignmentRepository assignments;

	private final RuleRepository rules;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ReportingSeed(IndicatorCatalogue catalogue, Organisations organisations, FormRepository forms,
			PeriodRepository periods, SeriesRepository series, AssignmentRepository assignments, RuleRepository rules,
			TransactionTemplate transaction, Clock clock) {
		this.catalogue = catalogue;
		this.organisations = organisations;
		this.forms = forms;
		this.periods = periods;
		this.series = series;
		this.assignments = assignments;
		this.rules = rules;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transaction.executeWithoutResult(status -> {
			Set<Cadence> cadences = EnumSet.noneOf(Cadence.class);
			for (PlanView plan : this.catalogue.plans()) {
				Cadence cadence = QUARTERLY.contains(plan.code()) ? Cadence.QUARTER : Cadence.YEAR;
				cadences.add(cadence);
				this.forms.insertIfMissing(new Form(plan.code(), plan.title(), plan.code(), cadence,
						ACCEPT_LEVELS.getOrDefault(plan.code(), Set.of(2, 1))));
			}
			this.forms.insertIfMissing(new Form(Form.STATS, "统计数据（强度指标的分母）", null, Cadence.YEAR, Set.of(2, 1)));
			cadences.add(Cadence.YEAR);
			LocalDate today = LocalDate.now(this.clock);
			cadences
				.forEach(cadence -> PeriodCalendar.upToNextYear(cadence, today).forEach(this.periods::insertIfMissing));
			List<Series> statistics = readSeries();
			statistics.forEach(this.series::save);
			assignTargets();
			assignStatistics(statistics);
			List<Rule> shipped = ShippedRules.all();
			for (int i = 0; i < shipped.size(); i++) {
				this.rules.insertIfMissing(shipped.get(i), i + 1);
			}
		});
		log.info("Reporting set up: forms, periods {}-{}, series and shipped rules", PeriodCalendar.FIRST_YEAR,
				LocalDate.now(this.clock).getYear() + 1);
	}

	/**
	 * One number, one source (一数一源): in each region, a target is reported by one unit of
	 * those it names there: the one that provides the data (“市统计局提供数据”) where the plan
	 * says so, else the lead unit, else the first responsible one. The others answer for
	 * the target but do not report the same number again; units of different regions (the
	 * city's bureau, each county's government) report their own region's value.
	 * Assignments from the catalogue are rebuilt on every start; an administrator's and
	 * the demonstration's stay.
	 */
	private void assignTargets() {
		this.assignments.removeAll("CATALOGUE");
		Map<Long, String> regionOf = new HashMap<>();
		for (IndicatorView target : this.catalogue.indicators(IndicatorQuery.all())) {
			Map<String, Long> reporterByRegion = new HashMap<>();
			Stream.of(target.dataProviders(), target.leadUnits(), target.responsibleUnits())
				.flatMap(List::stream)
				.forEach(unit -> reporterByRegion.putIfAbsent(
						regionOf.computeIfAbsent(unit.id(),
								id -> this.organisations.find(id).map(Organisation::regionCode).orElse("")),
						unit.id()));
			reporterByRegion.values().forEach(unit -> this.assignments.add(target.code(), unit, "CATALOGUE"));
		}
	}

	/** Each region's statistics bureau reports the source statistics. */
	private void assignStatistics(List<Series> statistics) {
		this.organisations.list(new OrganisationQuery(null, true, OrganisationKind.DEPARTMENT, "统计局"))
			.stream()
			.filter(organisation -> organisation.name().endsWith("统计局"))
			.forEach(bureau -> statistics.forEach(s -> this.assignments.add(s.code(), bureau.id(), "CATALOGUE")));
	}

	static List<Series> readSeries() {
		YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		try (InputStream in = new ClassPathResource("reporting/series.yaml").getInputStream()) {
			return yaml.readValue(in, SeriesFile.class).series();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read reporting/series.yaml", ex);
		}
	}

	record SeriesFile(List<Series> series) {
	}

}
