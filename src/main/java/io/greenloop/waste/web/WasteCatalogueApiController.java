package io.greenloop.waste.web;

import java.time.LocalDate;
import java.util.List;

import io.greenloop.waste.SolidWasteStream;
import io.greenloop.waste.WasteCatalogue;
import io.greenloop.waste.domain.CatalogueEntry;
import io.greenloop.waste.domain.Edition;
import io.greenloop.waste.domain.Exemption;
import io.greenloop.waste.domain.HazardCategory;
import io.greenloop.waste.domain.HazardCharacteristic;
import io.greenloop.waste.domain.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Waste catalogue", description = "国家危险废物名录 (the loaded edition in force today: the 2021 edition, "
		+ "transcribed from the official text, until the 2025 table is loaded): the wastes with category, industry "
		+ "source and hazard characteristics, the exemption list, and the general solid waste streams the plans count")
class WasteCatalogueApiController {

	private final WasteCatalogue catalogue;

	WasteCatalogueApiController(WasteCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/api/waste/catalogue")
	@ApiResponse(responseCode = "400", description = "The category is not one of the 46 (HW01–HW40, HW45–HW50)")
	@Operation(summary = "The wastes of the edition in force, narrowed by category and by text in the code, "
			+ "description or industry source")
	CatalogueAnswer catalogue(@Parameter(description = "e.g. HW08") @RequestParam(required = false) String category,
			@Parameter(description = "text in the code, description or industry source") @RequestParam(
					required = false) String q) {
		HazardCategory wanted = category(category);
		Edition edition = this.catalogue.current();
		List<WasteAnswer> wastes = this.catalogue.search(wanted, q).stream().map(WasteAnswer::of).toList();
		return new CatalogueAnswer(edition.name(), edition.inForceFrom(), edition.source(), wastes.size(), wastes);
	}

	@GetMapping("/api/waste/catalogue/categories")
	@Operation(summary = "The 46 categories with the number of wastes each lists")
	List<CategoryAnswer> categories() {
		return this.catalogue.countByCategory()
			.entrySet()
			.stream()
			.map(entry -> new CategoryAnswer(entry.getKey().code(), entry.getKey().name(), entry.getValue()))
			.toList();
	}

	@GetMapping("/api/waste/catalogue/exemptions")
	@Operation(summary = "附录 危险废物豁免管理清单: each row with its stage, condition and exemption")
	List<Exemption> exemptions() {
		return this.catalogue.current().exemptions();
	}

	@GetMapping("/api/waste/streams")
	@Operation(summary = "General industrial solid waste categories and the other streams the plans count")
	List<SolidWasteStream> streams() {
		return this.catalogue.streams();
	}

	static HazardCategory category(String category) {
		if (category == null || category.isBlank()) {
			return null;
		}
		return HazardCategory.parse(category)
			.orElseThrow(() -> new InvalidInputException("category",
					"'" + category + "' is not a category of the 名录: HW01–HW40 or HW45–HW50"));
	}

	/** The catalogue's answer. */
	record CatalogueAnswer(String edition, LocalDate inForceFrom, String source, int count, List<WasteAnswer> wastes) {
	}

	/** One waste. */
	record WasteAnswer(String code, String category, String categoryName, String industrySource, String description,
			String hazardText, List<HazardCharacteristic> hazards) {

		static WasteAnswer of(CatalogueEntry entry) {
			return new WasteAnswer(entry.code().value(), entry.category().code(), entry.category().name(),
					entry.industrySource(), entry.description(), entry.hazardText(), List.copyOf(entry.hazards()));
		}

	}

	/** One category. */
	record CategoryAnswer(String code, String name, long wastes) {
	}

}
