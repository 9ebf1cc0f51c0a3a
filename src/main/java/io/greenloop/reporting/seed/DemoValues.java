package io.greenloop.reporting.seed;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorQuery;
import io.greenloop.plan.IndicatorView;
import io.greenloop.plan.PlanView;
import io.greenloop.reporting.Approvals;
import io.greenloop.reporting.Period;
import io.greenloop.reporting.domain.Cadence;
import io.greenloop.reporting.events.DemoValuesRemoved;
import io.greenloop.reporting.persistence.ApprovedValueRepository.NewApprovedValue;
import io.greenloop.reporting.persistence.DemoValueRepository;
import io.greenloop.reporting.persistence.DemoValueRepository.ItemYear;
import io.greenloop.reporting.persistence.PeriodRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In the demo profile, demonstration values (演示数据) of 2021–2024 for the targets of Hohhot
 * and of the autonomous region ({@link DemoFigures}), so that a newcomer sees evaluations
 * with a history rather than a page of 无数据. They are approved values of their own source,
 * DEMO, approved like any other (evaluation learns of them from {@code ValuesApproved}),
 * marked on every page that shows them, superseded by any real value of the same item,
 * region and year, and removed, every one, by a start without the demo profile
 * ({@link DemoValuesRemoval}).
 * <p>
 * Made once: when any demonstration value exists, nothing is added. A value is never made
 * where a real one exists for the item, region and year. Runs after the reporting seed
 * has made the yearly periods, and before the evaluation's full recomputation at
 * start-up.
 */
@Component
@Profile("demo & !prod")
@Order(350)
class DemoValues implements ApplicationRunner {

	/**
	 * The regions whose targets get demonstration values: the autonomous region, Hohhot.
	 */
	static final List<String> REGIONS = List.of("150000", "150100");

	/** The number the demonstration values carry as their source. */
	static final long GENERATION = 1;

	static final String BY = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoValues.class);

	private final IndicatorCatalogue catalogue;

	private final PeriodRepository periods;

	private final DemoValueRepository demo;

	private final Approvals approvals;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoValues(IndicatorCatalogue catalogue, PeriodRepository periods, DemoValueRepository demo, Approvals approvals,
			TransactionTemplate transaction, Clock clock) {
		this.catalogue = catalogue;
		this.periods = periods;
		this.demo = demo;
		this.approvals = approvals;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer made = this.transaction.execute(status -> this.demo.any() ? null : make());
		if (made != null) {
			log.info("Made {} demonstration values (演示数据, demo profile) of {}-{} for the targets of {}", made,
					DemoFigures.FIRST_YEAR, DemoFigures.LAST_YEAR, REGIONS);
		}
	}

	private int make() {
		Map<Integer, Period> years = this.periods.findAll(Cadence.YEAR, null)
			.stream()
			.filter(period -> period.year() >= DemoFigures.FIRST_YEAR && period.year() <= DemoFigures.LAST_YEAR)
			.collect(Collectors.toMap(Period::year, Function.identity()));
		Map<String, Integer> startYears = this.catalogue.plans()
			.stream()
			.filter(plan -> plan.baseYear() != null || plan.periodStart() != null)
			.collect(Collectors.toMap(PlanView::code,
					plan -> plan.baseYear() != null ? plan.baseYear() : plan.periodStart() - 1));
		Set<ItemYear> taken = this.demo.taken(REGIONS, DemoFigures.FIRST_YEAR, DemoFigures.LAST_YEAR);
		List<NewApprovedValue> values = new ArrayList<>();
		List<String> periodCodes = new ArrayList<>();
		for (String region : REGIONS) {
			for (IndicatorView target : this.catalogue.indicators(new IndicatorQuery(null, region, null, null, null))) {
				DemoFigures.of(target, startYears.get(target.planCode())).forEach((year, value) -> {
					Period period = years.get(year);
					if (period != null && !taken.contains(new ItemYear(target.code(), region, year))) {
						values.add(value(target, region, period, value));
						periodCodes.add(period.code());
					}
				});
			}
		}
		if (!values.isEmpty()) {
			this.approvals.approve(values, periodCodes, DemoValuesRemoved.SOURCE, GENERATION, BY, this.clock.instant());
		}
		return values.size();
	}

	private static NewApprovedValue value(IndicatorView target, String region, Period period, BigDecimal value) {
		return new NewApprovedValue(target.code(), region, period.id(), value, null, null, null, target.unit(),
				"演示数据 / demonstration data");
	}

}
