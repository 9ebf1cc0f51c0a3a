package io.greenloop.waste.web;

import java.time.LocalDate;
import java.util.List;

import io.greenloop.waste.Carriers;
import io.greenloop.waste.Registry;
import io.greenloop.waste.RegistryEdits;
import io.greenloop.waste.RegistryEdits.EditContact;
import io.greenloop.waste.RegistryEdits.EditEnterprise;
import io.greenloop.waste.RegistryEdits.EditFacility;
import io.greenloop.waste.RegistryEdits.EditSite;
import io.greenloop.waste.SiteViews.CarrierView;
import io.greenloop.waste.SiteViews.ContactView;
import io.greenloop.waste.SiteViews.SiteDetailView;
import io.greenloop.waste.Sites;
import io.greenloop.waste.Views.EnterpriseView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Corrections of registry records by API, as on the correction page
 * ({@link RegistryEdits} says who may correct what); each replaces the fields it names
 * and is kept in the audit log.
 */
@RestController
@Tag(name = "Waste registry corrections",
		description = "Correct an enterprise (name, region; never its credit code), a site, a facility, a contact, "
				+ "the validity of a carrier's permit and of a vehicle's permit")
@ApiResponse(responseCode = "400", description = "A field breaks a rule; the problem's field property names it")
@ApiResponse(responseCode = "403", description = "Outside the caller's role or data scope")
@ApiResponse(responseCode = "404", description = "No such record")
@ApiResponse(responseCode = "409", description = "Another site of the enterprise has that name")
class RegistryEditApiController {

	/**
	 * A permit's new last day of validity.
	 *
	 * @param permitValidTo yyyy-MM-dd
	 */
	record EditValidity(LocalDate permitValidTo) {
	}

	private final RegistryEdits edits;

	private final Registry registry;

	private final Sites sites;

	private final Carriers carriers;

	RegistryEditApiController(RegistryEdits edits, Registry registry, Sites sites, Carriers carriers) {
		this.edits = edits;
		this.registry = registry;
		this.sites = sites;
		this.carriers = carriers;
	}

	@PutMapping("/api/waste/enterprises/{id}")
	@Operation(summary = "Corrects an enterprise's name and region (administrators; reviewers covering the old and "
			+ "the new region)")
	EnterpriseView enterprise(@PathVariable long id, @RequestBody EditEnterprise command) {
		return this.registry.get(this.edits.editEnterprise(id, command));
	}

	@PutMapping("/api/waste/sites/{id}/registration")
	@Operation(summary = "Corrects a site's name, address, region and industry (GB/T 4754) (administrators; "
			+ "reviewers in scope)")
	EnterpriseView site(@PathVariable long id, @RequestBody EditSite command) {
		return this.registry.get(this.edits.editSite(id, command));
	}

	@PutMapping("/api/waste/facilities/{id}")
	@Operation(summary = "Corrects a facility's name, kind, type and capacity (the enterprise's members too)")
	List<SiteDetailView> facility(@PathVariable long id, @RequestBody EditFacility command) {
		return this.sites.of(this.edits.editFacility(id, command));
	}

	@PutMapping("/api/waste/contacts/{id}")
	@Operation(summary = "Corrects a contact's role, name, phone and e-mail (the enterprise's members too)")
	List<ContactView> contact(@PathVariable long id, @RequestBody EditContact command) {
		return this.sites.contacts(this.edits.editContact(id, command));
	}

	@PutMapping("/api/waste/carriers/{id}/permit")
	@Operation(summary = "Sets the last day of validity of a carrier's road dangerous-goods permit (the carrier's "
			+ "members too)")
	CarrierView carrierPermit(@PathVariable long id, @RequestBody EditValidity command) {
		this.edits.editCarrierPermit(id, command.permitValidTo());
		return this.carriers.get(id);
	}

	@PutMapping("/api/waste/vehicles/{id}/permit")
	@Operation(summary = "Sets the last day of validity of a vehicle's 道路运输证 (the carrier's members too)")
	CarrierView vehiclePermit(@PathVariable long id, @RequestBody EditValidity command) {
		this.edits.editVehiclePermit(id, command.permitValidTo());
		return this.carriers.get(this.edits.carrierOfVehicle(id));
	}

}
