package io.greenloop.identity.web;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import io.greenloop.identity.Account;
import io.greenloop.identity.AccountCommands.CreateAccount;
import io.greenloop.identity.AccountCommands.UpdateAccount;
import io.greenloop.identity.AccountProblem;
import io.greenloop.identity.Accounts;
import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.Role;
import io.greenloop.identity.UnknownAccountException;
import io.greenloop.region.Organisation;
import io.greenloop.region.OrganisationQuery;
import io.greenloop.region.Organisations;
import io.greenloop.region.Regions;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The account administration pages. */
@Controller
class AccountPageController {

	private final Accounts accounts;

	private final Organisations organisations;

	private final Regions regions;

	private final CurrentAccount current;

	AccountPageController(Accounts accounts, Organisations organisations, Regions regions, CurrentAccount current) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.regions = regions;
		this.current = current;
	}

	@GetMapping("/admin/accounts")
	String list(Model model) {
		model.addAttribute("accounts", this.accounts.all());
		model.addAttribute("organisationNames",
				organisationsById().entrySet()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().name())));
		model.addAttribute("regionNames", this.regions.names());
		form(model, new AccountForm(null, null, null, null, Set.of(Role.REPORTER), true), null);
		return "identity/accounts";
	}

	@PostMapping("/admin/accounts")
	String create(@RequestParam String username, @RequestParam String displayName, @RequestParam String password,
			@RequestParam(required = false) Long organisationId, @RequestParam(required = false) Set<Role> roles,
			@RequestParam(defaultValue = "false") boolean enabled, Model model, RedirectAttributes redirect) {
		try {
			Account account = this.accounts.create(
					new CreateAccount(username, displayName, password, organisationId, roles, enabled),
					this.current.require().username());
			redirect.addFlashAttribute("saved", account.username());
			return "redirect:/admin/accounts";
		}
		catch (AccountProblem problem) {
			list(model);
			form(model, new AccountForm(username, displayName, null, organisationId, roles == null ? Set.of() : roles,
					enabled), problem);
			return "identity/accounts";
		}
	}

	@GetMapping("/admin/accounts/{id}")
	String edit(@PathVariable long id, Model model) {
		Account account = this.accounts.find(id).orElseThrow(() -> new UnknownAccountException(id));
		model.addAttribute("account", account);
		form(model, new AccountForm(account.username(), account.displayName(), null, account.organisationId(),
				account.roles(), account.enabled()), null);
		return "identity/account";
	}

	@PostMapping("/admin/accounts/{id}")
	String update(@PathVariable long id, @RequestParam String displayName,
			@RequestParam(required = false) Long organisationId, @RequestParam(required = false) Set<Role> roles,
			@RequestParam(defaultValue = "false") boolean enabled, Model model, RedirectAttributes redirect) {
		try {
			Account account = this.accounts.update(id, new UpdateAccount(displayName, organisationId, roles, enabled),
					this.current.require().username());
			redirect.addFlashAttribute("saved", account.username());
			return "redirect:/admin/accounts";
		}
		catch (AccountProblem problem) {
			Account account = this.accounts.find(id).orElseThrow(() -> new UnknownAccountException(id));
			model.addAttribute("account", account);
			form(model, new AccountForm(account.username(), displayName, null, organisationId,
					roles == null ? Set.of() : roles, enabled), problem);
			return "identity/account";
		}
	}

	@PostMapping("/admin/accounts/{id}/password")
	String password(@PathVariable long id, @RequestParam String password, Model model, RedirectAttributes redirect) {
		try {
			this.accounts.resetPassword(id, password, this.current.require().username());
			redirect.addFlashAttribute("saved",
					this.accounts.find(id).orElseThrow(() -> new UnknownAccountException(id)).username());
			return "redirect:/admin/accounts";
		}
		catch (AccountProblem problem) {
			edit(id, model);
			model.addAttribute("problem", problem);
			return "identity/account";
		}
	}

	/**
	 * 404 with the error page, for every page of an account that does not exist. The
	 * status is sent rather than thrown: an exception thrown by an exception handler is
	 * ignored, and the original one would end as a 500.
	 */
	@ExceptionHandler(UnknownAccountException.class)
	void unknown(UnknownAccountException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value(), ex.getMessage());
	}

	private void form(Model model, AccountForm form, AccountProblem problem) {
		model.addAttribute("form", form);
		model.addAttribute("problem", problem);
		model.addAttribute("roles", Role.values());
		model.addAttribute("organisationsByRegion", organisationsByRegion());
	}

	/** Organisations grouped by region name, for the select box. */
	private Map<String, List<Organisation>> organisationsByRegion() {
		Map<String, String> names = this.regions.names();
		return this.organisations.list(OrganisationQuery.all())
			.stream()
			.sorted(Comparator.comparing(Organisation::regionCode))
			.collect(Collectors.groupingBy(organisation -> names.get(organisation.regionCode()), LinkedHashMap::new,
					Collectors.toList()));
	}

	private Map<Long, Organisation> organisationsById() {
		return this.organisations.list(OrganisationQuery.all())
			.stream()
			.collect(Collectors.toMap(Organisation::id, Function.identity()));
	}

	/**
	 * What the account form shows.
	 *
	 * @param username login
	 * @param displayName name
	 * @param password never echoed back
	 * @param organisationId organisation
	 * @param roles roles
	 * @param enabled whether it may log in
	 */
	record AccountForm(String username, String displayName, String password, Long organisationId, Set<Role> roles,
			boolean enabled) {
	}

}
