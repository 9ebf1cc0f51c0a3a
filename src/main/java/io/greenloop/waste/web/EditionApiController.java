package io.greenloop.waste.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import io.greenloop.waste.CatalogueEditions;
import io.greenloop.waste.CatalogueEditions.EditionStatus;
import io.greenloop.waste.CatalogueEditions.LoadEdition;
import io.greenloop.waste.EditionInForce;
import io.greenloop.waste.WasteCatalogue;
import io.greenloop.waste.domain.EditionChanges;
import io.greenloop.waste.web.WasteCatalogueApiController.WasteAnswer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Waste catalogue editions", description = "Editions of the 国家危险废物名录: those known in law (2021, "
		+ "2025) and those loaded, the edition in force on a day and the one codes are checked against, loading an "
		+ "edition's table (administrators), and the changes between two loaded editions")
class EditionApiController {

	private final CatalogueEditions editions;

	private final WasteCatalogue catalogue;

	EditionApiController(CatalogueEditions editions, WasteCatalogue catalogue) {
		this.editions = editions;
		this.catalogue = catalogue;
	}

	@GetMapping("/api/waste/catalogue/editions")
	@Operation(summary = "The editions known in law and loaded, oldest first, with what is known of their changes")
	List<EditionStatus> editions() {
		return this.editions.overview();
	}

	@GetMapping("/api/waste/catalogue/editions/in-force")
	@Operation(summary = "The edition in force in law on the day, the loaded edition codes are checked against, and "
			+ "whether they are the same")
	InForceAnswer inForce(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		EditionInForce answer = this.catalogue.inForce(day);
		return new InForceAnswer(day, answer.legalName(), answer.legalFrom(),
				answer.used() == null ? null : answer.used().name(), answer.loaded(), answer.checkedAgainst());
	}

	@PostMapping(path = "/api/waste/catalogue/editions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@ApiResponse(responseCode = "400", description = "A row breaks a rule (the answer's errors name each row and "
			+ "column), or the table of an edition known in law has not its known number of wastes; nothing loaded")
	@ApiResponse(responseCode = "403", description = "Not an administrator")
	@ApiResponse(responseCode = "409", description = "An edition of that name or date is loaded already")
	@Operation(summary = "Loads an edition from a file with the columns of hw-catalogue-2021.tsv (code, "
			+ "industry_source, description, hazard, optional category), and optionally its exemption list")
	EditionStatus load(@RequestParam String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inForceFrom,
			@RequestParam(required = false) String source, @RequestParam("file") MultipartFile file,
			@RequestParam(name = "exemptions", required = false) MultipartFile exemptions) throws IOException {
		return this.editions.load(
				new LoadEdition(name, inForceFrom, source, CatalogueSheet.read(file), CatalogueSheet.read(exemptions)));
	}

	@DeleteMapping("/api/waste/catalogue/editions/{name}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Removes a loaded edition (administrators); the 2021 edition is built in and stays")
	void remove(@PathVariable String name) {
		this.editions.remove(name);
	}

	@GetMapping("/api/waste/catalogue/changes")
	@ApiResponse(responseCode = "400", description = "An edition named is not loaded")
	@Operation(summary = "The codes added, removed and changed (description, category, hazard characteristics, "
			+ "industry source) from one loaded edition to another, found by comparing their tables")
	ChangesAnswer changes(@RequestParam String from, @RequestParam String to) {
		return ChangesAnswer.of(this.editions.changes(from, to));
	}

	/**
	 * The changes from one edition to another, each waste as the catalogue API answers
	 * it.
	 */
	record ChangesAnswer(String from, String to, List<WasteAnswer> added, List<WasteAnswer> removed,
			List<ChangedAnswer> changed) {

		static ChangesAnswer of(EditionChanges changes) {
			return new ChangesAnswer(changes.from(), changes.to(),
					changes.added().stream().map(WasteAnswer::of).toList(),
					changes.removed().stream().map(WasteAnswer::of).toList(),
					changes.changed()
						.stream()
						.map(c -> new ChangedAnswer(c.code(), c.fields(), WasteAnswer.of(c.before()),
								WasteAnswer.of(c.after())))
						.toList());
		}

	}

	/**
	 * A waste both editions list, with what differs (description, category, hazard,
	 * industrySource).
	 */
	record ChangedAnswer(String code, List<String> fields, WasteAnswer before, WasteAnswer after) {
	}

	/** The edition in force on a day. */
	record InForceAnswer(LocalDate day, String legalEdition, LocalDate legalInForceFrom, String checkedAgainst,
			boolean loaded, String note) {
	}

}
