package io.greenloop.supervision.web;

import java.math.BigDecimal;
import java.util.List;

import io.greenloop.reporting.AttachmentRefusedException;
import io.greenloop.supervision.Progress;
import io.greenloop.supervision.ProgressReportView;
import io.greenloop.supervision.ReportProgress;
import io.greenloop.supervision.SubjectKind;
import io.greenloop.supervision.SupervisionItems;
import io.greenloop.supervision.ToDoList;
import io.greenloop.supervision.domain.InvalidInputException;
import io.greenloop.supervision.domain.TransitionRefusedException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit's to-do list (待办): it reports progress (text, percent, a project's investment,
 * evidence) on its slots of the open rounds and answers the 督办 items addressed to it. A
 * refused form comes back with the reason; nothing is written then.
 */
@Controller
class ToDoPageController {

	static final String PAGE = "redirect:/supervision/todo";

	private final ToDoList toDo;

	private final Progress progress;

	private final SupervisionItems items;

	ToDoPageController(ToDoList toDo, Progress progress, SupervisionItems items) {
		this.toDo = toDo;
		this.progress = progress;
		this.items = items;
	}

	@GetMapping("/supervision/todo")
	String todo(Model model) {
		model.addAttribute("todo", this.toDo.mine());
		return "supervision/todo";
	}

	@PostMapping("/supervision/todo/progress")
	String report(@RequestParam SubjectKind kind, @RequestParam String code,
			@RequestParam(required = false) String text, @RequestParam(required = false) Integer percent,
			@RequestParam(required = false) BigDecimal investment,
			@RequestParam(required = false, defaultValue = "false") boolean completes,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
		try {
			ProgressReportView report = this.progress.report(kind, code,
					new ReportProgress(text, percent, (kind == SubjectKind.PROJECT) ? investment : null, completes),
					ProgressApiController.evidence(files));
			redirect.addFlashAttribute("reported", report.code());
		}
		catch (InvalidInputException | AttachmentRefusedException | TransitionRefusedException ex) {
			redirect.addFlashAttribute("refused", code + ": " + ex.getMessage());
		}
		return PAGE;
	}

	@PostMapping("/supervision/todo/items/{id}/reply")
	String reply(@PathVariable long id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
		try {
			this.items.reply(id, text);
			redirect.addFlashAttribute("replied", id);
		}
		catch (InvalidInputException | TransitionRefusedException ex) {
			redirect.addFlashAttribute("refused", ex.getMessage());
		}
		return PAGE;
	}

}
