package io.greenloop.supervision;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.greenloop.identity.DataScope;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorView;
import io.greenloop.reporting.ComputedValues;
import io.greenloop.reporting.ComputedValues.Recorded;
import io.greenloop.supervision.DispatchRounds.RoundClosed;
import io.greenloop.supervision.domain.InvalidInputException;
import io.greenloop.supervision.domain.InvestmentTotal;
import io.greenloop.supervision.domain.InvestmentTotal.Reported;
import io.greenloop.supervision.domain.TransitionRefusedException;
import io.greenloop.supervision.persistence.InvestmentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The investment indicator (一数一源): the actual investment of a plan's projects, as the
 * lead units accepted it in the dispatch rounds up to a year, is the computed value of
 * that year of the plan's indicator of the concept {@value Projects#INVESTMENT_CONCEPT}
 * (Hohhot's 003-T38, 亿元). Entered through reporting's {@link ComputedValues} when a round
 * of the plan closes (in the same transaction) and when an administrator asks; never
 * typed in. The value is cumulative: every accepted quarter's investment up to the year,
 * since the indicator is the projects' total against 222亿元 by 2025.
 */
@Service
public class InvestmentIndicator {

	private static final Logger log = LoggerFactory.getLogger(InvestmentIndicator.class);

	private final InvestmentRepository investments;

	private final Projects projects;

	private final IndicatorCatalogue catalogue;

	private final ComputedValues computed;

	private final Permissions permissions;

	InvestmentIndicator(InvestmentRepository investments, Projects projects, IndicatorCatalogue catalogue,
			ComputedValues computed, Permissions permissions) {
		this.investments = investments;
		this.projects = projects;
		this.catalogue = catalogue;
		this.computed = computed;
		this.permissions = permissions;
	}

	/**
	 * What was entered.
	 *
	 * @param indicatorCode the catalogue target
	 * @param regionCode its region
	 * @param periodCode the year
	 * @param value the figure in the indicator's unit
	 * @param unit the indicator's unit (亿元)
	 * @param actualWan the accepted actual investment, 万元
	 * @param lineage the projects, rounds and reports summed
	 * @param computation reporting's number for the computation
	 * @param revision the approved value's revision
	 */
	public record ComputedInvestment(String indicatorCode, String regionCode, String periodCode, BigDecimal value,
			String unit, BigDecimal actualWan, String lineage, long computation, int revision) {
	}

	/** An administrator asks for the plan's indicator of the year to be computed now. */
	@Transactional
	public ComputedInvestment compute(String planCode, int year) {
		DataScope scope = this.permissions.scope();
		this.permissions.requireAdmin(scope, "计算投资指标 / compute the investment indicator");
		IndicatorView indicator = indicator(planCode).orElseThrow(() -> new InvalidInputException("plan",
				"plan: 规划%s没有项目投资指标 / plan %s has no project investment indicator".formatted(planCode, planCode)));
		return record(indicator, year, "管理员%s按需计算".formatted(scope.username()), scope.username())
			.orElseThrow(() -> new TransitionRefusedException(
					"规划%s至%d年没有已采纳的项目实际投资报告 / plan %s has no accepted project investment reports up to %d"
						.formatted(planCode, year, planCode, year)));
	}

	/**
	 * A round closed: its plan's indicator is computed again, in the same transaction.
	 */
	@EventListener
	void on(RoundClosed closed) {
		if (closed.planCode() == null) {
			return;
		}
		indicator(closed.planCode()).ifPresent(
				indicator -> record(indicator, closed.year(), "调度%d结束时计算".formatted(closed.roundId()), "supervision")
					.ifPresent(value -> log.info("Round {} closed: {} {} = {} {}", closed.roundId(),
							value.indicatorCode(), value.periodCode(), value.value(), value.unit())));
	}

	private Optional<ComputedInvestment> record(IndicatorView indicator, int year, String heading, String by) {
		List<Reported> reports = this.investments.acceptedUntil(indicator.planCode(), year);
		if (reports.isEmpty()) {
			return Optional.empty();
		}
		BigDecimal planned = this.projects.view(indicator.planCode())
			.totals()
			.stream()
			.map(ProjectsView.Total::planned)
			.findFirst()
			.orElse(null);
		InvestmentTotal total = InvestmentTotal.of(reports, indicator.unit(), planned,
				"%s %d年（%s）".formatted(indicator.name(), year, heading));
		String period = Integer.toString(year);
		Recorded recorded = this.computed.record(indicator.code(), indicator.region(), period, total.value(),
				total.unit(), total.lineage(), by);
		return Optional.of(new ComputedInvestment(indicator.code(), indicator.region(), period, total.value(),
				total.unit(), total.totalWan(), total.lineage(), recorded.computation(), recorded.revision()));
	}

	private Optional<IndicatorView> indicator(String planCode) {
		return this.catalogue.indicatorsOf(Projects.INVESTMENT_CONCEPT)
			.stream()
			.filter(indicator -> indicator.planCode().equals(planCode))
			.findFirst();
	}

}
