package io.greenloop.waste.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.greenloop.waste.ManagementClasses;
import io.greenloop.waste.ManagementClasses.ClassView;
import io.greenloop.waste.Members;
import io.greenloop.waste.SiteViews.SiteDetailView;
import io.greenloop.waste.Sites;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the enterprise page shows besides the enterprise's own record: each site's
 * operating data, facilities and HJ 1259 §4.2 class for a year (this year unless asked),
 * the contacts and the accounts acting for the enterprise.
 */
@Component
class RegistryPages {

	private final Sites sites;

	private final ManagementClasses classes;

	private final Members members;

	private final Clock clock;

	RegistryPages(Sites sites, ManagementClasses classes, Members members, Clock clock) {
		this.sites = sites;
		this.classes = classes;
		this.members = members;
		this.clock = clock;
	}

	void details(long enterpriseId, Integer year, Model model) {
		int shown = year == null ? LocalDate.now(this.clock).getYear() : year;
		Map<Long, ClassView> classes = new LinkedHashMap<>();
		var details = this.sites.of(enterpriseId);
		for (SiteDetailView site : details) {
			classes.put(site.id(), this.classes.get(site.id(), shown));
		}
		model.addAttribute("year", shown);
		model.addAttribute("siteDetails", details);
		model.addAttribute("classes", classes);
		model.addAttribute("contacts", this.sites.contacts(enterpriseId));
		model.addAttribute("members", this.members.of(enterpriseId));
	}

}
