package io.greenloop.reporting.web;

import java.util.List;

import io.greenloop.reporting.ApprovedValue;
import io.greenloop.reporting.ApprovedValues;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Approved values, within the caller's data scope. */
@RestController
@RequestMapping("/api/values")
@Tag(name = "Values",
		description = "Approved values by target or series, region and period, with their revision history")
class ValueApiController {

	private final ApprovedValues values;

	ValueApiController(ApprovedValues values) {
		this.values = values;
	}

	@GetMapping
	@Operation(summary = "Approved values by item (target or series code), region (and below) and period")
	List<ApprovedValue> values(@RequestParam(required = false) String item,
			@RequestParam(required = false) String region, @RequestParam(required = false) String period) {
		return this.values.find(item, region, period);
	}

	@GetMapping("/history")
	@Operation(summary = "Every approved revision of one value, oldest first")
	List<ApprovedValue> history(@RequestParam String item, @RequestParam String region, @RequestParam String period) {
		return this.values.history(item, region, period);
	}

}
