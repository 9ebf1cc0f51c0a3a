package io.greenloop.supervision.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.supervision.Decision;
import io.greenloop.supervision.DispatchRounds;
import io.greenloop.supervision.OpenRound;
import io.greenloop.supervision.Progress;
import io.greenloop.supervision.RoundView;
import io.greenloop.supervision.domain.InvalidInputException;
import io.greenloop.supervision.domain.TransitionRefusedException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dispatch rounds (调度): the list with an administrator's form to open one, and each
 * round's progress, where the lead units accept or send back the reports awaiting
 * consolidation and an administrator closes it; its .docx and .xlsx reports are linked.
 */
@Controller
class RoundPageController {

	private final DispatchRounds rounds;

	private final IndicatorCatalogue catalogue;

	private final Progress progress;

	RoundPageController(DispatchRounds rounds, IndicatorCatalogue catalogue, Progress progress) {
		this.rounds = rounds;
		this.catalogue = catalogue;
		this.progress = progress;
	}

	@GetMapping("/dispatch-rounds")
	String rounds(Model model) {
		model.addAttribute("rounds", this.rounds.list());
		model.addAttribute("plans", this.catalogue.plans());
		return "supervision/rounds";
	}

	@PostMapping("/dispatch-rounds")
	String open(@RequestParam(required = false) String name, @RequestParam(required = false) String plan,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			RedirectAttributes redirect) {
		try {
			RoundView round = this.rounds
				.open(new OpenRound(name, (plan == null || plan.isBlank()) ? null : plan, deadline, null));
			return "redirect:/dispatch-rounds/" + round.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("refused", ex.getMessage());
			return "redirect:/dispatch-rounds";
		}
	}

	@GetMapping("/dispatch-rounds/{id}")
	String round(@PathVariable long id, Model model) {
		RoundView round = this.rounds.get(id);
		model.addAttribute("round", round);
		model.addAttribute("reviewable", round.open() ? this.progress.reviewable(round.reports()) : Set.of());
		return "supervision/round";
	}

	@PostMapping("/dispatch-rounds/{id}/decisions")
	String decide(@PathVariable long id, @RequestParam long report, @RequestParam boolean accept,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			this.rounds.consolidate(id, List.of(new Decision(report, accept, reason)));
			redirect.addFlashAttribute("decided", report);
		}
		catch (InvalidInputException | TransitionRefusedException ex) {
			redirect.addFlashAttribute("refused", ex.getMessage());
		}
		return "redirect:/dispatch-rounds/" + id;
	}

	@PostMapping("/dispatch-rounds/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.rounds.close(id);
		}
		catch (TransitionRefusedException ex) {
			redirect.addFlashAttribute("refused", ex.getMessage());
		}
		return "redirect:/dispatch-rounds/" + id;
	}

}
