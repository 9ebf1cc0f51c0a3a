package io.greenloop.reporting;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.reporting.domain.TransitionRefusedException;
import io.greenloop.reporting.domain.rules.Rule;
import io.greenloop.reporting.events.ReportingConfigurationChanged;
import io.greenloop.reporting.persistence.RuleRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The validation rules as data: administrators read, create, change, disable and delete
 * them. A rule with problems (an expression that does not parse, BETWEEN without two
 * bounds) is refused with every problem named, so the rules in force can always be
 * checked.
 */
@Service
public class ValidationRules {

	private final RuleRepository rules;

	private final CurrentAccount current;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ValidationRules(RuleRepository rules, CurrentAccount current, ApplicationEventPublisher events, Clock clock) {
		this.rules = rules;
		this.current = current;
		this.events = events;
		this.clock = clock;
	}

	public List<Rule> all() {
		return this.rules.findAll();
	}

	public Rule get(String code) {
		return this.rules.find(code).orElseThrow(() -> new UnknownRuleException(code));
	}

	/**
	 * Creates or replaces a rule; refused with its problems (in the locale's language)
	 * when it has any.
	 */
	@Transactional
	public Rule save(Rule rule, Locale locale) {
		List<String> problems = rule.problems(locale);
		if (!problems.isEmpty()) {
			throw new InvalidRuleException(problems);
		}
		String before = this.rules.find(rule.code()).map(ValidationRules::describe).orElse("(new)");
		this.rules.save(rule, this.current.require().username(), this.clock.instant());
		this.events.publishEvent(new ReportingConfigurationChanged("rule " + rule.code(),
				this.current.require().username(), before + " → " + describe(rule)));
		return get(rule.code());
	}

	@Transactional
	public void delete(String code) {
		Rule rule = get(code);
		this.rules.delete(code);
		this.events.publishEvent(new ReportingConfigurationChanged("rule " + code, this.current.require().username(),
				"deleted: " + describe(rule)));
	}

	private static String describe(Rule rule) {
		return "%s %s %s %s %s [%s, missing %s]%s".formatted(rule.name(), rule.kind(),
				rule.left() == null ? "" : rule.left(), rule.operator() == null ? "" : rule.operator().symbol(),
				rule.right() == null ? "" : rule.right(), rule.importance(), rule.onMissing(),
				rule.enabled() ? "" : " disabled");
	}

	/** No rule has the code (404). */
	public static class UnknownRuleException extends RuntimeException {

		UnknownRuleException(String code) {
			super("No validation rule has the code " + code);
		}

	}

	/** The rule as typed cannot be checked; every problem is named (400). */
	public static class InvalidRuleException extends TransitionRefusedException {

		private final List<String> problems;

		public InvalidRuleException(List<String> problems) {
			super(String.join("；", problems));
			this.problems = List.copyOf(problems);
		}

		public List<String> problems() {
			return this.problems;
		}

	}

}
