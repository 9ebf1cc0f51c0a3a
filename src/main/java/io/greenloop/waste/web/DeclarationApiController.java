package io.greenloop.waste.web;

import java.util.List;

import io.greenloop.waste.DeclarationViews.DeclarationView;
import io.greenloop.waste.Declarations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Waste declarations",
		description = "Declarations (申报, HJ 1259—2022 §7) per site and period as its class requires (monthly, "
				+ "quarterly, annual), generated from the ledger for the enterprise to confirm")
@ApiResponse(responseCode = "400", description = "A bad year; field names it")
@ApiResponse(responseCode = "403", description = "Outside the caller's scope, or not keeping the enterprise's records")
@ApiResponse(responseCode = "404", description = "No such site or declaration")
class DeclarationApiController {

	private final Declarations declarations;

	DeclarationApiController(Declarations declarations) {
		this.declarations = declarations;
	}

	@GetMapping("/api/waste/sites/{id}/declarations")
	@Operation(summary = "The site's declarations, the latest period first")
	List<DeclarationView> ofSite(@PathVariable long id) {
		return this.declarations.ofSite(id);
	}

	@PostMapping("/api/waste/sites/{id}/declarations")
	@Operation(summary = "Generates (or refreshes, while unconfirmed) the declarations of the year's ended periods")
	List<DeclarationView> generate(@PathVariable long id, @RequestParam int year) {
		return this.declarations.generate(id, year);
	}

	@GetMapping("/api/waste/declarations/{id}")
	@Operation(summary = "One declaration with its figures per waste code")
	DeclarationView get(@PathVariable long id) {
		return this.declarations.get(id);
	}

	@PostMapping("/api/waste/declarations/{id}/confirm")
	@ApiResponse(responseCode = "409", description = "Confirmed already")
	@Operation(summary = "Confirms the declaration (late if after its due date)")
	DeclarationView confirm(@PathVariable long id) {
		return this.declarations.confirm(id);
	}

}
