package io.greenloop.waste.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import io.greenloop.waste.CatalogueEditions;
import io.greenloop.waste.CatalogueEditions.LoadEdition;
import io.greenloop.waste.DuplicateRegistrationException;
import io.greenloop.waste.domain.EditionTable.RefusedFileException;
import io.greenloop.waste.domain.EditionTable.RowError;
import io.greenloop.waste.domain.InvalidInputException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The catalogue page's upload of an edition (administrators): on success back to the
 * catalogue showing the edition's changes from the one before; on refusal the catalogue
 * page again with every row error, nothing loaded.
 */
@Controller
class EditionPageController {

	private final CatalogueEditions editions;

	private final WastePageController pages;

	EditionPageController(CatalogueEditions editions, WastePageController pages) {
		this.editions = editions;
		this.pages = pages;
	}

	@PostMapping("/waste/catalogue/editions")
	String load(@RequestParam String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inForceFrom,
			@RequestParam(required = false) String source, @RequestParam("file") MultipartFile file,
			@RequestParam(name = "exemptions", required = false) MultipartFile exemptions, Model model)
			throws IOException {
		List<RowError> errors;
		try {
			this.editions.load(new LoadEdition(name, inForceFrom, source, CatalogueSheet.read(file),
					CatalogueSheet.read(exemptions)));
			return "redirect:/waste/catalogue?loaded=" + name.strip();
		}
		catch (RefusedFileException ex) {
			errors = ex.errors();
			model.addAttribute("editionFile", ex.file());
		}
		catch (InvalidInputException ex) {
			errors = List.of(new RowError(0, ex.field(), ex.getMessage()));
		}
		catch (DuplicateRegistrationException ex) {
			errors = List.of(new RowError(0, ex.field(), ex.getMessage()));
		}
		model.addAttribute("editionErrors", errors);
		return this.pages.catalogue(null, null, null, null, model);
	}

}
