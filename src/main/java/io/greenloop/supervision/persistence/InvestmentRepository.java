package io.greenloop.supervision.persistence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.greenloop.supervision.domain.InvestmentTotal.Reported;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The actual investment the projects reported and the lead units accepted. */
@Repository
public class InvestmentRepository {

	private final JdbcClient jdbc;

	public InvestmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The accepted reports of a plan's projects in rounds of this year and before. */
	public List<Reported> acceptedUntil(String planCode, int year) {
		return this.jdbc.sql("""
				SELECT r.id, r.round_id, d.name, r.subject_code, r.investment
				FROM supervision.progress_report r
				JOIN supervision.dispatch_round d ON d.id = r.round_id
				JOIN supervision.project p ON p.code = r.subject_code
				WHERE r.subject_kind = 'PROJECT' AND r.state = 'ACCEPTED' AND r.investment IS NOT NULL
				  AND p.plan_code = :plan AND d.year <= :year
				ORDER BY d.year, r.round_id, p.position
				""")
			.param("plan", planCode)
			.param("year", year)
			.query((rs, n) -> new Reported(rs.getLong("id"), rs.getLong("round_id"), rs.getString("name"),
					rs.getString("subject_code"), rs.getBigDecimal("investment")))
			.list();
	}

	/** Each project's accepted actual investment so far (万元), by project. */
	public Map<String, BigDecimal> acceptedByProject() {
		return this.jdbc.sql("""
				SELECT subject_code, sum(investment) AS actual FROM supervision.progress_report
				WHERE subject_kind = 'PROJECT' AND state = 'ACCEPTED' AND investment IS NOT NULL
				GROUP BY subject_code
				""")
			.query((rs, n) -> Map.entry(rs.getString("subject_code"), rs.getBigDecimal("actual")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
