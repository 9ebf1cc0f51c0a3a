package io.greenloop.waste.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.waste.CatalogueEditions;
import io.greenloop.waste.WasteCatalogue;
import io.greenloop.waste.domain.Edition;
import io.greenloop.waste.domain.InvalidInputException;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The editions part of the catalogue page: the editions known in law and loaded, the one
 * in force today and whether it is loaded, the changes between two loaded editions (by
 * default the last two), and for administrators the upload of an edition.
 */
@Component
class CataloguePage {

	private final CatalogueEditions editions;

	private final WasteCatalogue catalogue;

	private final CurrentAccount account;

	private final Clock clock;

	CataloguePage(CatalogueEditions editions, WasteCatalogue catalogue, CurrentAccount account, Clock clock) {
		this.editions = editions;
		this.catalogue = catalogue;
		this.account = account;
		this.clock = clock;
	}

	void editions(String from, String to, Model model) {
		model.addAttribute("editions", this.editions.overview());
		model.addAttribute("inForce", this.catalogue.inForce(LocalDate.now(this.clock)));
		model.addAttribute("canLoad", this.account.scope().isAdmin());
		List<Edition> loaded = this.catalogue.editions();
		String older = from != null && !from.isBlank() ? from
				: loaded.size() > 1 ? loaded.get(loaded.size() - 2).name() : null;
		String newer = to != null && !to.isBlank() ? to
				: loaded.size() > 1 ? loaded.get(loaded.size() - 1).name() : null;
		if (older != null && newer != null) {
			try {
				model.addAttribute("changes", this.editions.changes(older, newer));
			}
			catch (InvalidInputException ex) {
				model.addAttribute("changesError", ex.getMessage());
			}
		}
		model.addAttribute("loadedNames", loaded.stream().map(Edition::name).toList());
	}

}
