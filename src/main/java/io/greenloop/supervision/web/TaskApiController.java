package io.greenloop.supervision.web;

import java.time.LocalDate;
import java.util.List;

import io.greenloop.supervision.InvestmentIndicator;
import io.greenloop.supervision.InvestmentIndicator.ComputedInvestment;
import io.greenloop.supervision.ProjectsView;
import io.greenloop.supervision.Projects;
import io.greenloop.supervision.TargetLinkView;
import io.greenloop.supervision.TaskQuery;
import io.greenloop.supervision.TaskTargets;
import io.greenloop.supervision.TaskState;
import io.greenloop.supervision.TaskView;
import io.greenloop.supervision.Tasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Supervision",
		description = "The tasks the plans assign, with their 牵头/责任 units, milestones and source, and the project "
				+ "lists with their planned investment (万元)")
class TaskApiController {

	private final Tasks tasks;

	private final Projects projects;

	private final TaskTargets targets;

	private final InvestmentIndicator investment;

	TaskApiController(Tasks tasks, Projects projects, TaskTargets targets, InvestmentIndicator investment) {
		this.tasks = tasks;
		this.projects = projects;
		this.targets = targets;
		this.investment = investment;
	}

	@PostMapping("/api/projects/investment")
	@Operation(summary = "Compute the plan's investment indicator for a year now (administrators)",
			description = "The accepted actual investment of the plan's projects in the rounds up to the year, in the "
					+ "indicator's unit (亿元 for 003-T38), entered as an approved value of source COMPUTED with its lineage. "
					+ "Closing a round of the plan does the same.")
	@ApiResponse(responseCode = "400", description = "The plan has no investment indicator")
	@ApiResponse(responseCode = "403", description = "Not an administrator")
	@ApiResponse(responseCode = "409", description = "No accepted project report with an actual investment yet")
	ComputedInvestment computeInvestment(@RequestParam String plan, @RequestParam int year) {
		return this.investment.compute(plan, year);
	}

	@GetMapping("/api/tasks")
	@Operation(summary = "The tasks, in plan order, narrowed by plan, unit, state and due date")
	List<TaskView> tasks(
			@Parameter(description = "a plan's code, such as 003") @RequestParam(required = false) String plan,
			@Parameter(description = "an organisation's id: the tasks it leads or answers for") @RequestParam(
					required = false) Long organisation,
			@RequestParam(required = false) TaskState state,
			@Parameter(description = "due on or before (ISO date)") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
			@Parameter(description = "due on or after (ISO date)") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate dueAfter,
			@Parameter(
					description = "a catalogue target's code, such as 003-L0118: the tasks serving it") @RequestParam(
							required = false) String target) {
		return this.tasks.visible(new TaskQuery(plan, organisation, state, dueBefore, dueAfter, null, target));
	}

	@GetMapping("/api/tasks/{code}/targets")
	@Operation(summary = "The catalogue targets a task serves, with the words that link a seeded one")
	@ApiResponse(responseCode = "404", description = "No task has the code")
	List<TargetLinkView> targets(@PathVariable String code) {
		return this.targets.of(code);
	}

	@PutMapping("/api/tasks/{code}/targets")
	@Operation(summary = "Replace the catalogue targets a task serves (administrators)",
			description = "The body is the list of target codes; each must be a target of the catalogue, once.")
	@ApiResponse(responseCode = "400", description = "A code is not a catalogue target, or is listed twice")
	@ApiResponse(responseCode = "403", description = "Not an administrator")
	List<TargetLinkView> replaceTargets(@PathVariable String code, @RequestBody List<String> targets) {
		return this.targets.replace(code, targets);
	}

	@GetMapping("/api/tasks/{code}")
	@Operation(summary = "One task with its units, milestones and the words it came from")
	@ApiResponse(responseCode = "404", description = "No task has the code")
	TaskView task(@PathVariable String code) {
		return this.tasks.visible(code);
	}

	@GetMapping("/api/projects")
	@Operation(summary = "The projects with their planned investment (万元), the totals per plan, and the catalogue's "
			+ "investment target (\"无废城市\"建设项目投资总额, 222亿元)")
	ProjectsView projects(
			@Parameter(description = "a plan's code, such as 003") @RequestParam(required = false) String plan) {
		return this.projects.view(plan);
	}

}
