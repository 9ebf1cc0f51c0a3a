package io.greenloop.waste.web;

import io.greenloop.waste.ManagementClasses;
import io.greenloop.waste.ManagementClasses.ClassView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Waste management class",
		description = "The HJ 1259—2022 §4.2 management class of a site for a year (KEY 重点监管, SIMPLIFIED 简化管理, "
				+ "REGISTERED 登记管理), computed from the ledger with its reason, and administrators' overrides")
@ApiResponse(responseCode = "400", description = "A bad year, class or a missing note; field names it")
@ApiResponse(responseCode = "403", description = "Outside the caller's scope, or not an administrator (override)")
@ApiResponse(responseCode = "404", description = "No such site")
class ClassApiController {

	private final ManagementClasses classes;

	ClassApiController(ManagementClasses classes) {
		this.classes = classes;
	}

	/** An override: the class and why. */
	record SetClass(String managementClass, String note) {
	}

	@GetMapping("/api/waste/sites/{id}/class")
	@Operation(summary = "The site's class for the year: in force, computed with its reason, and any override")
	ClassView get(@PathVariable long id, @RequestParam int year) {
		return this.classes.get(id, year);
	}

	@PutMapping("/api/waste/sites/{id}/class")
	@Operation(summary = "Sets the site's class for the year, with a required note (administrators)")
	ClassView override(@PathVariable long id, @RequestParam int year, @RequestBody SetClass command) {
		return this.classes.override(id, year, command.managementClass(), command.note());
	}

	@DeleteMapping("/api/waste/sites/{id}/class")
	@Operation(summary = "Removes the override: the computed class applies again (administrators)")
	ClassView remove(@PathVariable long id, @RequestParam int year) {
		return this.classes.removeOverride(id, year);
	}

}
