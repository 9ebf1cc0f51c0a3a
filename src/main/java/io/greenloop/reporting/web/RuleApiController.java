package io.greenloop.reporting.web;

import java.util.List;
import java.util.Locale;

import io.greenloop.reporting.ValidationRules;
import io.greenloop.reporting.ValidationRules.InvalidRuleException;
import io.greenloop.reporting.ValidationRules.UnknownRuleException;
import io.greenloop.reporting.domain.rules.Rule;
import io.greenloop.shared.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The validation rules: anyone logged in reads them; administrators change them. */
@RestController
@RequestMapping("/api/rules")
@Tag(name = "Validation rules",
		description = "Validation rules as data: left side, operator, right side, importance, what to do when a value is missing")
class RuleApiController {

	private final ValidationRules rules;

	RuleApiController(ValidationRules rules) {
		this.rules = rules;
	}

	@GetMapping
	@Operation(summary = "Every rule, in the order they are checked")
	List<Rule> rules() {
		return this.rules.all();
	}

	@GetMapping("/{code}")
	@Operation(summary = "One rule")
	@ApiResponse(responseCode = "404", description = "No rule has the code")
	Rule rule(@PathVariable String code) {
		return this.rules.get(code);
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Create or replace a rule (refused with 400 and every problem when it cannot be checked)")
	@ApiResponse(responseCode = "400", description = "The rule cannot be checked; every problem is listed (problems)")
	Rule save(@PathVariable String code, @RequestBody Rule rule, Locale locale) {
		if (!code.equals(rule.code())) {
			throw new InvalidRuleException(List.of("路径中的编号与规则编号不一致 / the code in the path differs from the rule's"));
		}
		return this.rules.save(rule, locale);
	}

	@DeleteMapping("/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Delete a rule")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", description = "No rule has the code")
	ResponseEntity<Void> delete(@PathVariable String code) {
		this.rules.delete(code);
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(InvalidRuleException.class)
	ProblemDetail invalid(InvalidRuleException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Rule not saved", ex.getMessage());
		problem.setProperty("problems", ex.problems());
		return problem;
	}

	@ExceptionHandler(UnknownRuleException.class)
	ProblemDetail unknown(UnknownRuleException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Unknown rule", ex.getMessage());
	}

}
