package io.greenloop.dashboard.web;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;

import io.greenloop.dashboard.DashboardQuery;
import io.greenloop.dashboard.DashboardView;
import io.greenloop.dashboard.DashboardView.Place;
import io.greenloop.dashboard.Dashboards;
import io.greenloop.evaluation.EvaluationRefusedException;
import io.greenloop.evaluation.Warnings;
import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.region.UnknownRegionException;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The leaders' dashboard (领导看板) of a region, and the part of it that refreshes itself:
 * the page polls {@code /dashboard/live} with htmx, so a value approved elsewhere shows
 * in the counts, the lagging targets and the map of an open dashboard without anyone
 * reloading it.
 */
@Controller
class DashboardPageController {

	/** How many open warnings the page lists; the rest are a link away. */
	static final int WARNINGS_SHOWN = 5;

	/** How often an open dashboard asks for the latest results. */
	static final int REFRESH_SECONDS = 15;

	private final Dashboards dashboards;

	private final Warnings warnings;

	private final IndicatorCatalogue catalogue;

	private final CurrentAccount current;

	private final JsonMapper json = JsonMapper.builder().build();

	DashboardPageController(Dashboards dashboards, Warnings warnings, IndicatorCatalogue catalogue,
			CurrentAccount current) {
		this.dashboards = dashboards;
		this.warnings = warnings;
		this.catalogue = catalogue;
		this.current = current;
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String plan, @RequestParam(required = false) String indicator,
			Locale locale, Model model) {
		DashboardView view = live(new DashboardQuery(region, year, plan, indicator), locale, model);
		model.addAttribute("plans", this.catalogue.plans());
		DataScope scope = this.current.scope();
		model.addAttribute("reachable",
				view.path().stream().map(Place::code).filter(scope::sees).collect(Collectors.toSet()));
		return "dashboard/dashboard";
	}

	/** The counts, the map's data, the lagging targets and the warnings, refreshed. */
	@GetMapping("/dashboard/live")
	String refreshed(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String plan, @RequestParam(required = false) String indicator,
			Locale locale, Model model) {
		live(new DashboardQuery(region, year, plan, indicator), locale, model);
		return "dashboard/dashboard :: live";
	}

	private DashboardView live(DashboardQuery query, Locale locale, Model model) {
		DashboardView view = this.dashboards.view(query, locale);
		Warnings.OpenWarnings open = this.warnings.open(view.region().code(), WARNINGS_SHOWN);
		model.addAttribute("view", view);
		model.addAttribute("warnings", open.first());
		model.addAttribute("warningCount", open.count());
		model.addAttribute("data",
				this.json.writeValueAsString(view)
					.replace("<", "\\u003c")
					.replace(">", "\\u003e")
					.replace("&", "\\u0026"));
		model.addAttribute("refreshSeconds", REFRESH_SECONDS);
		model.addAttribute("links", new DashboardLinks(view.year(), view.plan(), query.indicator()));
		return view;
	}

	/**
	 * 403 with the error page (a status set by an exception handler alone would be lost).
	 */
	@ExceptionHandler(EvaluationRefusedException.class)
	void refused(EvaluationRefusedException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.FORBIDDEN.value(), ex.getMessage());
	}

	@ExceptionHandler(UnknownRegionException.class)
	void unknown(UnknownRegionException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value(), ex.getMessage());
	}

	/** A malformed region code, or an indicator that is no concept or target. */
	@ExceptionHandler(IllegalArgumentException.class)
	void malformed(IllegalArgumentException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value(), ex.getMessage());
	}

}
