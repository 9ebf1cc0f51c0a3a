package io.greenloop.waste.web;

import java.util.List;

import io.greenloop.waste.TransferAlerts;
import io.greenloop.waste.TransferAlerts.TransferAlert;
import io.greenloop.waste.domain.NotPermittedException;
import io.greenloop.identity.CurrentAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Transfer alerts",
		description = "The regulators' queue of transfer anomalies: unconfirmed past the deadline, paper not "
				+ "back-filled, weights differing, long trips, reported differences")
class TransferAlertApiController {

	private final TransferAlerts alerts;

	private final CurrentAccount account;

	TransferAlertApiController(TransferAlerts alerts, CurrentAccount account) {
		this.alerts = alerts;
		this.account = account;
	}

	record CheckRun(int raised) {
	}

	@GetMapping("/api/waste/alerts")
	@Operation(summary = "The alerts of the caller's region, open first (government accounts)")
	List<TransferAlert> list(@RequestParam(defaultValue = "false") boolean open) {
		return this.alerts.list(open);
	}

	@PostMapping("/api/waste/alerts/{id}/close")
	@Operation(summary = "Closes an alert (administrators, reviewers of the region)")
	TransferAlert close(@PathVariable long id) {
		return this.alerts.close(id);
	}

	@PostMapping("/api/waste/alerts/check")
	@Operation(summary = "Runs the daily check now (administrators)")
	CheckRun check() {
		if (!this.account.scope().isAdmin()) {
			throw new NotPermittedException("Only administrators run the check by hand");
		}
		return new CheckRun(this.alerts.runDailyCheck());
	}

}
