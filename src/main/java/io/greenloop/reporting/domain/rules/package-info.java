/**
 * Validation rules (校验规则) for reported values, kept as data rather than code: each
 * {@link io.greenloop.reporting.domain.rules.Rule} names a left side, an operator, a
 * right side, an importance and what to do when a value is missing, so administrators can
 * edit them in a page and a fresh database is seeded with
 * {@link io.greenloop.reporting.domain.rules.ShippedRules}. The
 * {@link io.greenloop.reporting.domain.rules.RuleEngine} checks the
 * {@link io.greenloop.reporting.domain.rules.ItemFacts} of a submission against them and
 * answers with {@link io.greenloop.reporting.domain.rules.Violation}s that name the item
 * and the rule. Plain Java: storage and pages live elsewhere.
 */
package io.greenloop.reporting.domain.rules;
