package io.greenloop.waste.web;

import java.math.BigDecimal;

import io.greenloop.waste.ManifestCommands.GiveRoute;
import io.greenloop.waste.TripRoutes;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.ManifestStateException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The manifest page's form for a leg's route (运输里程, 途经地). */
@Controller
class TripPageController {

	private final TripRoutes routes;

	TripPageController(TripRoutes routes) {
		this.routes = routes;
	}

	@PostMapping("/waste/manifests/{id}/route")
	String giveRoute(@PathVariable long id, @RequestParam int position,
			@RequestParam(required = false) BigDecimal distanceKm, @RequestParam(required = false) String route,
			RedirectAttributes redirect) {
		try {
			this.routes.give(id, position, new GiveRoute(distanceKm, route));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("refusal", ex.field() + ": " + ex.getMessage());
		}
		catch (ManifestStateException ex) {
			redirect.addFlashAttribute("refusal", ex.getMessage());
		}
		return "redirect:/waste/manifests/" + id;
	}

}
