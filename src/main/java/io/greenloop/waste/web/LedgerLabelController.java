package io.greenloop.waste.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import io.greenloop.waste.Ledger;
import io.greenloop.waste.WasteCatalogue;
import io.greenloop.waste.domain.CatalogueEntry;
import io.greenloop.waste.domain.HazardCharacteristic;
import io.greenloop.waste.domain.WasteCode;
import io.greenloop.waste.persistence.LedgerRepository.LedgerRow;
import io.greenloop.waste.persistence.LedgerRepository.SiteRow;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Container labels (危险废物标签) printed from the ledger, one per record of the filter (by
 * default the generation records, one per container, HJ 1259—2022 §6.2): the waste's
 * name, category and code, its hazard characteristics from the 名录, the producer, the day,
 * the weight, the container and the batch, and a QR code that, scanned, opens the batch
 * in the ledger ({@code /waste/ledger/batch/{code}}, within the scanner's data scope).
 * The labelling standard HJ 1276—2022 is not among our sources: the fields follow the
 * label content it is known for (名称, 类别, 代码, 危险特性, 产生单位, 产生日期, 重量, 二维码), not its layout,
 * which is not verified.
 */
@Controller
class LedgerLabelController {

	/** The most labels one page prints. */
	static final int LIMIT = 200;

	private final Ledger ledger;

	private final WasteCatalogue catalogue;

	LedgerLabelController(Ledger ledger, WasteCatalogue catalogue) {
		this.ledger = ledger;
		this.catalogue = catalogue;
	}

	/** One label. */
	record Label(LedgerRow record, String category, List<String> hazards, String scanUrl, String qr) {
	}

	@GetMapping("/waste/sites/{id}/ledger/labels")
	String labels(@PathVariable long id, @RequestParam(defaultValue = "GENERATED") String stage,
			@RequestParam(required = false) String code, @RequestParam(required = false) String month,
			@RequestParam(required = false) Long record, HttpServletRequest request, Model model) {
		SiteRow site = this.ledger.site(id);
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		List<LedgerRow> rows = this.ledger
			.list(id, LedgerApiController.stage(stage), code, LedgerApiController.month(month))
			.stream()
			.filter(row -> record == null || row.id() == record)
			.toList();
		model.addAttribute("site", site);
		model.addAttribute("total", rows.size());
		model.addAttribute("labels", rows.stream().limit(LIMIT).map(row -> label(row, base)).toList());
		return "waste/ledger-labels";
	}

	private Label label(LedgerRow row, String base) {
		String url = base + "/waste/ledger/batch/" + URLEncoder.encode(row.batchCode(), StandardCharsets.UTF_8);
		String category = null;
		List<String> hazards = List.of();
		if ("HAZARDOUS".equals(row.wasteKind())) {
			WasteCode code = WasteCode.of(row.wasteCode());
			category = code.category().code();
			Set<HazardCharacteristic> found = this.catalogue.find(code).map(CatalogueEntry::hazards).orElse(Set.of());
			hazards = found.stream().map(h -> h.name() + " " + h.chinese()).sorted().toList();
		}
		return new Label(row, category, hazards, url, QrSvg.svg(url));
	}

}
