package io.greenloop.waste.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.waste.Carriers;
import io.greenloop.waste.EnterpriseAccess;
import io.greenloop.waste.ManagementClasses;
import io.greenloop.waste.ManagementClasses.ClassView;
import io.greenloop.waste.Members;
import io.greenloop.waste.RegistryEdits;
import io.greenloop.waste.SiteViews.SiteDetailView;
import io.greenloop.waste.Sites;
import io.greenloop.waste.Views.EnterpriseView;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the enterprise page shows besides the enterprise's own record: each site's
 * operating data, facilities and HJ 1259 §4.2 class for a year (this year unless asked),
 * the contacts and the accounts acting for the enterprise; the forms to add facilities
 * and contacts to those who keep its records.
 */
@Component
class RegistryPages {

	private final Sites sites;

	private final ManagementClasses classes;

	private final Members members;

	private final Clock clock;

	private final EnterpriseAccess access;

	private final CurrentAccount account;

	private final RegistryEdits edits;

	private final Carriers carriers;

	RegistryPages(Sites sites, ManagementClasses classes, Members members, Clock clock, EnterpriseAccess access,
			CurrentAccount account, RegistryEdits edits, Carriers carriers) {
		this.carriers = carriers;
		this.edits = edits;
		this.sites = sites;
		this.classes = classes;
		this.members = members;
		this.clock = clock;
		this.access = access;
		this.account = account;
	}

	void details(EnterpriseView enterprise, Integer year, Model model) {
		long enterpriseId = enterprise.id();
		model.addAttribute("isAdmin", this.account.scope().isAdmin());
		model.addAttribute("keepsRecords",
				this.access.writes(this.account.scope(), enterpriseId, enterprise.regionCode()));
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
		model.addAttribute("changesRegistry", this.edits.changesRegistry(enterprise.regionCode()));
		model.addAttribute("carrier", this.carriers.ofEnterprise(enterpriseId).orElse(null));
	}

}
