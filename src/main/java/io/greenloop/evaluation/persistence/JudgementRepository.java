package io.greenloop.evaluation.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.greenloop.evaluation.domain.Judgement;
import io.greenloop.evaluation.domain.Status;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reviewers' judgements of targets the numbers cannot settle, kept in the order recorded.
 */
@Repository
public class JudgementRepository {

	private final JdbcClient jdbc;

	public JudgementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(String targetCode, String regionCode, Judgement judgement, Instant at) {
		this.jdbc.sql("""
				INSERT INTO evaluation.judgement (target_code, region_code, year, status, reason, judged_by, judged_at)
				VALUES (:target, :region, :year, :status, :reason, :by, :at)
				""")
			.param("target", targetCode)
			.param("region", regionCode)
			.param("year", judgement.year())
			.param("status", judgement.status().name())
			.param("reason", judgement.reason())
			.param("by", judgement.reviewer())
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	/**
	 * Every judgement, by target and region, in the order recorded: for a full
	 * re-evaluation.
	 */
	public Map<ResultRepository.Key, List<Judgement>> findAll() {
		Map<ResultRepository.Key, List<Judgement>> all = new HashMap<>();
		this.jdbc.sql(
				"SELECT target_code, region_code, year, status, judged_by, reason FROM evaluation.judgement ORDER BY id")
			.query((rs, row) -> all
				.computeIfAbsent(new ResultRepository.Key(rs.getString("target_code"), rs.getString("region_code")),
						key -> new ArrayList<>())
				.add(new Judgement(rs.getInt("year"), Status.valueOf(rs.getString("status")), rs.getString("judged_by"),
						rs.getString("reason"))))
			.list();
		return all;
	}

	/**
	 * The judgements of each target in each region given, in the order recorded, as
	 * {@link #find} answers them, in one query; a target and region without any is left
	 * out.
	 */
	public Map<ResultRepository.Key, List<Judgement>> find(Collection<ResultRepository.Key> keys) {
		Map<ResultRepository.Key, List<Judgement>> found = new HashMap<>();
		if (keys.isEmpty()) {
			return found;
		}
		this.jdbc
			.sql("""
					SELECT j.target_code, j.region_code, j.year, j.status, j.judged_by, j.reason FROM evaluation.judgement j
					JOIN (SELECT DISTINCT * FROM unnest(CAST(:targets AS text[]), CAST(:regions AS text[]))) k (target_code, region_code)
					  ON j.target_code = k.target_code AND j.region_code = k.region_code
					ORDER BY j.id
					""")
			.param("targets", keys.stream().map(ResultRepository.Key::targetCode).toArray(String[]::new))
			.param("regions", keys.stream().map(ResultRepository.Key::regionCode).toArray(String[]::new))
			.query((rs, row) -> found
				.computeIfAbsent(new ResultRepository.Key(rs.getString("target_code"), rs.getString("region_code")),
						key -> new ArrayList<>())
				.add(new Judgement(rs.getInt("year"), Status.valueOf(rs.getString("status")), rs.getString("judged_by"),
						rs.getString("reason"))))
			.list();
		return found;
	}

	/** The judgements of a target in a region, in the order recorded. */
	public List<Judgement> find(String targetCode, String regionCode) {
		return this.jdbc.sql("""
				SELECT year, status, judged_by, reason FROM evaluation.judgement
				WHERE target_code = :target AND region_code = :region ORDER BY id
				""")
			.param("target", targetCode)
			.param("region", regionCode)
			.query((rs, row) -> new Judgement(rs.getInt("year"), Status.valueOf(rs.getString("status")),
					rs.getString("judged_by"), rs.getString("reason")))
			.list();
	}

}
