package io.greenloop.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.greenloop.audit.AuditEntry;
import io.greenloop.audit.AuditLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The audit log, for administrators: a page and an API. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Audit", description = "The append-only audit log (administrators only)")
class AuditController {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/api/audit")
	@ResponseBody
	@Operation(summary = "The latest entries, by actor, action (prefix), and day range")
	List<AuditEntry> entries(@RequestParam(required = false) String actor,
			@RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "200") int limit) {
		return this.log.find(actor, action, start(from), start(to == null ? null : to.plusDays(1)), limit);
	}

	@GetMapping("/audit")
	String page(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		model.addAttribute("entries", entries(actor, action, from, to, 500));
		model.addAttribute("actor", actor);
		model.addAttribute("action", action);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "audit/audit";
	}

	private static Instant start(LocalDate day) {
		return day == null ? null : day.atStartOfDay(CHINA).toInstant();
	}

}
