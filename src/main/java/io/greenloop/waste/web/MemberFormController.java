package io.greenloop.waste.web;

import io.greenloop.waste.Members;
import io.greenloop.waste.SiteCommands.AddMember;
import io.greenloop.waste.domain.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enterprise page's form letting an existing account act for the enterprise
 * ({@code waste.enterprise_member}; HJ 1259—2022 §7.1.3 lets a third party declare on its
 * behalf): administrators and reviewers in scope, as the API. Back to the enterprise
 * page, a refusal shown beside the username with what was typed.
 */
@Controller
class MemberFormController {

	private final Members members;

	MemberFormController(Members members) {
		this.members = members;
	}

	@PostMapping("/waste/enterprises/{id}/members")
	String add(@PathVariable long id, @RequestParam(required = false) String username, RedirectAttributes redirect) {
		try {
			this.members.add(id, new AddMember(username));
			redirect.addFlashAttribute("memberSaved", username);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("memberError", ex.getMessage());
			redirect.addFlashAttribute("memberUsername", username);
		}
		return "redirect:/waste/enterprises/" + id + "#members";
	}

}
