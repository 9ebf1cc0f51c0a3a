package io.greenloop.waste.web;

import java.util.List;

import io.greenloop.waste.Carriers;
import io.greenloop.waste.Members;
import io.greenloop.waste.Parks;
import io.greenloop.waste.SiteCommands.AddContact;
import io.greenloop.waste.SiteCommands.AddFacility;
import io.greenloop.waste.SiteCommands.AddMember;
import io.greenloop.waste.SiteCommands.AddPark;
import io.greenloop.waste.SiteCommands.AddVehicle;
import io.greenloop.waste.SiteCommands.RegisterCarrier;
import io.greenloop.waste.SiteCommands.UpdateSite;
import io.greenloop.waste.SiteViews.CarrierView;
import io.greenloop.waste.SiteViews.ContactView;
import io.greenloop.waste.SiteViews.FacilityView;
import io.greenloop.waste.SiteViews.MemberView;
import io.greenloop.waste.SiteViews.ParkView;
import io.greenloop.waste.SiteViews.SiteDetailView;
import io.greenloop.waste.Sites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Waste registry details",
		description = "Parks, a site's operating data (HJ 1259—2022 §4.2.3), facilities (§5.4.2), contacts, "
				+ "carriers with their vehicles, and the accounts acting for an enterprise")
@ApiResponse(responseCode = "400", description = "A field breaks a rule; the problem's field property names it")
@ApiResponse(responseCode = "403", description = "Outside the caller's role or data scope")
@ApiResponse(responseCode = "404", description = "No such enterprise, site or carrier")
@ApiResponse(responseCode = "409", description = "Already registered (park name, facility code, permit, plate)")
class SiteApiController {

	private final Sites sites;

	private final Parks parks;

	private final Carriers carriers;

	private final Members members;

	SiteApiController(Sites sites, Parks parks, Carriers carriers, Members members) {
		this.sites = sites;
		this.parks = parks;
		this.carriers = carriers;
		this.members = members;
	}

	@GetMapping("/api/waste/parks")
	@Operation(summary = "The parks of a region and the regions below it (all without region)")
	List<ParkView> parks(@RequestParam(required = false) String region) {
		return this.parks.list(region);
	}

	@PostMapping("/api/waste/parks")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Registers a park in a region (administrators; reviewers within their region)")
	ParkView addPark(@RequestBody AddPark command) {
		return this.parks.add(command);
	}

	@GetMapping("/api/waste/sites/{id}")
	@Operation(summary = "A site with its park, operating data and facilities")
	SiteDetailView site(@PathVariable long id) {
		return this.sites.get(id);
	}

	@PutMapping("/api/waste/sites/{id}")
	@Operation(summary = "Sets a site's park, operating_since, estimated hazardous waste (t/a) and intermittent "
			+ "flag (administrators; reviewers in scope)")
	SiteDetailView updateSite(@PathVariable long id, @RequestBody UpdateSite command) {
		return this.sites.update(id, command);
	}

	@PostMapping("/api/waste/sites/{id}/facilities")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Adds a facility: code unique per site, kind PRODUCTION/STORAGE/UTILISATION/DISPOSAL, "
			+ "capacity required but for PRODUCTION (the enterprise's members too)")
	FacilityView addFacility(@PathVariable long id, @RequestBody AddFacility command) {
		return this.sites.addFacility(id, command);
	}

	@GetMapping("/api/waste/enterprises/{id}/contacts")
	@Operation(summary = "The contacts of an enterprise and its sites")
	List<ContactView> contacts(@PathVariable long id) {
		return this.sites.contacts(id);
	}

	@PostMapping("/api/waste/enterprises/{id}/contacts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Adds a contact (LEGAL, ENVIRONMENT, LEDGER, EMERGENCY), of the enterprise or a site "
			+ "(the enterprise's members too)")
	ContactView addContact(@PathVariable long id, @RequestBody AddContact command) {
		return this.sites.addContact(id, command);
	}

	@GetMapping("/api/waste/enterprises/{id}/members")
	@Operation(summary = "The accounts acting for an enterprise")
	List<MemberView> members(@PathVariable long id) {
		return this.members.of(id);
	}

	@PostMapping("/api/waste/enterprises/{id}/members")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Lets an existing account act for the enterprise (administrators; reviewers in scope)")
	List<MemberView> addMember(@PathVariable long id, @RequestBody AddMember command) {
		return this.members.add(id, command);
	}

	@GetMapping("/api/waste/carriers")
	@Operation(summary = "The carriers the caller may read, with their vehicles")
	List<CarrierView> carriers() {
		return this.carriers.list();
	}

	@PostMapping("/api/waste/carriers")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Records an enterprise as a carrier with its road dangerous-goods permit")
	CarrierView registerCarrier(@RequestBody RegisterCarrier command) {
		return this.carriers.register(command);
	}

	@PostMapping("/api/waste/carriers/{id}/vehicles")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Adds a vehicle (plate unique) with its 道路运输证 and validity")
	CarrierView addVehicle(@PathVariable long id, @RequestBody AddVehicle command) {
		return this.carriers.addVehicle(id, command);
	}

}
