package io.greenloop.evaluation.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.greenloop.evaluation.EvaluationResults;
import io.greenloop.evaluation.EvaluationResults.EvaluationQuery;
import io.greenloop.evaluation.EvaluationView;
import io.greenloop.evaluation.domain.Status;
import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.identity.Role;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorView;
import io.greenloop.region.Regions;
import io.greenloop.shared.RegionCode;
import io.greenloop.supervision.Tasks;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One target in one region: what the plan says, every year's result with how it was
 * reached, a chart of the values against the trajectory and the target, where each value
 * came from, and, for the reviewers of the region or above, the form to judge a year the
 * numbers cannot settle (人工评定).
 */
@Controller
class TargetEvaluationPageController {

	private final EvaluationResults results;

	private final Tasks tasks;

	private final IndicatorCatalogue catalogue;

	private final Regions regions;

	private final CurrentAccount current;

	private final MessageSource messages;

	TargetEvaluationPageController(EvaluationResults results, IndicatorCatalogue catalogue, Regions regions,
			CurrentAccount current, MessageSource messages, Tasks tasks) {
		this.results = results;
		this.tasks = tasks;
		this.catalogue = catalogue;
		this.regions = regions;
		this.current = current;
		this.messages = messages;
	}

	/**
	 * The target in the region; without one, in the target's own region if the user sees
	 * it, else in the user's.
	 */
	@GetMapping("/evaluation/{code}")
	String target(@PathVariable String code, @RequestParam(required = false) String region, Locale locale,
			Model model) {
		IndicatorView target = this.catalogue.indicator(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No target has the code " + code));
		DataScope scope = this.current.scope();
		String shown = EvaluationPageController.blank(region) != null ? region.trim()
				: scope.sees(target.region()) ? target.region() : scope.regionCode();
		List<EvaluationView> years = inRegion(code, shown, Statuses.PLAN, locale);
		Map<Integer, String> sdg = inRegion(code, shown, Statuses.OPEN_SDG, locale).stream()
			.collect(Collectors.toMap(EvaluationView::year, EvaluationView::status));
		EvaluationChart chart = EvaluationChart.of(years);
		model.addAttribute("target", target);
		model.addAttribute("plan", this.catalogue.plan(target.planCode()).orElse(null));
		model.addAttribute("region", this.regions.find(RegionCode.of(shown))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No region has the code " + shown)));
		model.addAttribute("rows", years.stream().map(EvaluationRow::of).toList());
		model.addAttribute("sdg", sdg);
		model.addAttribute("labels", Statuses.labels(locale));
		model.addAttribute("chart", chart);
		model.addAttribute("chartJson", chart.json(seriesNames(locale)));
		model.addAttribute("inputs", InputRow.of(years));
		model.addAttribute("otherRegions", regionsWithResults(code, locale));
		model.addAttribute("pendingYears", awaitingJudgement(scope, shown, years));
		model.addAttribute("judgeable", Statuses.judgeable());
		model.addAttribute("tasks", this.tasks.servingTarget(code));
		return "evaluation/target";
	}

	/**
	 * Records a reviewer's judgement and goes back to the target's page, saying what was
	 * recorded or why not. Outside the reviewer's scope, 403.
	 */
	@PostMapping("/evaluation/{code}/judgements")
	String judge(@PathVariable String code, @RequestParam String region, @RequestParam int year,
			@RequestParam Status status, @RequestParam(required = false) String reason, Locale locale,
			RedirectAttributes redirect) {
		try {
			this.results.judge(code, region, year, status, reason, locale);
			redirect.addFlashAttribute("judged", year);
			redirect.addFlashAttribute("judgedStatus", status.name());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("refused", ex.getMessage());
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/evaluation/{code}")
			.queryParam("region", "{region}")
			.encode()
			.buildAndExpand(code, region)
			.toUriString();
	}

	/**
	 * The years the user may judge: those awaiting a judgement, for a reviewer of the
	 * region or above or an administrator, as {@link EvaluationResults#judge} allows.
	 */
	private static List<Integer> awaitingJudgement(DataScope scope, String region, List<EvaluationView> years) {
		if (!(scope.isAdmin() || scope.has(Role.REVIEWER) && scope.sees(region))) {
			return List.of();
		}
		return years.stream()
			.filter(year -> Status.NEEDS_JUDGEMENT.name().equals(year.status()))
			.map(EvaluationView::year)
			.toList();
	}

	/**
	 * The results of the target in exactly the region (not those below), oldest first.
	 */
	private List<EvaluationView> inRegion(String code, String region, String method, Locale locale) {
		return this.results.find(new EvaluationQuery(null, code, region, null, null, method), locale)
			.stream()
			.filter(result -> result.regionCode().equals(region))
			.sorted(Comparator.comparingInt(EvaluationView::year))
			.toList();
	}

	/** The regions in the user's scope where the target has results, by code. */
	private Map<String, String> regionsWithResults(String code, Locale locale) {
		Map<String, String> regions = new LinkedHashMap<>();
		this.results.find(new EvaluationQuery(null, code, null, null, null, Statuses.PLAN), locale)
			.stream()
			.sorted(Comparator.comparing(EvaluationView::regionCode))
			.forEach(result -> regions.put(result.regionCode(), result.regionName()));
		return regions;
	}

	private Map<String, String> seriesNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String series : List.of("observed", "expected", "target")) {
			names.put(series, this.messages.getMessage("evaluation.chart." + series, null, locale));
		}
		return names;
	}

}
