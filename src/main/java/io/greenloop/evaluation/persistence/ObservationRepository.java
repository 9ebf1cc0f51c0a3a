package io.greenloop.evaluation.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.greenloop.shared.CsvCopy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Evaluation's copy of the approved values of catalogue targets.
 */
@Repository
public class ObservationRepository {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	public ObservationRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/**
	 * Stores the values, replacing earlier revisions of the same target, region and
	 * period.
	 */
	public void save(Collection<Observation> observations) {
		if (observations.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				CREATE TEMP TABLE IF NOT EXISTS observation_staging (LIKE evaluation.observation) ON COMMIT DROP
				""").update();
		this.jdbc.sql("TRUNCATE observation_staging").update();
		List<List<Object>> rows = new ArrayList<>(observations.size());
		for (Observation o : observations) {
			rows.add(Arrays.asList(o.targetCode(), o.regionCode(), o.periodCode(), o.year(), o.subPeriod(), o.value(),
					o.text(), o.revision(), o.source(), o.sourceId(),
					OffsetDateTime.ofInstant(o.approvedAt(), ZoneOffset.UTC)));
		}
		CsvCopy.copyIn(this.dataSource, "COPY observation_staging FROM STDIN (FORMAT csv)", rows);
		this.jdbc.sql("""
				INSERT INTO evaluation.observation SELECT DISTINCT ON (target_code, region_code, period_code) *
				FROM observation_staging ORDER BY target_code, region_code, period_code, revision DESC
				ON CONFLICT (target_code, region_code, period_code) DO UPDATE SET year = excluded.year,
				    sub_period = excluded.sub_period, value = excluded.value, text_value = excluded.text_value,
				    revision = excluded.revision, source = excluded.source, source_id = excluded.source_id,
				    approved_at = excluded.approved_at
				""").update();
	}

	/** The observations of one target in one region, oldest period first. */
	public List<Observation> find(String targetCode, String regionCode) {
		return this.jdbc.sql("""
				SELECT * FROM evaluation.observation WHERE target_code = :target AND region_code = :region
				ORDER BY year, sub_period
				""").param("target", targetCode).param("region", regionCode).query(ObservationRepository::map).list();
	}

	/**
	 * The observations of each target in each region given, oldest period first, as
	 * {@link #find} answers them, in one query; a target and region without any is left
	 * out.
	 */
	public Map<ResultRepository.Key, List<Observation>> find(Collection<ResultRepository.Key> keys) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		return this.jdbc
			.sql("""
					SELECT o.* FROM evaluation.observation o
					JOIN (SELECT DISTINCT * FROM unnest(CAST(:targets AS text[]), CAST(:regions AS text[]))) k (target_code, region_code)
					  ON o.target_code = k.target_code AND o.region_code = k.region_code
					ORDER BY o.target_code, o.region_code, o.year, o.sub_period
					""")
			.param("targets", keys.stream().map(ResultRepository.Key::targetCode).toArray(String[]::new))
			.param("regions", keys.stream().map(ResultRepository.Key::regionCode).toArray(String[]::new))
			.query(ObservationRepository::map)
			.list()
			.stream()
			.collect(Collectors.groupingBy(o -> new ResultRepository.Key(o.targetCode(), o.regionCode()),
					LinkedHashMap::new, Collectors.toList()));
	}

	/** Every observation, by target and region, oldest period first. */
	public List<Observation> findAll() {
		return this.jdbc.sql("SELECT * FROM evaluation.observation ORDER BY target_code, region_code, year, sub_period")
			.query(ObservationRepository::map)
			.list();
	}

	private static Observation map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Observation(rs.getString("target_code"), rs.getString("region_code"), rs.getString("period_code"),
				rs.getInt("year"), rs.getInt("sub_period"), rs.getBigDecimal("value"), rs.getString("text_value"),
				rs.getInt("revision"), rs.getString("source"), rs.getLong("source_id"),
				rs.getObject("approved_at", OffsetDateTime.class).toInstant());
	}

	/**
	 * One approved value of a target.
	 *
	 * @param targetCode the target
	 * @param regionCode the region
	 * @param periodCode the period, such as 2025 or 2025Q3
	 * @param year its year
	 * @param subPeriod 0 for a year, else the quarter or month
	 * @param value the figure
	 * @param text the text, for a milestone
	 * @param revision the approved revision
	 * @param source SUBMISSION or IMPORT
	 * @param sourceId the submission or import
	 * @param approvedAt when it was approved
	 */
	public record Observation(String targetCode, String regionCode, String periodCode, int year, int subPeriod,
			BigDecimal value, String text, int revision, String source, long sourceId, Instant approvedAt) {

		/** Where the value came from, for people: "SUBMISSION 12 r2". */
		public String provenance() {
			return this.source + " " + this.sourceId + " r" + this.revision;
		}

	}

}
