package io.greenloop.reporting.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import io.greenloop.reporting.ImportRefusedException;
import io.greenloop.reporting.Periods;
import io.greenloop.reporting.ValidationRules;
import io.greenloop.reporting.ValidationRules.InvalidRuleException;
import io.greenloop.reporting.ValueImports;
import io.greenloop.reporting.domain.Cadence;
import io.greenloop.reporting.domain.TransitionRefusedException;
import io.greenloop.reporting.domain.rules.Importance;
import io.greenloop.reporting.domain.rules.MissingPolicy;
import io.greenloop.reporting.domain.rules.Operator;
import io.greenloop.reporting.domain.rules.Rule;
import io.greenloop.reporting.domain.rules.RuleKind;
import io.greenloop.reporting.domain.rules.RuleScope;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration of reporting: validation rules, periods and their windows, forms and
 * their approval levels.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminPageController {

	private final ValidationRules rules;

	private final Periods periods;

	private final ValueImports imports;

	AdminPageController(ValidationRules rules, Periods periods, ValueImports imports) {
		this.rules = rules;
		this.periods = periods;
		this.imports = imports;
	}

	@GetMapping("/admin")
	String index() {
		return "reporting/admin";
	}

	@GetMapping("/admin/import")
	String importPage() {
		return "reporting/import";
	}

	@PostMapping("/admin/import")
	String importValues(@RequestParam("file") MultipartFile file, Locale locale, Model model) {
		try {
			model.addAttribute("result",
					Uploads.withFile(file, path -> this.imports.importValues(path, Uploads.name(file), locale)));
		}
		catch (ImportRefusedException ex) {
			model.addAttribute("refused", ex);
			model.addAttribute("shown", ex.problems().size() > 200 ? ex.problems().subList(0, 200) : ex.problems());
			if (ex.attempt() != null) {
				model.addAttribute("annotated", "/imports/" + ex.attempt() + "/annotated.xlsx");
			}
		}
		return "reporting/import";
	}

	@GetMapping("/admin/rules")
	String rules(Model model) {
		model.addAttribute("rules", this.rules.all());
		model.addAttribute("kinds", RuleKind.values());
		model.addAttribute("operators", Operator.values());
		model.addAttribute("importances", Importance.values());
		model.addAttribute("policies", MissingPolicy.values());
		return "reporting/rules";
	}

	@PostMapping("/admin/rules")
	String saveRule(@RequestParam String code, @RequestParam String name, @RequestParam RuleKind kind,
			@RequestParam(required = false) String left, @RequestParam(required = false) Operator operator,
			@RequestParam(required = false) String right, @RequestParam Importance importance,
			@RequestParam(required = false) MissingPolicy onMissing, @RequestParam(required = false) String scopeUnit,
			@RequestParam(required = false) String scopeMeasure, @RequestParam(required = false) String scopeItem,
			@RequestParam(required = false) String scopeConcept,
			@RequestParam(defaultValue = "false") boolean numericOnly,
			@RequestParam(defaultValue = "false") boolean enabled, @RequestParam(required = false) String message,
			Locale locale, RedirectAttributes redirect) {
		Rule rule = new Rule(code.strip(), name, kind, blank(left), operator, blank(right), importance,
				onMissing == null ? MissingPolicy.SKIP : onMissing, new RuleScope(blank(scopeUnit), blank(scopeMeasure),
						blank(scopeItem), blank(scopeConcept), numericOnly),
				enabled, blank(message));
		try {
			this.rules.save(rule, locale);
			redirect.addFlashAttribute("saved", rule.code());
		}
		catch (InvalidRuleException ex) {
			redirect.addFlashAttribute("ruleProblems", ex.problems());
			redirect.addFlashAttribute("failedRule", rule.code());
			redirect.addFlashAttribute("typedRule", rule);
		}
		return "redirect:/admin/rules";
	}

	@PostMapping("/admin/rules/{code}/delete")
	String deleteRule(@PathVariable String code, RedirectAttributes redirect) {
		this.rules.delete(code);
		redirect.addFlashAttribute("deleted", code);
		return "redirect:/admin/rules";
	}

	@GetMapping("/admin/periods")
	String periods(@RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? this.periods.today().getYear() : year;
		model.addAttribute("year", shown);
		model.addAttribute("periods", this.periods.list(null, shown, false));
		model.addAttribute("forms", this.periods.forms());
		model.addAttribute("cadences", Cadence.values());
		model.addAttribute("today", this.periods.today());
		return "reporting/periods";
	}

	@PostMapping("/admin/periods/{code}")
	String movePeriod(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
			@RequestParam int year, RedirectAttributes redirect) {
		try {
			this.periods.moveWindow(code, opensOn, closesOn);
			redirect.addFlashAttribute("saved", code);
		}
		catch (TransitionRefusedException ex) {
			redirect.addFlashAttribute("refused", ex.getMessage());
		}
		return "redirect:/admin/periods?year=" + year;
	}

	@PostMapping("/admin/forms/{code}")
	String configureForm(@PathVariable String code, @RequestParam Cadence cadence,
			@RequestParam(required = false) Set<Integer> acceptLevels, RedirectAttributes redirect) {
		try {
			this.periods.configure(code, cadence, acceptLevels == null ? Set.of() : acceptLevels);
			redirect.addFlashAttribute("saved", code);
		}
		catch (TransitionRefusedException ex) {
			redirect.addFlashAttribute("refused", ex.getMessage());
		}
		return "redirect:/admin/periods";
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
