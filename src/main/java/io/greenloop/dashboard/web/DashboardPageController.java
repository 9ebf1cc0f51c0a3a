package io.greenloop.dashboard.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.greenloop.dashboard.DashboardQuery;
import io.greenloop.dashboard.DashboardView;
import io.greenloop.dashboard.DashboardView.Place;
import io.greenloop.dashboard.Dashboards;
import io.greenloop.evaluation.EvaluationRefusedException;
import io.greenloop.evaluation.EvaluationResults;
import io.greenloop.evaluation.Warnings;
import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.region.UnknownRegionException;
import io.greenloop.shared.VersionedCache;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

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

	private final EvaluationResults results;

	private final IndicatorCatalogue catalogue;

	private final CurrentAccount current;

	private final SpringTemplateEngine templates;

	private final JsonMapper json = JsonMapper.builder().build();

	/** The parts as rendered, until the read model changes. */
	private final VersionedCache<LiveKey, Parts> rendered = new VersionedCache<>(256, parts -> true);

	DashboardPageController(Dashboards dashboards, Warnings warnings, EvaluationResults results,
			IndicatorCatalogue catalogue, CurrentAccount current, SpringTemplateEngine templates) {
		this.dashboards = dashboards;
		this.warnings = warnings;
		this.results = results;
		this.catalogue = catalogue;
		this.current = current;
		this.templates = templates;
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String plan, @RequestParam(required = false) String indicator,
			Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
		DashboardQuery query = new DashboardQuery(region, year, plan, indicator);
		DashboardView view = this.dashboards.view(query, locale);
		model.addAttribute("view", view);
		model.addAttribute("links", new DashboardLinks(view.year(), view.plan(), indicator));
		model.addAttribute("refreshSeconds", REFRESH_SECONDS);
		model.addAttribute("parts", parts(query, locale, request, response));
		DataScope scope = this.current.scope();
		model.addAttribute("reachable",
				view.path().stream().map(Place::code).filter(scope::sees).collect(Collectors.toSet()));
		return "dashboard/dashboard";
	}

	/** The counts, the map's data, the lagging targets and the warnings, refreshed. */
	@GetMapping(path = "/dashboard/live", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	@Hidden
	String refreshed(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String plan, @RequestParam(required = false) String indicator,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		return parts(new DashboardQuery(region, year, plan, indicator), locale, request, response).live();
	}

	/**
	 * The parts of the dashboard asked for that are the same for everyone who may see it,
	 * as HTML: rendered once for each version of the read model (the version is read
	 * before the data, so what is kept is never older than its version says). Refuses
	 * what {@link Dashboards#view} refuses.
	 */
	private Parts parts(DashboardQuery query, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		long version = this.results.version();
		DashboardView view = this.dashboards.view(query, locale);
		LiveKey key = new LiveKey(view.region().code(), view.year(), view.plan(), query.indicator(),
				locale.getLanguage());
		return this.rendered.get(key, version, () -> render(view, query.indicator(), locale, request, response));
	}

	private Parts render(DashboardView view, String indicator, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		Warnings.OpenWarnings open = this.warnings.open(view.region().code(), WARNINGS_SHOWN);
		Map<String, Object> variables = new HashMap<>();
		variables.put("view", view);
		variables.put("plans", this.catalogue.plans());
		variables.put("warnings", open.first());
		variables.put("warningCount", open.count());
		variables.put("data",
				this.json.writeValueAsString(view)
					.replace("<", "\\u003c")
					.replace(">", "\\u003e")
					.replace("&", "\\u0026"));
		variables.put("refreshSeconds", REFRESH_SECONDS);
		variables.put("links", new DashboardLinks(view.year(), view.plan(), indicator));
		IWebExchange exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response);
		WebContext context = new WebContext(exchange, locale, variables);
		return new Parts(this.templates.process("dashboard/live", Set.of("filters"), context),
				this.templates.process("dashboard/live", Set.of("live"), context));
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

	private record LiveKey(String region, int year, String plan, String indicator, String language) {
	}

	/**
	 * The dashboard's parts that do not depend on who looks, as HTML.
	 *
	 * @param filters the form choosing the year, plan and indicator
	 * @param live the part that refreshes itself
	 */
	record Parts(String filters, String live) {
	}

}
