package io.greenloop.supervision.web;

import java.time.LocalDate;

import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.supervision.Projects;
import io.greenloop.supervision.TaskQuery;
import io.greenloop.supervision.TaskState;
import io.greenloop.supervision.Tasks;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The task board (任务看板), filterable by plan, unit, state and due date, and the project
 * list with its investment totals against the target.
 */
@Controller
class SupervisionPageController {

	private final Tasks tasks;

	private final Projects projects;

	private final IndicatorCatalogue catalogue;

	SupervisionPageController(Tasks tasks, Projects projects, IndicatorCatalogue catalogue) {
		this.tasks = tasks;
		this.projects = projects;
		this.catalogue = catalogue;
	}

	@GetMapping("/tasks")
	String tasks(@RequestParam(required = false) String plan, @RequestParam(required = false) Long organisation,
			@RequestParam(required = false) TaskState state,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueAfter,
			@RequestParam(required = false) String target, Model model) {
		String chosenPlan = (plan == null || plan.isBlank()) ? null : plan;
		model.addAttribute("tasks", this.tasks.visible(new TaskQuery(chosenPlan, organisation, state, dueBefore,
				dueAfter, null, (target == null || target.isBlank()) ? null : target)));
		model.addAttribute("plans", this.catalogue.plans());
		model.addAttribute("organisations", this.tasks.organisations());
		model.addAttribute("states", TaskState.values());
		model.addAttribute("plan", chosenPlan);
		model.addAttribute("organisation", organisation);
		model.addAttribute("state", state);
		model.addAttribute("dueBefore", dueBefore);
		model.addAttribute("dueAfter", dueAfter);
		model.addAttribute("target", target);
		return "supervision/tasks";
	}

	@GetMapping("/projects")
	String projects(@RequestParam(required = false) String plan, Model model) {
		String chosenPlan = (plan == null || plan.isBlank()) ? null : plan;
		model.addAttribute("view", this.projects.view(chosenPlan));
		model.addAttribute("plan", chosenPlan);
		return "supervision/projects";
	}

}
