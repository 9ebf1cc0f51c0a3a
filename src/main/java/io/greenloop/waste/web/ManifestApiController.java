package io.greenloop.waste.web;

import java.util.List;

import io.greenloop.waste.ManifestCommands.Close;
import io.greenloop.waste.ManifestCommands.Decide;
import io.greenloop.waste.ManifestCommands.DraftManifest;
import io.greenloop.waste.ManifestCommands.GiveRoute;
import io.greenloop.waste.ManifestCommands.ProposeCorrection;
import io.greenloop.waste.ManifestCommands.Receive;
import io.greenloop.waste.ManifestCommands.StepMoment;
import io.greenloop.waste.ManifestCorrections;
import io.greenloop.waste.ManifestReceipts;
import io.greenloop.waste.ManifestSteps;
import io.greenloop.waste.ManifestViews.ManifestSummary;
import io.greenloop.waste.ManifestViews.ManifestView;
import io.greenloop.waste.ManifestViews.StepResult;
import io.greenloop.waste.Manifests;
import io.greenloop.waste.TripRoutes;
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
@Tag(name = "Transfer manifests",
		description = "Electronic hazardous waste transfer manifests (危险废物转移管理办法 部令第23号): drafted and issued "
				+ "by the 移出人, picked up, handed over and delivered by the 承运人 in order, received by the 接受人; "
				+ "each party sees its own, regulators those of their region")
@ApiResponse(responseCode = "400", description = "A field breaks a rule; the problem's field property names it")
@ApiResponse(responseCode = "403", description = "Not the party whose step it is, or outside the caller's scope")
@ApiResponse(responseCode = "404", description = "No such manifest")
@ApiResponse(responseCode = "409", description = "The manifest's state (or an open correction) does not allow it")
@ApiResponse(responseCode = "422",
		description = "The transfer fails its checks: the problem lists errors and warnings, each with a code")
class ManifestApiController {

	private final Manifests manifests;

	private final ManifestSteps steps;

	private final ManifestReceipts receipts;

	private final ManifestCorrections corrections;

	private final TripRoutes routes;

	ManifestApiController(Manifests manifests, ManifestSteps steps, ManifestReceipts receipts,
			ManifestCorrections corrections, TripRoutes routes) {
		this.routes = routes;
		this.manifests = manifests;
		this.steps = steps;
		this.receipts = receipts;
		this.corrections = corrections;
	}

	@GetMapping("/api/waste/manifests")
	@Operation(summary = "The manifests the caller sees, newest first (at most 500), in a state or all")
	List<ManifestSummary> list(@RequestParam(required = false) String state) {
		return this.manifests.list(state);
	}

	@PostMapping("/api/waste/manifests")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Drafts a manifest (an account acting for the sending site's enterprise)")
	ManifestView draft(@RequestBody DraftManifest command) {
		return this.manifests.draft(command);
	}

	@GetMapping("/api/waste/manifests/{id}")
	@Operation(summary = "A manifest with its carriers, signatures (frozen copies and SHA-256), history and any "
			+ "open correction")
	ManifestView get(@PathVariable long id) {
		return this.manifests.get(id);
	}

	@GetMapping("/api/waste/manifests/{id}/checks")
	@Operation(summary = "The checks an issue would run now: errors and warnings, each with a code")
	StepResult checks(@PathVariable long id) {
		return this.steps.check(id);
	}

	@PutMapping("/api/waste/manifests/{id}/carriers/{position}/route")
	@Operation(summary = "Gives a leg's route distance (运输里程, km) and planned route (途经地): the 移出人 or the "
			+ "leg's 承运人 before the issue, the leg's 承运人 after it (if none was given) until it picks up")
	ManifestView giveRoute(@PathVariable long id, @PathVariable int position, @RequestBody GiveRoute command) {
		return this.routes.give(id, position, command);
	}

	@PostMapping("/api/waste/manifests/{id}/issue")
	@Operation(summary = "The 移出人 issues it: checks, 14-digit number (第十五条), signature")
	StepResult issue(@PathVariable long id, @RequestBody(required = false) StepMoment step) {
		return this.steps.issue(id, step);
	}

	@PostMapping("/api/waste/manifests/{id}/pick-up")
	@Operation(summary = "The first 承运人 picks up the waste and signs")
	StepResult pickUp(@PathVariable long id, @RequestBody(required = false) StepMoment step) {
		return this.steps.pickUp(id, step);
	}

	@PostMapping("/api/waste/manifests/{id}/hand-over")
	@Operation(summary = "The next 承运人 takes over (联运, 第十七条) and signs")
	StepResult handOver(@PathVariable long id, @RequestBody(required = false) StepMoment step) {
		return this.steps.handOver(id, step);
	}

	@PostMapping("/api/waste/manifests/{id}/deliver")
	@Operation(summary = "The last 承运人 delivers; the receiver's five working days begin (第十八条)")
	StepResult deliver(@PathVariable long id, @RequestBody(required = false) StepMoment step) {
		return this.steps.deliver(id, step);
	}

	@PostMapping("/api/waste/manifests/{id}/receive")
	@Operation(summary = "The 接受人 confirms receipt, or reports a difference (第十八条)")
	StepResult receive(@PathVariable long id, @RequestBody Receive command) {
		return this.receipts.receive(id, command);
	}

	@PostMapping("/api/waste/manifests/{id}/decide")
	@Operation(summary = "The 接受人 accepts (keeping the received quantity) or rejects after a difference")
	StepResult decide(@PathVariable long id, @RequestBody Decide command) {
		return this.receipts.decide(id, command);
	}

	@PostMapping("/api/waste/manifests/{id}/close")
	@Operation(summary = "The 接受人 records the treatment result (第十二条第四项)")
	StepResult close(@PathVariable long id, @RequestBody Close command) {
		return this.receipts.close(id, command);
	}

	@PostMapping("/api/waste/manifests/{id}/corrections")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A party proposes a correction of the signed manifest")
	ManifestView propose(@PathVariable long id, @RequestBody ProposeCorrection command) {
		return this.corrections.propose(id, command);
	}

	@PostMapping("/api/waste/manifests/{id}/corrections/{correction}/confirm")
	@Operation(summary = "A signer confirms the open correction; the last confirmation applies it as a new version")
	ManifestView confirm(@PathVariable long id, @PathVariable long correction) {
		return this.corrections.confirm(id, correction);
	}

	@PostMapping("/api/waste/manifests/{id}/corrections/{correction}/withdraw")
	@Operation(summary = "The proposer withdraws the open correction")
	ManifestView withdraw(@PathVariable long id, @PathVariable long correction) {
		return this.corrections.withdraw(id, correction);
	}

}
