package io.greenloop.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorView;
import io.greenloop.supervision.ProjectsView.InvestmentTarget;
import io.greenloop.supervision.ProjectsView.Total;
import io.greenloop.supervision.persistence.InvestmentRepository;
import io.greenloop.supervision.persistence.ProjectRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans' project lists and their planned investment, summed per plan and set against
 * the catalogue's investment target (the concept {@value #INVESTMENT_CONCEPT}: Hohhot's
 * "无废城市"建设项目投资总额, 222亿元).
 */
@Service
@Transactional(readOnly = true)
public class Projects {

	/** The catalogue concept of the total investment in a plan's projects. */
	static final String INVESTMENT_CONCEPT = "zwc-project-investment";

	private static final BigDecimal WAN_PER_YI = BigDecimal.valueOf(10_000);

	private final ProjectRepository repository;

	private final IndicatorCatalogue catalogue;

	private final InvestmentRepository investments;

	Projects(ProjectRepository repository, IndicatorCatalogue catalogue, InvestmentRepository investments) {
		this.repository = repository;
		this.catalogue = catalogue;
		this.investments = investments;
	}

	/** The projects of one plan, or of all when {@code plan} is null, with the totals. */
	public ProjectsView view(String plan) {
		List<ProjectView> projects = this.repository.find(plan);
		Map<String, List<ProjectView>> byPlan = new LinkedHashMap<>();
		projects.forEach(project -> byPlan.computeIfAbsent(project.planCode(), code -> new ArrayList<>()).add(project));
		Map<String, BigDecimal> actual = this.investments.acceptedByProject();
		List<Total> totals = byPlan.entrySet()
			.stream()
			.map(entry -> total(entry.getKey(), entry.getValue(), actual))
			.toList();
		Map<String, BigDecimal> shown = new LinkedHashMap<>();
		projects.stream()
			.filter(project -> actual.containsKey(project.code()))
			.forEach(project -> shown.put(project.code(), actual.get(project.code())));
		return new ProjectsView(projects, totals, target(totals), shown);
	}

	private static Total total(String plan, List<ProjectView> projects, Map<String, BigDecimal> actual) {
		List<BigDecimal> figures = projects.stream().map(ProjectView::investment).filter(Objects::nonNull).toList();
		BigDecimal reported = projects.stream()
			.map(project -> actual.getOrDefault(project.code(), BigDecimal.ZERO))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Total(plan, projects.size(), figures.size(),
				figures.stream().reduce(BigDecimal.ZERO, BigDecimal::add), reported, "万元");
	}

	/** The catalogue's investment target, against the planned total of its plan. */
	private InvestmentTarget target(List<Total> totals) {
		return this.catalogue.indicatorsOf(INVESTMENT_CONCEPT)
			.stream()
			.filter(indicator -> indicator.target() != null && indicator.target().value() != null)
			.findFirst()
			.map(indicator -> target(indicator, totals))
			.orElse(null);
	}

	private static InvestmentTarget target(IndicatorView indicator, List<Total> totals) {
		BigDecimal value = indicator.target().value();
		BigDecimal inWan = "亿元".equals(indicator.unit()) ? value.multiply(WAN_PER_YI) : value;
		Total total = totals.stream()
			.filter(candidate -> candidate.planCode().equals(indicator.planCode()))
			.findFirst()
			.orElse(null);
		BigDecimal planned = (total != null) ? total.planned() : null;
		BigDecimal actual = (total != null) ? total.actual() : null;
		return new InvestmentTarget(indicator.code(), indicator.name(), value, indicator.unit(), inWan, planned,
				share(planned, inWan), actual, share(actual, inWan));
	}

	private static BigDecimal share(BigDecimal part, BigDecimal whole) {
		return (part == null || whole.signum() == 0) ? null
				: part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
	}

}
