package io.greenloop.plan.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.greenloop.plan.ConceptView;
import io.greenloop.plan.Direction;
import io.greenloop.plan.IndicatorQuery;
import io.greenloop.plan.IndicatorView.Baseline;
import io.greenloop.plan.IndicatorView.Source;
import io.greenloop.plan.IndicatorView.Target;
import io.greenloop.plan.Measure;
import io.greenloop.plan.Nature;
import io.greenloop.plan.PlanKind;
import io.greenloop.plan.PlanView;
import io.greenloop.plan.TargetComparator;
import io.greenloop.plan.UnitRole;
import io.greenloop.shared.Decimals;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the catalogue from the {@code plan} schema. */
@Repository
public class CatalogueQueries {

	private static final String TARGETS = """
			SELECT t.*, c.name AS concept_name, p.document
			FROM plan.target t
			JOIN plan.concept c ON c.code = t.concept_code
			JOIN plan.plan p ON p.code = t.plan_code
			""";

	private static final String CONCEPTS = """
			SELECT c.*, (SELECT count(*) FROM plan.target t WHERE t.concept_code = c.code) AS target_count,
			       ARRAY(SELECT DISTINCT t.plan_code::text FROM plan.target t WHERE t.concept_code = c.code ORDER BY 1) AS plan_codes
			FROM plan.concept c
			""";

	private final JdbcClient jdbc;

	public CatalogueQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<PlanView> plans() {
		return this.jdbc.sql("""
				SELECT p.*, (SELECT count(*) FROM plan.target t WHERE t.plan_code = p.code) AS target_count
				FROM plan.plan p ORDER BY p.code
				""").query(CatalogueQueries::plan).list();
	}

	public List<TargetRow> targets(IndicatorQuery query) {
		return this.jdbc.sql(TARGETS + """
				WHERE (CAST(:plan AS text) IS NULL OR t.plan_code = :plan)
				  AND (CAST(:region AS text) IS NULL OR t.region_code = :region)
				  AND (CAST(:nature AS text) IS NULL OR t.nature = :nature)
				  AND (CAST(:concept AS text) IS NULL OR t.concept_code = :concept)
				  AND (CAST(:text AS text) IS NULL OR strpos(concat_ws(' ', t.code, t.name, t.level1, t.level2, t.scope,
				       c.name, t.target_text, t.responsible_text, t.lead_text, t.note, t.source_quote), :text) > 0)
				ORDER BY t.plan_code, t.position
				""")
			.param("plan", query.plan())
			.param("region", query.region())
			.param("nature", query.nature() == null ? null : query.nature().name())
			.param("concept", query.concept())
			.param("text", query.text())
			.query(CatalogueQueries::target)
			.list();
	}

	public Optional<TargetRow> target(String code) {
		return this.jdbc.sql(TARGETS + " WHERE t.code = :code")
			.param("code", code)
			.query(CatalogueQueries::target)
			.optional();
	}

	/** The organisations named for the targets, in the order named. */
	public List<Named> responsibilities(List<String> targetCodes) {
		return this.jdbc.sql("""
				SELECT target_code, organisation_id, role FROM plan.target_organisation
				WHERE target_code = ANY (:codes) ORDER BY target_code, position
				""")
			.param("codes", targetCodes.toArray(String[]::new))
			.query((rs, row) -> new Named(rs.getString("target_code"), rs.getLong("organisation_id"),
					UnitRole.valueOf(rs.getString("role"))))
			.list();
	}

	public List<ConceptView> concepts() {
		return this.jdbc.sql(CONCEPTS + " ORDER BY c.code").query(CatalogueQueries::concept).list();
	}

	public Optional<ConceptView> concept(String code) {
		return this.jdbc.sql(CONCEPTS + " WHERE c.code = :code")
			.param("code", code)
			.query(CatalogueQueries::concept)
			.optional();
	}

	/** How many targets each plan sets, by comparator. */
	public Map<String, Map<TargetComparator, Long>> countsByPlanAndComparator() {
		Map<String, Map<TargetComparator, Long>> counts = new TreeMap<>();
		this.jdbc.sql("SELECT plan_code, comparator, count(*) AS n FROM plan.target GROUP BY plan_code, comparator")
			.query((RowCallbackHandler) rs -> counts.computeIfAbsent(rs.getString("plan_code"), key -> new TreeMap<>())
				.put(TargetComparator.valueOf(rs.getString("comparator")), rs.getLong("n")));
		return counts;
	}

	/** The regions some target applies to. */
	public List<String> regionsWithTargets() {
		return this.jdbc.sql("SELECT DISTINCT region_code FROM plan.target ORDER BY 1").query(String.class).list();
	}

	private static PlanView plan(ResultSet rs, int row) throws SQLException {
		var issuedOn = rs.getDate("issued_on");
		return new PlanView(rs.getString("code"), rs.getString("document"), rs.getString("title"),
				PlanKind.valueOf(rs.getString("kind")), rs.getString("issuer"), rs.getString("doc_number"),
				issuedOn == null ? null : issuedOn.toLocalDate(), rs.getString("region_code"), null,
				rs.getObject("period_start", Integer.class), rs.getObject("period_end", Integer.class),
				rs.getObject("base_year", Integer.class), rs.getString("note"), rs.getInt("target_count"),
				new Source(rs.getString("document"), List.of(rs.getInt("source_from"), rs.getInt("source_to")),
						rs.getString("source_quote")));
	}

	private static ConceptView concept(ResultSet rs, int row) throws SQLException {
		return new ConceptView(rs.getString("code"), rs.getString("name"), rs.getString("unit"),
				Direction.valueOf(rs.getString("direction")), rs.getString("definition"), rs.getString("formula"),
				rs.getInt("target_count"), Arrays.asList((String[]) rs.getArray("plan_codes").getArray()));
	}

	private static TargetRow target(ResultSet rs, int row) throws SQLException {
		String document = rs.getString("document");
		String nature = rs.getString("nature");
		return new TargetRow(rs.getString("code"), rs.getString("name"), rs.getString("unit"),
				rs.getString("plan_code"), rs.getObject("seq", Integer.class), rs.getString("level1"),
				rs.getString("level2"), rs.getBoolean("self_selected"), nature == null ? null : Nature.valueOf(nature),
				rs.getString("region_code"), rs.getString("scope"), rs.getString("concept_code"),
				rs.getString("concept_name"), Measure.valueOf(rs.getString("measure")),
				Direction.valueOf(rs.getString("direction")), baseline(rs, document), targetValue(rs),
				rs.getString("responsible_text"), rs.getString("lead_text"), rs.getString("note"), new Source(document,
						List.of(rs.getInt("source_from"), rs.getInt("source_to")), rs.getString("source_quote")));
	}

	private static Baseline baseline(ResultSet rs, String document) throws SQLException {
		Integer year = rs.getObject("baseline_year", Integer.class);
		BigDecimal value = rs.getBigDecimal("baseline_value");
		String text = rs.getString("baseline_text");
		if (year == null && value == null && text == null) {
			return null;
		}
		Integer from = rs.getObject("baseline_source_from", Integer.class);
		Source source = from == null ? null : new Source(document, List.of(from, rs.getInt("baseline_source_to")),
				rs.getString("baseline_source_quote"));
		return new Baseline(year, Decimals.plain(value), text, rs.getBoolean("baseline_cumulative"), source);
	}

	private static Target targetValue(ResultSet rs) throws SQLException {
		return new Target(rs.getInt("target_year"), Decimals.plain(rs.getBigDecimal("target_value")),
				Decimals.plain(rs.getBigDecimal("target_upper")), TargetComparator.valueOf(rs.getString("comparator")),
				rs.getString("target_text"));
	}

	/**
	 * A target as stored, before the region and organisation names are added.
	 */
	public record TargetRow(String code, String name, String unit, String planCode, Integer seq, String level1,
			String level2, boolean selfSelected, Nature nature, String region, String scope, String concept,
			String conceptName, Measure measure, Direction direction, Baseline baseline, Target target,
			String responsibleText, String leadText, String note, Source source) {
	}

	/**
	 * An organisation named for a target.
	 *
	 * @param targetCode the target
	 * @param organisationId the organisation
	 * @param role its role
	 */
	public record Named(String targetCode, long organisationId, UnitRole role) {
	}

}
