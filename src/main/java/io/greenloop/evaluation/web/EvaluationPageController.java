package io.greenloop.evaluation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

import io.greenloop.evaluation.EvaluationResults;
import io.greenloop.evaluation.EvaluationResults.EvaluationQuery;
import io.greenloop.evaluation.EvaluationResults.Overview;
import io.greenloop.evaluation.EvaluationView;
import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.PlanView;
import io.greenloop.region.Regions;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The evaluation overview (目标评估): where every target stands in the user's region and the
 * regions below, for a year, the lagging ones first, with a count per status that filters
 * the list. Filters work as a plain form; with htmx, a change of filter replaces the
 * results only. One target's page is {@link TargetEvaluationPageController}.
 */
@Controller
class EvaluationPageController {

	private final EvaluationResults results;

	private final IndicatorCatalogue catalogue;

	private final Regions regions;

	private final CurrentAccount current;

	private final Clock clock;

	EvaluationPageController(EvaluationResults results, IndicatorCatalogue catalogue, Regions regions,
			CurrentAccount current, Clock clock) {
		this.results = results;
		this.catalogue = catalogue;
		this.regions = regions;
		this.current = current;
		this.clock = clock;
	}

	/**
	 * The results of a year. Without a region, the user's; an empty one means the whole
	 * scope. Without a year, the latest with results up to this year.
	 */
	@GetMapping("/evaluation")
	String overview(@RequestParam(required = false) String plan, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
			@RequestParam(required = false) String method, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String restore, Locale locale,
			HttpServletResponse response, Model model) {
		DataScope scope = this.current.scope();
		String chosenMethod = method(method);
		Filter filter = new Filter(blank(plan), region == null ? scope.regionCode() : blank(region),
				year != null ? year
						: this.results.latestYear(region == null ? scope.regionCode() : blank(region), blank(plan)),
				blank(status), chosenMethod);
		EvaluationQuery query = new EvaluationQuery(filter.plan(), null, filter.region(), filter.year(),
				filter.status(), chosenMethod);
		int requested = Math.max(page, 0);
		Overview overview = this.results.overview(query, Statuses.order(chosenMethod), PAGE_ROWS, requested * PAGE_ROWS,
				locale);
		Map<String, Long> summary = summary(overview.counts(), chosenMethod);
		long total = overview.counts().values().stream().mapToLong(Long::longValue).sum();
		long matching = filter.status() == null ? total : overview.counts().getOrDefault(filter.status(), 0L);
		if (overview.rows().isEmpty() && matching > 0) {
			// past the last page: the last page
			requested = (int) ((matching - 1) / PAGE_ROWS);
			overview = this.results.overview(query, Statuses.order(chosenMethod), PAGE_ROWS, requested * PAGE_ROWS,
					locale);
		}
		boolean resultsOnly = htmx != null && restore == null;
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		model.addAttribute("filter", filter);
		model.addAttribute("summary", summary);
		model.addAttribute("total", total);
		model.addAttribute("rows", overview.rows().stream().map(EvaluationRow::of).toList());
		model.addAttribute("matching", matching);
		model.addAttribute("page", requested);
		model.addAttribute("first", requested * PAGE_ROWS + 1);
		model.addAttribute("pages", Math.max(1, (matching + PAGE_ROWS - 1) / PAGE_ROWS));
		model.addAttribute("labels", Statuses.labels(locale));
		model.addAttribute("htmx", resultsOnly);
		if (resultsOnly) {
			return "evaluation/overview :: results";
		}
		List<PlanView> plans = this.catalogue.plans();
		model.addAttribute("plans", plans);
		model.addAttribute("regions", this.regions.all().stream().filter(r -> scope.sees(r.code())).toList());
		model.addAttribute("years", years(plans));
		return "evaluation/overview";
	}

	/** How many results a page of the table shows. */
	static final int PAGE_ROWS = 200;

	/** How many results have each status of the method, worst first, naming every one. */
	private static Map<String, Long> summary(Map<String, Long> counts, String method) {
		Map<String, Long> summary = new LinkedHashMap<>();
		Statuses.order(method).forEach(status -> summary.put(status, counts.getOrDefault(status, 0L)));
		return summary;
	}

	private int thisYear() {
		return LocalDate.now(this.clock).getYear();
	}

	/** From the first year any plan is evaluated in to this year, the latest first. */
	private List<Integer> years(List<PlanView> plans) {
		int first = plans.stream()
			.map(plan -> plan.baseYear() != null ? Integer.valueOf(plan.baseYear() + 1) : plan.periodStart())
			.filter(year -> year != null)
			.min(Integer::compare)
			.orElse(thisYear());
		int last = thisYear();
		return IntStream.iterate(last, year -> year >= Math.min(first, last), year -> year - 1).boxed().toList();
	}

	static String method(String method) {
		if (method == null || method.isBlank()) {
			return Statuses.PLAN;
		}
		if (!Statuses.PLAN.equals(method) && !Statuses.OPEN_SDG.equals(method)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "method is PLAN or OPEN_SDG");
		}
		return method;
	}

	static String blank(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	/**
	 * What the overview shows.
	 *
	 * @param plan a plan's code, or all
	 * @param region a region and those below, or the whole scope
	 * @param year the year
	 * @param status the status the table is narrowed to, or all
	 * @param method PLAN or OPEN_SDG
	 */
	record Filter(String plan, String region, int year, String status, String method) {
	}

}
