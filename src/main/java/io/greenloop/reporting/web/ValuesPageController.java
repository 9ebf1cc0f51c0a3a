package io.greenloop.reporting.web;

import io.greenloop.reporting.ApprovedValues;
import io.greenloop.reporting.domain.NotPermittedException;
import io.greenloop.shared.InvalidRegionCodeException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The approved values, filtered, within the user's data scope; with their export to
 * Excel.
 */
@Controller
class ValuesPageController {

	private final ApprovedValues values;

	ValuesPageController(ApprovedValues values) {
		this.values = values;
	}

	@GetMapping("/values")
	String values(@RequestParam(required = false) String item, @RequestParam(required = false) String region,
			@RequestParam(required = false) String period, Model model) {
		try {
			model.addAttribute("values", this.values.find(item, region, period));
		}
		catch (NotPermittedException ex) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage(), ex);
		}
		catch (InvalidRegionCodeException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage(), ex);
		}
		model.addAttribute("item", item);
		model.addAttribute("region", region);
		model.addAttribute("period", period);
		model.addAttribute("limit", ApprovedValues.LIMIT);
		return "reporting/values";
	}

}
