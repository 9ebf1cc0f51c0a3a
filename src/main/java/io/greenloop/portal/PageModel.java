package io.greenloop.portal;

import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's layout needs: the navigation, with the current section marked, and
 * links to the same page in the other language. Added only to responses that render a
 * view, so APIs pay nothing for it; on an error page it refers to the page that failed,
 * not to {@code /error}.
 */
class PageModel implements HandlerInterceptor {

	/**
	 * The sections of the platform, in menu order, with the role a section needs (null:
	 * anyone; ANY: any logged-in account; USER: any logged-in government account, not an
	 * enterprise's staff).
	 */
	static final List<Section> SECTIONS = List.of(new Section("/", "nav.home", null),
			new Section("/plans", "nav.plans", null), new Section("/indicators", "nav.indicators", null),
			new Section("/concepts", "nav.concepts", null), new Section("/regions", "nav.regions", null),
			new Section("/reporting", "nav.reporting", "REPORTER"), new Section("/review", "nav.review", "REVIEWER"),
			new Section("/values", "nav.values", "USER"), new Section("/dashboard", "nav.dashboard", "USER"),
			new Section("/evaluation", "nav.evaluation", "USER"), new Section("/warnings", "nav.warnings", "USER"),
			new Section("/tasks", "nav.tasks", "USER"), new Section("/supervision/todo", "nav.todo", "USER"),
			new Section("/dispatch-rounds", "nav.rounds", "USER"), new Section("/projects", "nav.projects", "USER"),
			new Section("/waste/catalogue", "nav.wasteCatalogue", "ANY"),
			new Section("/waste/enterprises", "nav.wasteEnterprises", "ANY"),
			new Section("/waste/carriers", "nav.wasteCarriers", "ANY"),
			new Section("/waste/parks", "nav.wasteParks", "USER"),
			new Section("/waste/manifests", "nav.wasteManifests", "ANY"),
			new Section("/waste/alerts", "nav.wasteAlerts", "USER"),
			new Section("/waste/balances", "nav.wasteBalances", "USER"), new Section("/admin", "nav.admin", "ADMIN"),
			new Section("/audit", "nav.audit", "ADMIN"));

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
			return;
		}
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = failed != null ? failed.toString() : request.getRequestURI();
		String query = failed != null ? null : request.getQueryString();
		String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
		view.addObject("navigation",
				SECTIONS.stream()
					.filter(section -> section.isFor(request))
					.map(section -> new NavigationItem(section.path(), section.label(), section.isCurrent(path)))
					.toList());
		view.addObject("languageLinks", Map.of("zh-CN", link(uri, query, "zh-CN"), "en", link(uri, query, "en")));
	}

	private static String link(String uri, String query, String language) {
		return UriComponentsBuilder.fromPath(uri)
			.query(query)
			.replaceQueryParam("lang", language)
			.build()
			.toUriString();
	}

	record Section(String path, String label, String role) {

		/**
		 * Whether the user of the request may use the section; "USER" means any logged-in
		 * user.
		 */
		boolean isFor(HttpServletRequest request) {
			if (this.role == null) {
				return true;
			}
			if ("ANY".equals(this.role)) {
				return request.getUserPrincipal() != null;
			}
			if ("USER".equals(this.role)) {
				return request.isUserInRole("ADMIN") || request.isUserInRole("REPORTER")
						|| request.isUserInRole("REVIEWER") || request.isUserInRole("LEADER");
			}
			return request.isUserInRole(this.role) || request.isUserInRole("ADMIN");
		}

		boolean isCurrent(String requestPath) {
			return "/".equals(this.path) ? "/".equals(requestPath) || requestPath.isEmpty()
					: requestPath.equals(this.path) || requestPath.startsWith(this.path + "/");
		}

	}

	/**
	 * One entry of the menu.
	 *
	 * @param path where it leads
	 * @param label the message key of its label
	 * @param active whether the page shown is in this section
	 */
	record NavigationItem(String path, String label, boolean active) {
	}

}
