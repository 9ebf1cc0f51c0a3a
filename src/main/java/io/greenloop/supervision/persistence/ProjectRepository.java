package io.greenloop.supervision.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import io.greenloop.supervision.ProjectView;
import io.greenloop.supervision.Provenance;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The projects of the plans' project lists. */
@Repository
public class ProjectRepository {

	private final JdbcClient jdbc;

	public ProjectRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void save(ProjectView project, int position, String regionCode) {
		this.jdbc.sql("""
				INSERT INTO supervision.project (code, plan_code, position, region_code, seq, name, source_name,
				    content, responsible_text, investment, investment_unit, benefit, deadline_year, review, note,
				    source_document, source_from, source_to, source_quote)
				VALUES (:code, :plan, :position, :region, :seq, :name, :sourceName, :content, :responsible,
				    :investment, :unit, :benefit, :deadline, CAST(:review AS text[]), :note, :document, :from, :to,
				    :quote)
				ON CONFLICT (code) DO UPDATE SET plan_code = excluded.plan_code, position = excluded.position,
				    region_code = excluded.region_code, seq = excluded.seq, name = excluded.name,
				    source_name = excluded.source_name, content = excluded.content,
				    responsible_text = excluded.responsible_text, investment = excluded.investment,
				    investment_unit = excluded.investment_unit, benefit = excluded.benefit,
				    deadline_year = excluded.deadline_year, review = excluded.review, note = excluded.note,
				    source_document = excluded.source_document, source_from = excluded.source_from,
				    source_to = excluded.source_to, source_quote = excluded.source_quote
				""")
			.param("code", project.code())
			.param("plan", project.planCode())
			.param("position", position)
			.param("region", regionCode)
			.param("seq", project.seq())
			.param("name", project.name())
			.param("sourceName", project.sourceName())
			.param("content", project.content())
			.param("responsible", project.responsible())
			.param("investment", project.investment())
			.param("unit", project.investmentUnit())
			.param("benefit", project.benefit())
			.param("deadline", project.deadlineYear())
			.param("review", Rows.textArray(project.review()))
			.param("note", project.note())
			.param("document", project.source().document())
			.param("from", project.source().lines().get(0))
			.param("to", project.source().lines().get(1))
			.param("quote", project.source().quote())
			.update();
	}

	public int deleteOtherThan(Collection<String> codes) {
		return this.jdbc.sql("DELETE FROM supervision.project WHERE NOT (code = ANY(CAST(:codes AS text[])))")
			.param("codes", Rows.textArray(codes))
			.update();
	}

	/** The projects, of one plan or all, in plan order. */
	public List<ProjectView> find(String plan) {
		return this.jdbc.sql("""
				SELECT * FROM supervision.project WHERE (CAST(:plan AS text) IS NULL OR plan_code = :plan)
				ORDER BY plan_code, position
				""").param("plan", plan).query(ProjectRepository::project).list();
	}

	public java.util.Optional<ProjectView> findOne(String code) {
		return this.jdbc.sql("SELECT * FROM supervision.project WHERE code = :code")
			.param("code", code)
			.query(ProjectRepository::project)
			.optional();
	}

	/** The region of a project's plan. */
	public java.util.Optional<String> regionOf(String code) {
		return this.jdbc.sql("SELECT region_code FROM supervision.project WHERE code = :code")
			.param("code", code)
			.query(String.class)
			.optional();
	}

	private static ProjectView project(ResultSet rs, int row) throws SQLException {
		return new ProjectView(rs.getString("code"), rs.getString("plan_code"), rs.getObject("seq", Integer.class),
				rs.getString("name"), rs.getString("source_name"), rs.getString("content"),
				rs.getString("responsible_text"), rs.getObject("investment", BigDecimal.class),
				rs.getString("investment_unit"), rs.getString("benefit"), rs.getObject("deadline_year", Integer.class),
				Rows.reviews(rs.getArray("review")), rs.getString("note"),
				new Provenance(rs.getString("source_document"),
						List.of(rs.getInt("source_from"), rs.getInt("source_to")), rs.getString("source_quote")));
	}

}
