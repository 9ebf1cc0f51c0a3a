package io.greenloop.portal;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What every page's layout needs: the navigation, with the current section marked, and
 * links to the same page in the other language.
 */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

	/** The sections of the platform, in menu order. */
	static final List<Section> SECTIONS = List.of(new Section("/", "nav.home"), new Section("/plans", "nav.plans"),
			new Section("/indicators", "nav.indicators"), new Section("/concepts", "nav.concepts"),
			new Section("/regions", "nav.regions"));

	@ModelAttribute("navigation")
	List<NavigationItem> navigation(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return SECTIONS.stream()
			.map(section -> new NavigationItem(section.path(), section.label(), section.isCurrent(path)))
			.toList();
	}

	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks(HttpServletRequest request) {
		return Map.of("zh-CN", link(request, "zh-CN"), "en", link(request, "en"));
	}

	private static String link(HttpServletRequest request, String language) {
		return ServletUriComponentsBuilder.fromRequest(request)
			.replaceQueryParam("lang", language)
			.build()
			.toUriString()
			.replaceFirst("^[a-z]+://[^/]+", "");
	}

	record Section(String path, String label) {

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
