package io.greenloop.waste.web;

import java.util.List;

import io.greenloop.waste.Commands.AddSite;
import io.greenloop.waste.Commands.RecordLicence;
import io.greenloop.waste.Commands.RegisterEnterprise;
import io.greenloop.waste.Licences;
import io.greenloop.waste.Registry;
import io.greenloop.waste.Views.EnterpriseView;
import io.greenloop.waste.Views.LicenceView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Waste registry",
		description = "Enterprises by their 统一社会信用代码 (GB 32100—2015), their production "
				+ "sites (region, GB/T 4754 industry) and the 危险废物经营许可证 of operators; read within the caller's data "
				+ "scope, written by administrators and reviewers")
@ApiResponse(responseCode = "400",
		description = "A field breaks a rule (credit code, region, industry code, waste "
				+ "code, dates, capacity); the problem's field property names it")
@ApiResponse(responseCode = "403",
		description = "Not an administrator or reviewer (writes), or the region is outside the caller's data scope")
class RegistryApiController {

	private final Registry registry;

	private final Licences licences;

	RegistryApiController(Registry registry, Licences licences) {
		this.registry = registry;
		this.licences = licences;
	}

	@GetMapping("/api/waste/enterprises")
	@Operation(summary = "The enterprises within the caller's data scope, by name")
	List<EnterpriseView> list() {
		return this.registry.list();
	}

	@PostMapping("/api/waste/enterprises")
	@ResponseStatus(HttpStatus.CREATED)
	@ApiResponse(responseCode = "201", description = "Registered")
	@ApiResponse(responseCode = "409", description = "The credit code is already registered")
	@Operation(summary = "Registers an enterprise (administrators; reviewers within their region)")
	EnterpriseView register(@RequestBody RegisterEnterprise command) {
		return this.registry.register(command);
	}

	@GetMapping("/api/waste/enterprises/{id}")
	@ApiResponse(responseCode = "404", description = "No such enterprise")
	@Operation(summary = "One enterprise with its sites and licences")
	EnterpriseView get(@PathVariable long id) {
		return this.registry.get(id);
	}

	@PostMapping("/api/waste/enterprises/{id}/sites")
	@ResponseStatus(HttpStatus.CREATED)
	@ApiResponse(responseCode = "201", description = "Added; the enterprise with its sites")
	@ApiResponse(responseCode = "404", description = "No such enterprise")
	@ApiResponse(responseCode = "409", description = "The enterprise already has a site of that name")
	@Operation(summary = "Adds a production site with its region and industry (GB/T 4754)")
	EnterpriseView addSite(@PathVariable long id, @RequestBody AddSite command) {
		return this.registry.addSite(id, command);
	}

	@GetMapping("/api/waste/licences")
	@Operation(summary = "The 危险废物经营许可证 within the caller's data scope, of one enterprise or all")
	List<LicenceView> licences(@RequestParam(required = false) Long enterprise) {
		return this.licences.list(enterprise);
	}

	@PostMapping("/api/waste/licences")
	@ResponseStatus(HttpStatus.CREATED)
	@ApiResponse(responseCode = "201", description = "Recorded")
	@ApiResponse(responseCode = "409", description = "The licence number is already recorded")
	@Operation(summary = "Records a licence: waste codes listed in the 名录 in force on validFrom, activities, "
			+ "annual capacity (t/a)")
	LicenceView record(@RequestBody RecordLicence command) {
		return this.licences.record(command);
	}

}
