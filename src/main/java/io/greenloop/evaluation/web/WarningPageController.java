package io.greenloop.evaluation.web;

import java.util.List;

import io.greenloop.evaluation.Warnings;
import io.greenloop.evaluation.Warnings.WarningStateException;
import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.Role;
import io.greenloop.region.Regions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The warnings page: what is lagging or missing in the user's region and below, the most
 * severe first; reviewers acknowledge and close them here.
 */
@Controller
class WarningPageController {

	private final Warnings warnings;

	private final Regions regions;

	private final CurrentAccount current;

	WarningPageController(Warnings warnings, Regions regions, CurrentAccount current) {
		this.warnings = warnings;
		this.regions = regions;
		this.current = current;
	}

	@GetMapping("/warnings")
	String warnings(@RequestParam(required = false) String state, @RequestParam(required = false) String region,
			Model model) {
		String shown = state == null ? "OPEN" : state.isEmpty() ? null : state;
		if (shown != null && !List.of("OPEN", "ACKNOWLEDGED", "CLOSED").contains(shown)) {
			shown = "OPEN";
		}
		model.addAttribute("warnings", this.warnings.find(region, shown));
		model.addAttribute("state", shown == null ? "" : shown);
		model.addAttribute("region", region);
		model.addAttribute("regionNames", this.regions.names());
		var account = this.current.require();
		model.addAttribute("handles", account.has(Role.REVIEWER) || account.has(Role.ADMIN));
		return "evaluation/warnings";
	}

	@PostMapping("/warnings/{id}/acknowledge")
	String acknowledge(@PathVariable long id, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		this.warnings.acknowledge(id, note);
		redirect.addFlashAttribute("done", "acknowledged");
		return "redirect:/warnings";
	}

	@PostMapping("/warnings/{id}/close")
	String close(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			this.warnings.close(id, note);
			redirect.addFlashAttribute("done", "closed");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("refused", ex.getMessage());
		}
		return "redirect:/warnings";
	}

	@ExceptionHandler(WarningStateException.class)
	String state(WarningStateException ex, RedirectAttributes redirect) {
		redirect.addFlashAttribute("refused", ex.getMessage());
		return "redirect:/warnings";
	}

}
