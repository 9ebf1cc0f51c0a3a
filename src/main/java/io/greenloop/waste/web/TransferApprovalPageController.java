package io.greenloop.waste.web;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.waste.EnterpriseAccess;
import io.greenloop.waste.TransferApprovals;
import io.greenloop.waste.TransferApprovals.Opinion;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.ManifestStateException;
import io.greenloop.waste.domain.NotPermittedException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cross-province applications page (第二十一条至第二十八条): each application with its next
 * step, deadline and whether it is overdue; government accounts take the step with an
 * opinion (refusing to accept returns the application for completion), refused with the
 * reason when they are not the province's authority.
 */
@Controller
class TransferApprovalPageController {

	private final TransferApprovals approvals;

	private final CurrentAccount account;

	TransferApprovalPageController(TransferApprovals approvals, CurrentAccount account) {
		this.approvals = approvals;
		this.account = account;
	}

	@GetMapping("/waste/transfer-approvals")
	String list(Model model) {
		model.addAttribute("approvals", this.approvals.list());
		model.addAttribute("government", !EnterpriseAccess.enterpriseOnly(this.account.scope()));
		return "waste/transfer-approvals";
	}

	@PostMapping("/waste/transfer-approvals/{id}/step")
	String step(@PathVariable long id, @RequestParam String step, @RequestParam(defaultValue = "true") boolean agree,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Opinion opinion = new Opinion(agree, reason == null || reason.isBlank() ? null : reason);
		try {
			switch (step) {
				case "ACCEPT" -> {
					if (agree) {
						this.approvals.accept(id);
					}
					else {
						this.approvals.returnForCompletion(id, opinion);
					}
				}
				case "ORIGIN_REVIEW" -> this.approvals.originReview(id, opinion);
				case "DESTINATION_REPLY" -> this.approvals.destinationReply(id, opinion);
				case "DECIDE" -> this.approvals.decide(id, opinion);
				default -> throw new InvalidInputException("step", "Unknown step " + step);
			}
		}
		catch (InvalidInputException | ManifestStateException | NotPermittedException ex) {
			redirect.addFlashAttribute("refusal", ex.getMessage());
		}
		return "redirect:/waste/transfer-approvals";
	}

}
