package io.greenloop.plan.persistence;

import java.util.Collection;
import java.util.List;

import io.greenloop.plan.UnitRole;
import io.greenloop.plan.seed.CatalogueFile.BaselineEntry;
import io.greenloop.plan.seed.CatalogueFile.ConceptEntry;
import io.greenloop.plan.seed.CatalogueFile.PlanEntry;
import io.greenloop.plan.seed.CatalogueFile.TargetEntry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the catalogue into the {@code plan} schema: upserts by code, so loading twice
 * changes nothing.
 */
@Repository
public class CatalogueWriter {

	private final JdbcClient jdbc;

	public CatalogueWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void savePlan(String code, PlanEntry plan) {
		this.jdbc.sql("""
				INSERT INTO plan.plan (code, document, title, kind, issuer, doc_number, issued_on, region_code,
				    period_start, period_end, base_year, note, source_from, source_to, source_quote)
				VALUES (:code, :document, :title, :kind, :issuer, :number, :issuedOn, :region,
				    :periodStart, :periodEnd, :baseYear, :note, :from, :to, :quote)
				ON CONFLICT (code) DO UPDATE SET document = excluded.document, title = excluded.title,
				    kind = excluded.kind, issuer = excluded.issuer, doc_number = excluded.doc_number,
				    issued_on = excluded.issued_on, region_code = excluded.region_code,
				    period_start = excluded.period_start, period_end = excluded.period_end,
				    base_year = excluded.base_year, note = excluded.note, source_from = excluded.source_from,
				    source_to = excluded.source_to, source_quote = excluded.source_quote
				""")
			.param("code", code)
			.param("document", plan.document())
			.param("title", plan.title())
			.param("kind", plan.kind().name())
			.param("issuer", plan.issuer())
			.param("number", plan.number())
			.param("issuedOn", plan.issuedOn())
			.param("region", plan.region())
			.param("periodStart", plan.periodStart())
			.param("periodEnd", plan.periodEnd())
			.param("baseYear", plan.baseYear())
			.param("note", plan.note())
			.param("from", plan.source().lines().get(0))
			.param("to", plan.source().lines().get(1))
			.param("quote", plan.source().quote())
			.update();
	}

	public void saveConcept(ConceptEntry concept) {
		this.jdbc.sql("""
				INSERT INTO plan.concept (code, name, unit, direction, definition, formula)
				VALUES (:code, :name, :unit, :direction, :definition, :formula)
				ON CONFLICT (code) DO UPDATE SET name = excluded.name, unit = excluded.unit,
				    direction = excluded.direction, definition = excluded.definition, formula = excluded.formula
				""")
			.param("code", concept.code())
			.param("name", concept.name())
			.param("unit", concept.unit())
			.param("direction", concept.direction().name())
			.param("definition", concept.definition())
			.param("formula", concept.formula())
			.update();
	}

	public void saveTarget(String planCode, int position, TargetEntry target) {
		BaselineEntry baseline = target.baseline();
		var value = target.target();
		this.jdbc
			.sql("""
					INSERT INTO plan.target (code, plan_code, position, seq, name, level1, level2, self_selected, nature,
					    region_code, scope, concept_code, measure, unit, direction,
					    baseline_year, baseline_value, baseline_text, baseline_cumulative,
					    baseline_source_from, baseline_source_to, baseline_source_quote,
					    target_year, comparator, target_value, target_upper, target_text,
					    responsible_text, lead_text, note, source_from, source_to, source_quote)
					VALUES (:code, :plan, :position, :seq, :name, :level1, :level2, :selfSelected, :nature,
					    :region, :scope, :concept, :measure, :unit, :direction,
					    :baselineYear, :baselineValue, :baselineText, :baselineCumulative,
					    :baselineFrom, :baselineTo, :baselineQuote,
					    :targetYear, :comparator, :targetValue, :targetUpper, :targetText,
					    :responsible, :lead, :note, :from, :to, :quote)
					ON CONFLICT (code) DO UPDATE SET plan_code = excluded.plan_code, position = excluded.position,
					    seq = excluded.seq, name = excluded.name, level1 = excluded.level1, level2 = excluded.level2,
					    self_selected = excluded.self_selected, nature = excluded.nature, region_code = excluded.region_code,
					    scope = excluded.scope, concept_code = excluded.concept_code, measure = excluded.measure,
					    unit = excluded.unit, direction = excluded.direction, baseline_year = excluded.baseline_year,
					    baseline_value = excluded.baseline_value, baseline_text = excluded.baseline_text,
					    baseline_cumulative = excluded.baseline_cumulative,
					    baseline_source_from = excluded.baseline_source_from, baseline_source_to = excluded.baseline_source_to,
					    baseline_source_quote = excluded.baseline_source_quote, target_year = excluded.target_year,
					    comparator = excluded.comparator, target_value = excluded.target_value,
					    target_upper = excluded.target_upper, target_text = excluded.target_text,
					    responsible_text = excluded.responsible_text, lead_text = excluded.lead_text, note = excluded.note,
					    source_from = excluded.source_from, source_to = excluded.source_to, source_quote = excluded.source_quote
					""")
			.param("code", target.code())
			.param("plan", planCode)
			.param("position", position)
			.param("seq", target.seq())
			.param("name", target.name())
			.param("level1", target.level1())
			.param("level2", target.level2())
			.param("selfSelected", target.selfSelected())
			.param("nature", target.nature() == null ? null : target.nature().name())
			.param("region", target.region())
			.param("scope", target.scope())
			.param("concept", target.concept())
			.param("measure", target.measure().name())
			.param("unit", target.unit())
			.param("direction", target.direction().name())
			.param("baselineYear", baseline == null ? null : baseline.year())
			.param("baselineValue", baseline == null ? null : baseline.value())
			.param("baselineText", baseline == null ? null : baseline.text())
			.param("baselineCumulative", baseline != null && baseline.cumulative())
			.param("baselineFrom",
					baseline == null || baseline.source() == null ? null : baseline.source().lines().get(0))
			.param("baselineTo",
					baseline == null || baseline.source() == null ? null : baseline.source().lines().get(1))
			.param("baselineQuote", baseline == null || baseline.source() == null ? null : baseline.source().quote())
			.param("targetYear", value.year())
			.param("comparator", value.comparator().name())
			.param("targetValue", value.value())
			.param("targetUpper", value.upper())
			.param("targetText", value.text())
			.param("responsible", target.responsible())
			.param("lead", target.lead())
			.param("note", target.note())
			.param("from", target.source().lines().get(0))
			.param("to", target.source().lines().get(1))
			.param("quote", target.source().quote())
			.update();
	}

	/** Replaces the organisations a target names, in the order named. */
	public void saveResponsibilities(String targetCode, List<Responsibility> responsibilities) {
		this.jdbc.sql("DELETE FROM plan.target_organisation WHERE target_code = :code")
			.param("code", targetCode)
			.update();
		int position = 0;
		for (Responsibility responsibility : responsibilities) {
			this.jdbc.sql("""
					INSERT INTO plan.target_organisation (target_code, organisation_id, role, position)
					VALUES (:code, :organisation, :role, :position)
					ON CONFLICT DO NOTHING
					""")
				.param("code", targetCode)
				.param("organisation", responsibility.organisationId())
				.param("role", responsibility.role().name())
				.param("position", position++)
				.update();
		}
	}

	/** Removes the targets no longer in the catalogue; answers how many. */
	public int deleteTargetsOtherThan(Collection<String> codes) {
		return this.jdbc.sql("DELETE FROM plan.target WHERE code <> ALL (:codes)")
			.param("codes", codes.toArray(String[]::new))
			.update();
	}

	/** Removes the concepts no target and no catalogue file uses any more. */
	public int deleteConceptsOtherThan(Collection<String> codes) {
		return this.jdbc.sql("""
				DELETE FROM plan.concept c WHERE c.code <> ALL (:codes)
				  AND NOT EXISTS (SELECT 1 FROM plan.target t WHERE t.concept_code = c.code)
				""").param("codes", codes.toArray(String[]::new)).update();
	}

	/** Removes the plans no longer in the catalogue (their targets are gone already). */
	public int deletePlansOtherThan(Collection<String> codes) {
		return this.jdbc.sql("DELETE FROM plan.plan WHERE code <> ALL (:codes)")
			.param("codes", codes.toArray(String[]::new))
			.update();
	}

	/**
	 * An organisation's part in a target.
	 *
	 * @param organisationId the organisation, in the region module
	 * @param role what the plan makes it do
	 */
	public record Responsibility(long organisationId, UnitRole role) {
	}

}
