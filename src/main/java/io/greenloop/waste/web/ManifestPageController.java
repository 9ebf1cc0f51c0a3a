package io.greenloop.waste.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.greenloop.waste.ManifestCommands.CarrierLeg;
import io.greenloop.waste.ManifestCommands.Close;
import io.greenloop.waste.ManifestCommands.DraftManifest;
import io.greenloop.waste.ManifestCommands.Decide;
import io.greenloop.waste.ManifestCommands.Receive;
import io.greenloop.waste.ManifestCommands.StepMoment;
import io.greenloop.waste.ManifestReceipts;
import io.greenloop.waste.ManifestSteps;
import io.greenloop.waste.ManifestViews.ManifestView;
import io.greenloop.waste.ManifestLedger;
import io.greenloop.waste.Manifests;
import io.greenloop.waste.TransferAlerts;
import io.greenloop.waste.TripRoutes;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.ManifestStateException;
import io.greenloop.waste.domain.TransferCheckFailedException;
import io.greenloop.waste.domain.TransferFinding;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The manifest pages: the list of the caller's manifests, one manifest with its parties,
 * carriers, signatures, difference and history, and the forms of the step that is the
 * caller's (issue, pick-up, handover, delivery, receipt with a difference, decision,
 * closing); the regulators' alert queue. A refused step comes back to the manifest with
 * its reason (and the checks' errors and warnings).
 */
@Controller
class ManifestPageController {

	private final Manifests manifests;

	private final ManifestSteps steps;

	private final ManifestReceipts receipts;

	private final TransferAlerts alerts;

	private final ManifestLedger ledger;

	private final TripRoutes routes;

	ManifestPageController(Manifests manifests, ManifestSteps steps, ManifestReceipts receipts, TransferAlerts alerts,
			ManifestLedger ledger, TripRoutes routes) {
		this.ledger = ledger;
		this.routes = routes;
		this.manifests = manifests;
		this.steps = steps;
		this.receipts = receipts;
		this.alerts = alerts;
	}

	@GetMapping("/waste/manifests")
	String list(@RequestParam(required = false) String state, Model model) {
		model.addAttribute("manifests", this.manifests.list(state == null || state.isBlank() ? null : state));
		model.addAttribute("state", state == null ? "" : state);
		return "waste/manifests";
	}

	@GetMapping("/waste/manifests/new")
	String newManifest(Model model) {
		model.addAttribute("choices", this.manifests.draftChoices());
		return "waste/manifest-new";
	}

	/** The draft form: one or two carriers, each chosen as "carrier:vehicle". */
	@PostMapping("/waste/manifests")
	String draft(@RequestParam Long siteId, @RequestParam Long licenceId, @RequestParam String wasteCode,
			@RequestParam String wasteName, @RequestParam(required = false) BigDecimal quantity,
			@RequestParam(required = false) String packaging,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedOn,
			@RequestParam String carrier1, @RequestParam(required = false) String carrier2,
			@RequestParam(required = false) String handoverPlace,
			@RequestParam(required = false) String sourceBatchCode,
			@RequestParam(required = false) BigDecimal distance1, @RequestParam(required = false) String route1,
			@RequestParam(required = false) BigDecimal distance2, @RequestParam(required = false) String route2,
			RedirectAttributes redirect) {
		try {
			List<CarrierLeg> legs = new ArrayList<>();
			legs.add(leg(carrier1, null, distance1, route1));
			if (carrier2 != null && !carrier2.isBlank()) {
				legs.add(leg(carrier2, handoverPlace, distance2, route2));
			}
			long id = this.manifests
				.draft(new DraftManifest(siteId, licenceId, null, wasteCode, wasteName, null, null, packaging, null,
						quantity, null, plannedOn, legs, false, null, null, sourceBatchCode))
				.id();
			return "redirect:/waste/manifests/" + id;
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("refusal", ex.field() + ": " + ex.getMessage());
			return "redirect:/waste/manifests/new";
		}
	}

	private static CarrierLeg leg(String choice, String handoverPlace, BigDecimal distanceKm, String route) {
		String[] ids = choice.split(":");
		try {
			return new CarrierLeg(Long.valueOf(ids[0]), Long.valueOf(ids[1]), handoverPlace, distanceKm, route);
		}
		catch (RuntimeException ex) {
			throw new InvalidInputException("carriers", "Choose a carrier with its vehicle");
		}
	}

	@GetMapping("/waste/manifests/{id}")
	String manifest(@PathVariable long id, Model model) {
		ManifestView manifest = this.manifests.get(id);
		model.addAttribute("m", manifest);
		model.addAttribute("steps", this.manifests.stepsFor(manifest));
		model.addAttribute("link", this.ledger.of(id).orElse(null));
		model.addAttribute("routeLegs", this.routes.legsFor(manifest));
		return "waste/manifest";
	}

	@PostMapping("/waste/manifests/{id}/step")
	String step(@PathVariable long id, @RequestParam String step, @RequestParam(required = false) BigDecimal quantity,
			@RequestParam(required = false) List<String> discrepancies, @RequestParam(required = false) String note,
			@RequestParam(required = false) String decision, @RequestParam(required = false) String method,
			RedirectAttributes redirect) {
		try {
			List<TransferFinding> warnings = switch (step) {
				case "ISSUE" -> this.steps.issue(id, new StepMoment(null)).warnings();
				case "PICK_UP" -> this.steps.pickUp(id, new StepMoment(null)).warnings();
				case "HAND_OVER" -> this.steps.handOver(id, new StepMoment(null)).warnings();
				case "DELIVER" -> this.steps.deliver(id, new StepMoment(null)).warnings();
				case "RECEIVE" ->
					this.receipts.receive(id, new Receive(null, null, quantity, discrepancies, note, method))
						.warnings();
				case "DECIDE" -> this.receipts.decide(id, new Decide(decision, null, note)).warnings();
				case "CLOSE" -> this.receipts.close(id, new Close(method, null)).warnings();
				default -> throw new InvalidInputException("step", "Unknown step " + step);
			};
			redirect.addFlashAttribute("warnings", warnings);
		}
		catch (TransferCheckFailedException ex) {
			redirect.addFlashAttribute("errors", ex.errors());
			redirect.addFlashAttribute("warnings", ex.warnings());
		}
		catch (InvalidInputException | ManifestStateException ex) {
			redirect.addFlashAttribute("refusal", ex.getMessage());
		}
		return "redirect:/waste/manifests/" + id;
	}

	@GetMapping("/waste/alerts")
	String alerts(@RequestParam(defaultValue = "false") boolean open, Model model) {
		model.addAttribute("alerts", this.alerts.list(open));
		model.addAttribute("open", open);
		return "waste/alerts";
	}

	@PostMapping("/waste/alerts/{id}/close")
	String closeAlert(@PathVariable long id) {
		this.alerts.close(id);
		return "redirect:/waste/alerts";
	}

}
