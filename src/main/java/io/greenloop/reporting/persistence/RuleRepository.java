package io.greenloop.reporting.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.greenloop.reporting.domain.rules.Importance;
import io.greenloop.reporting.domain.rules.MissingPolicy;
import io.greenloop.reporting.domain.rules.Operator;
import io.greenloop.reporting.domain.rules.Rule;
import io.greenloop.reporting.domain.rules.RuleKind;
import io.greenloop.reporting.domain.rules.RuleScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The validation rules in {@code reporting.validation_rule}, in the order administrators
 * see them.
 */
@Repository
public class RuleRepository {

	private final JdbcClient jdbc;

	public RuleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Rule> findAll() {
		return this.jdbc.sql("SELECT * FROM reporting.validation_rule ORDER BY position, code")
			.query(RuleRepository::map)
			.list();
	}

	public Optional<Rule> find(String code) {
		return this.jdbc.sql("SELECT * FROM reporting.validation_rule WHERE code = :code")
			.param("code", code)
			.query(RuleRepository::map)
			.optional();
	}

	/**
	 * Adds a shipped rule unless a rule of that code exists (an administrator's edits are
	 * kept).
	 */
	public void insertIfMissing(Rule rule, int position) {
		save(rule, position, null, null, "ON CONFLICT (code) DO NOTHING");
	}

	/** Creates or replaces a rule. */
	public void save(Rule rule, String by, Instant at) {
		int position = this.jdbc.sql("""
				SELECT coalesce((SELECT position FROM reporting.validation_rule WHERE code = :code),
				                (SELECT coalesce(max(position), 0) + 1 FROM reporting.validation_rule))
				""").param("code", rule.code()).query(Integer.class).single();
		save(rule, position, by, at,
				"""
						ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, left_expr = excluded.left_expr,
						    operator = excluded.operator, right_expr = excluded.right_expr, importance = excluded.importance,
						    on_missing = excluded.on_missing, scope_unit = excluded.scope_unit,
						    scope_measure = excluded.scope_measure, scope_item = excluded.scope_item,
						    scope_concept = excluded.scope_concept, numeric_only = excluded.numeric_only,
						    enabled = excluded.enabled, message = excluded.message, updated_by = excluded.updated_by,
						    updated_at = excluded.updated_at
						""");
	}

	private void save(Rule rule, int position, String by, Instant at, String onConflict) {
		RuleScope scope = rule.scope();
		this.jdbc
			.sql("""
					INSERT INTO reporting.validation_rule (code, position, name, kind, left_expr, operator, right_expr, importance,
					    on_missing, scope_unit, scope_measure, scope_item, scope_concept, numeric_only, enabled, message,
					    updated_by, updated_at)
					VALUES (:code, :position, :name, :kind, :left, :operator, :right, :importance, :onMissing, :unit, :measure,
					    :item, :concept, :numericOnly, :enabled, :message, :by, :at)
					%s
					"""
				.formatted(onConflict))
			.param("code", rule.code())
			.param("position", position)
			.param("name", rule.name())
			.param("kind", rule.kind().name())
			.param("left", rule.left())
			.param("operator", rule.operator() == null ? null : rule.operator().name())
			.param("right", rule.right())
			.param("importance", rule.importance().name())
			.param("onMissing", rule.onMissing() == null ? MissingPolicy.SKIP.name() : rule.onMissing().name())
			.param("unit", scope.unit())
			.param("measure", scope.measure())
			.param("item", scope.itemCode())
			.param("concept", scope.concept())
			.param("numericOnly", scope.numericOnly())
			.param("enabled", rule.enabled())
			.param("message", rule.message())
			.param("by", by)
			.param("at", at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	public int delete(String code) {
		return this.jdbc.sql("DELETE FROM reporting.validation_rule WHERE code = :code").param("code", code).update();
	}

	private static Rule map(ResultSet rs, int row) throws SQLException {
		String operator = rs.getString("operator");
		return new Rule(rs.getString("code"), rs.getString("name"), RuleKind.valueOf(rs.getString("kind")),
				rs.getString("left_expr"), operator == null ? null : Operator.valueOf(operator),
				rs.getString("right_expr"), Importance.valueOf(rs.getString("importance")),
				MissingPolicy.valueOf(rs.getString("on_missing")),
				new RuleScope(rs.getString("scope_unit"), rs.getString("scope_measure"), rs.getString("scope_item"),
						rs.getString("scope_concept"), rs.getBoolean("numeric_only")),
				rs.getBoolean("enabled"), rs.getString("message"));
	}

}
