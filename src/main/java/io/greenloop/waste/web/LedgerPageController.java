package io.greenloop.waste.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.greenloop.waste.Ledger;
import io.greenloop.waste.LedgerResult;
import io.greenloop.waste.UnknownEnterpriseException;
import io.greenloop.waste.WasteCatalogue;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.LedgerEntry;
import io.greenloop.waste.domain.LedgerRefusal;
import io.greenloop.waste.domain.LedgerRejectedException;
import io.greenloop.waste.domain.LedgerStage;
import io.greenloop.waste.domain.LedgerTimes;
import io.greenloop.waste.domain.NotPermittedException;
import io.greenloop.waste.persistence.LedgerRepository.LedgerRow;
import io.greenloop.waste.persistence.LedgerRepository.SiteRow;
import io.greenloop.waste.persistence.LedgerVoidRepository;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A site's ledger pages (HJ 1259—2022 §6): its records filtered by stage, waste code and
 * month; a form per stage with the fields §6.3 asks of it; an upload of the template's
 * .xlsx or .csv. Writes go through the same rules as the API and show every refusal.
 */
@Controller
class LedgerPageController {

	private final Ledger ledger;

	private final Clock clock;

	private final WasteCatalogue catalogue;

	LedgerPageController(Ledger ledger, Clock clock, WasteCatalogue catalogue) {
		this.ledger = ledger;
		this.clock = clock;
		this.catalogue = catalogue;
	}

	@GetMapping("/waste/sites/{id}/ledger")
	String list(@PathVariable long id, @RequestParam(required = false) String stage,
			@RequestParam(required = false) String code, @RequestParam(required = false) String month, Model model) {
		SiteRow site = this.ledger.site(id);
		model.addAttribute("site", site);
		model.addAttribute("writable", this.ledger.writable(site));
		model.addAttribute("stages", LedgerStage.values());
		model.addAttribute("stage", stage == null ? "" : stage);
		model.addAttribute("code", code == null ? "" : code);
		model.addAttribute("month", month == null ? "" : month);
		YearMonth chosen = LedgerApiController.month(month);
		model.addAttribute("year", chosen != null ? chosen.getYear() : LocalDate.now(this.clock).getYear());
		List<LedgerRow> records = this.ledger.list(id, LedgerApiController.stage(stage), code,
				LedgerApiController.month(month));
		model.addAttribute("records", records);
		model
			.addAttribute("editionNotice",
					this.catalogue.notLoadedOn(records.stream()
						.filter(r -> "HAZARDOUS".equals(r.wasteKind()))
						.map(r -> LedgerTimes.date(r.occurredAt()))
						.toList()).orElse(null));
		model.addAttribute("voided", this.ledger.voided(id));
		return "waste/ledger";
	}

	@PostMapping("/waste/sites/{id}/ledger/{recordId}/void")
	String voidRecord(@PathVariable long id, @PathVariable long recordId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			LedgerVoidRepository.VoidRow voided = this.ledger.voidRecord(id, recordId, reason);
			redirect.addFlashAttribute("voidedBatch", voided.batchCode());
		}
		catch (Ledger.VoidRefusedException | InvalidInputException | UnknownEnterpriseException ex) {
			// refused, or (sent twice) already voided: said on the ledger page
			redirect.addFlashAttribute("voidError", ex.getMessage());
			redirect.addFlashAttribute("voidRecord", recordId);
		}
		return "redirect:/waste/sites/" + id + "/ledger";
	}

	@GetMapping("/waste/ledger/batch/{code}")
	String batch(@PathVariable String code, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("hits", this.ledger.batch(code));
		return "waste/ledger-batch";
	}

	@GetMapping("/waste/sites/{id}/ledger/new")
	String form(@PathVariable long id, @RequestParam String stage, Model model) {
		return form(id, LedgerApiController.stage(stage), null, Map.of(), model);
	}

	@PostMapping("/waste/sites/{id}/ledger")
	String record(@PathVariable long id, @ModelAttribute("entry") LedgerEntry entry, BindingResult binding,
			Model model) {
		LedgerStage stage = LedgerApiController.stage(entry.stage());
		if (binding.hasErrors()) {
			Map<String, String> errors = new LinkedHashMap<>();
			binding.getFieldErrors()
				.forEach(error -> errors.put(error.getField(), "'" + error.getRejectedValue() + "' is not a number"));
			return form(id, stage, entry, errors, model);
		}
		try {
			this.ledger.record(id, List.of(entry));
		}
		catch (LedgerRejectedException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (LedgerRefusal refusal : ex.refusals()) {
				errors.merge(refusal.field(), refusal.reason(), (a, b) -> a + "; " + b);
			}
			return form(id, stage, entry, errors, model);
		}
		return "redirect:/waste/sites/" + id + "/ledger?stage=" + stage.name() + "&recorded=1";
	}

	@PostMapping("/waste/sites/{id}/ledger/upload")
	String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, Model model) throws IOException {
		try {
			LedgerResult result = LedgerUploads.record(this.ledger, id, file);
			return "redirect:/waste/sites/" + id + "/ledger?uploaded=" + result.recorded();
		}
		catch (LedgerSheet.UnreadableSheetException ex) {
			model.addAttribute("sheetErrors", ex.errors());
			return list(id, null, null, null, model);
		}
	}

	private String form(long id, LedgerStage stage, LedgerEntry entry, Map<String, String> errors, Model model) {
		if (stage == null) {
			throw new InvalidInputException("stage", "Choose a stage");
		}
		SiteRow site = this.ledger.site(id);
		if (!this.ledger.writable(site)) {
			throw new NotPermittedException("You do not keep the records of enterprise " + site.enterpriseId());
		}
		Map<String, String> facilities = new LinkedHashMap<>();
		this.ledger.facilities(id).forEach((code, kind) -> {
			if (stage.facilityKinds().contains(kind)) {
				facilities.put(code, kind);
			}
		});
		model.addAttribute("site", site);
		model.addAttribute("stage", stage);
		model.addAttribute("facilities", facilities);
		model.addAttribute("entry", entry != null ? entry : new LedgerEntry(stage.name(), null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
		model.addAttribute("errors", errors);
		model.addAttribute("fields", fields(stage));
		return "waste/ledger-form";
	}

	/** The optional fields §6.3 asks of the stage, besides those every stage records. */
	static List<String> fields(LedgerStage stage) {
		return Arrays.asList(switch (stage) {
			case GENERATED -> new String[] { "facilityCode", "destination" };
			case STORED_IN -> new String[] { "facilityCode", "sourceBatchCode", "manifestNumber" };
			case STORED_OUT -> new String[] { "facilityCode", "sourceBatchCode", "destination" };
			case OWN_TREATMENT ->
				new String[] { "facilityCode", "sourceStage", "sourceBatchCode", "treatment", "method", "finishedAt" };
			case OFF_SITE -> new String[] { "sourceStage", "sourceBatchCode", "treatment", "method", "receiverType",
					"receiverName", "receiverLicenceNumber", "manifestNumber" };
		});
	}

}
