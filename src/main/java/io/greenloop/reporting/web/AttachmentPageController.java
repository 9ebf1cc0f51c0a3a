package io.greenloop.reporting.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import io.greenloop.reporting.AttachmentRefusedException;
import io.greenloop.reporting.Attachments;
import io.greenloop.reporting.UnknownAttachmentException;
import io.greenloop.reporting.UnknownSubmissionException;
import io.greenloop.reporting.domain.NotPermittedException;
import io.greenloop.reporting.domain.TransitionRefusedException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The submission page's attachment forms: one small upload form per row and a remove
 * button per file. Each goes back to the submission with a message: what was done, or why
 * it was refused.
 */
@Controller
class AttachmentPageController {

	private final Attachments attachments;

	AttachmentPageController(Attachments attachments) {
		this.attachments = attachments;
	}

	@PostMapping("/submissions/{id}/attachments")
	String upload(@PathVariable long id, @RequestParam String item, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) {
		try {
			this.attachments.upload(id, item, file.getOriginalFilename(), file.getSize(), file);
			redirect.addFlashAttribute("done", "attached");
		}
		catch (AttachmentRefusedException | TransitionRefusedException ex) {
			redirect.addFlashAttribute("refused", ex.getMessage());
		}
		return "redirect:/submissions/" + id;
	}

	@PostMapping("/submissions/{id}/attachments/{attachmentId}/delete")
	String delete(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
		try {
			this.attachments.delete(attachmentId);
			redirect.addFlashAttribute("done", "detached");
		}
		catch (TransitionRefusedException ex) {
			redirect.addFlashAttribute("refused", ex.getMessage());
		}
		return "redirect:/submissions/" + id;
	}

	/**
	 * 403 with the error page; sent rather than thrown, as an exception thrown by an
	 * exception handler would end as a 500.
	 */
	@ExceptionHandler(NotPermittedException.class)
	void notPermitted(NotPermittedException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.FORBIDDEN.value(), ex.getMessage());
	}

	/** 404 with the error page, sent as {@link #notPermitted} explains. */
	@ExceptionHandler({ UnknownSubmissionException.class, UnknownAttachmentException.class })
	void unknown(RuntimeException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value(), ex.getMessage());
	}

}
