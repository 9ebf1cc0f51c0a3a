package io.greenloop.reporting.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.Role;
import io.greenloop.reporting.Form;
import io.greenloop.reporting.ImportRefusedException;
import io.greenloop.reporting.Periods;
import io.greenloop.reporting.ReportItems;
import io.greenloop.reporting.SubmissionView;
import io.greenloop.reporting.SubmissionWorkbooks;
import io.greenloop.reporting.Submissions;
import io.greenloop.reporting.Submissions.SubmissionFilter;
import io.greenloop.reporting.UnknownSubmissionException;
import io.greenloop.reporting.ValueInput;
import io.greenloop.reporting.ValueProblem;
import io.greenloop.reporting.ValuesRejectedException;
import io.greenloop.reporting.domain.NotPermittedException;
import io.greenloop.reporting.domain.SubmissionState;
import io.greenloop.reporting.domain.TransitionRefusedException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reporting pages: a reporter's forms and submissions; one submission as a grid like
 * the plan's table, to fill in, check, submit, or (for its reviewers) approve, return and
 * reopen; the reviewer's queue.
 */
@Controller
class SubmissionPageController {

	private final Submissions submissions;

	private final Periods periods;

	private final ReportItems items;

	private final CurrentAccount current;

	private final SubmissionWorkbooks workbooks;

	SubmissionPageController(Submissions submissions, Periods periods, ReportItems items, CurrentAccount current,
			SubmissionWorkbooks workbooks) {
		this.submissions = submissions;
		this.periods = periods;
		this.items = items;
		this.current = current;
		this.workbooks = workbooks;
	}

	@GetMapping("/reporting")
	String reporting(Model model) {
		var account = this.current.require();
		Map<Form, List<String>> openForms = new LinkedHashMap<>();
		if (account.has(Role.REPORTER)) {
			for (Form form : this.periods.forms()) {
				if (!this.items.assigned(form, account.organisationId(), account.regionCode()).isEmpty()) {
					openForms.put(form, this.periods.openFor(form.code()).stream().map(p -> p.code()).toList());
				}
			}
		}
		model.addAttribute("openForms", openForms);
		model.addAttribute("submissions", this.submissions.list(SubmissionFilter.all()));
		model.addAttribute("today", this.periods.today());
		return "reporting/reporting";
	}

	@PostMapping("/reporting/submissions")
	String create(@RequestParam String form, @RequestParam String period, RedirectAttributes redirect) {
		try {
			return "redirect:/submissions/" + this.submissions.create(form, period).id();
		}
		catch (TransitionRefusedException ex) {
			redirect.addFlashAttribute("refused", ex.getMessage());
			return "redirect:/reporting";
		}
	}

	@GetMapping("/review")
	String review(Model model) {
		var account = this.current.require();
		model.addAttribute("awaiting", this.submissions.list(new SubmissionFilter(null, SubmissionState.SUBMITTED, null,
				null, account.has(Role.REVIEWER) ? account.regionCode() : null)));
		model.addAttribute("recent",
				this.submissions.list(new SubmissionFilter(null, SubmissionState.APPROVED, null, null, null)));
		return "reporting/review";
	}

	@GetMapping("/submissions/{id}")
	String submission(@PathVariable long id, Model model) {
		show(id, model, List.of(), null);
		return "reporting/submission";
	}

	@PostMapping("/submissions/{id}/values")
	String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> form,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		List<ValueInput> inputs = inputs(this.submissions.get(id), form);
		try {
			List<ValueProblem> warnings = this.submissions.save(id, inputs, reason);
			redirect.addFlashAttribute("saved", true);
			redirect.addFlashAttribute("warnings", warnings);
			return "redirect:/submissions/" + id;
		}
		catch (ValuesRejectedException ex) {
			show(id, model, ex.problems(), ex.getMessage());
			model.addAttribute("typed", inputs.stream().collect(Collectors.toMap(ValueInput::itemCode, v -> v)));
			return "reporting/submission";
		}
	}

	@PostMapping("/submissions/{id}/import")
	String importWorkbook(@PathVariable long id, @RequestParam("file") MultipartFile file, Locale locale, Model model,
			RedirectAttributes redirect) {
		try {
			List<ValueProblem> warnings = Uploads.withFile(file,
					path -> this.workbooks.importWorkbook(id, path, Uploads.name(file), locale));
			redirect.addFlashAttribute("done", "imported");
			redirect.addFlashAttribute("warnings", warnings);
			return "redirect:/submissions/" + id;
		}
		catch (ImportRefusedException ex) {
			show(id, model, ex.problems(), ex.getMessage());
			if (ex.attempt() != null) {
				model.addAttribute("annotated", "/imports/" + ex.attempt() + "/annotated.xlsx");
			}
			return "reporting/submission";
		}
	}

	@PostMapping("/submissions/{id}/submit")
	String submit(@PathVariable long id, Model model, RedirectAttributes redirect) {
		try {
			this.submissions.submit(id);
			redirect.addFlashAttribute("done", "submitted");
			return "redirect:/submissions/" + id;
		}
		catch (ValuesRejectedException ex) {
			show(id, model, ex.problems(), ex.getMessage());
			return "reporting/submission";
		}
	}

	@PostMapping("/submissions/{id}/approve")
	String approve(@PathVariable long id, RedirectAttributes redirect) {
		this.submissions.approve(id);
		redirect.addFlashAttribute("done", "approved");
		return "redirect:/submissions/" + id;
	}

	@PostMapping("/submissions/{id}/return")
	String returnForRevision(@PathVariable long id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		this.submissions.returnForRevision(id, reason);
		redirect.addFlashAttribute("done", "returned");
		return "redirect:/submissions/" + id;
	}

	@PostMapping("/submissions/{id}/reopen")
	String reopen(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		this.submissions.reopen(id, reason);
		redirect.addFlashAttribute("done", "reopened");
		return "redirect:/submissions/" + id;
	}

	@ExceptionHandler(TransitionRefusedException.class)
	String refused(TransitionRefusedException ex, RedirectAttributes redirect,
			jakarta.servlet.http.HttpServletRequest request) {
		redirect.addFlashAttribute("refused", ex.getMessage());
		String path = request.getRequestURI();
		return "redirect:" + path.substring(0, path.lastIndexOf('/'));
	}

	/**
	 * 403 with the error page. The status is sent rather than thrown: an exception thrown
	 * by an exception handler is ignored, and the original one would end as a 500.
	 */
	@ExceptionHandler(NotPermittedException.class)
	void notPermitted(NotPermittedException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.FORBIDDEN.value(), ex.getMessage());
	}

	/** 404 with the error page, sent as {@link #notPermitted} explains. */
	@ExceptionHandler(UnknownSubmissionException.class)
	void unknown(UnknownSubmissionException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value(), ex.getMessage());
	}

	private void show(long id, Model model, List<ValueProblem> problems, String summary) {
		SubmissionView submission = this.submissions.get(id);
		model.addAttribute("submission", submission);
		model.addAttribute("history", this.submissions.history(id));
		model.addAttribute("problems", problems);
		model.addAttribute("problemsByItem",
				problems.stream()
					.filter(problem -> problem.itemCode() != null)
					.collect(Collectors.groupingBy(ValueProblem::itemCode)));
		model.addAttribute("problemSummary", summary);
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		if (submission.actions().contains("edit") && problems.isEmpty()) {
			model.addAttribute("checks", this.submissions.check(id));
		}
	}

	/**
	 * The grid's fields, value.CODE, numerator.CODE, denominator.CODE and note.CODE, as
	 * typed.
	 */
	private static List<ValueInput> inputs(SubmissionView submission, MultiValueMap<String, String> form) {
		List<ValueInput> inputs = new ArrayList<>();
		for (SubmissionView.Line line : submission.lines()) {
			String code = line.item().code();
			if (form.containsKey("value." + code)) {
				// the grid has no unit column: the unit stays as reported by API or
				// workbook
				inputs.add(new ValueInput(code, form.getFirst("value." + code), form.getFirst("numerator." + code),
						form.getFirst("denominator." + code), line.unit(), form.getFirst("note." + code)));
			}
		}
		return inputs;
	}

}
