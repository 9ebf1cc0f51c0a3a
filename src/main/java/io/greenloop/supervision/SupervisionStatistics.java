package io.greenloop.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.greenloop.identity.DataScope;
import io.greenloop.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-unit statistics of supervision (on-time rate, overdue tasks, 督办 items): the query
 * the evaluation module's assessment scores can read, and
 * {@code /api/supervision/statistics}.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionStatistics {

	private final JdbcClient jdbc;

	private final Permissions permissions;

	private final Progress progress;

	private final Clock clock;

	SupervisionStatistics(JdbcClient jdbc, Permissions permissions, Progress progress, Clock clock) {
		this.jdbc = jdbc;
		this.permissions = permissions;
		this.progress = progress;
		this.clock = clock;
	}

	/** The units of the caller's data scope, most tasks first. */
	public List<UnitStatistics> visible() {
		DataScope scope = this.permissions.scope();
		return of(scope.isAdmin() ? null : RegionCode.of(scope.regionCode()).scopePrefix());
	}

	/**
	 * Every unit named by a task of the regions under the prefix (null for all), most
	 * tasks first; for the assessment, which has no caller.
	 */
	public List<UnitStatistics> of(String regionPrefix) {
		LocalDate today = LocalDate.now(this.clock);
		List<Object[]> rows = this.jdbc.sql("""
				WITH units AS (
				    SELECT DISTINCT u.organisation_id, t.code, t.state FROM supervision.task_unit u
				    JOIN supervision.task t ON t.code = u.task_code
				    WHERE u.organisation_id IS NOT NULL
				      AND (CAST(:prefix AS text) IS NULL OR t.region_code LIKE :prefix || '%')),
				slots AS (
				    SELECT r.organisation_id, count(*) AS due,
				           count(*) FILTER (WHERE r.reported_at IS NOT NULL
				               AND CAST(r.reported_at AT TIME ZONE 'Asia/Shanghai' AS date) <= d.deadline) AS on_time
				    FROM supervision.progress_report r JOIN supervision.dispatch_round d ON d.id = r.round_id
				    WHERE d.deadline < :today GROUP BY r.organisation_id),
				items AS (
				    SELECT responsible_organisation_id AS organisation_id, count(*) AS total,
				           count(*) FILTER (WHERE state = 'OPEN') AS open
				    FROM supervision.supervision_item WHERE responsible_organisation_id IS NOT NULL
				    GROUP BY responsible_organisation_id)
				SELECT u.organisation_id, count(*) AS tasks,
				       count(*) FILTER (WHERE u.state = 'COMPLETED') AS completed,
				       count(*) FILTER (WHERE u.state = 'OVERDUE') AS overdue,
				       COALESCE(max(s.due), 0) AS due, COALESCE(max(s.on_time), 0) AS on_time,
				       COALESCE(max(i.total), 0) AS items, COALESCE(max(i.open), 0) AS open_items
				FROM units u LEFT JOIN slots s ON s.organisation_id = u.organisation_id
				LEFT JOIN items i ON i.organisation_id = u.organisation_id
				GROUP BY u.organisation_id ORDER BY count(*) DESC, u.organisation_id
				""")
			.param("prefix", regionPrefix)
			.param("today", today)
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
							rs.getInt(6), rs.getInt(7), rs.getInt(8) })
			.list();
		Map<Long, String> names = this.progress.names(rows.stream().map(row -> (Long) row[0]).toList());
		return rows.stream().map(row -> {
			int due = (Integer) row[4];
			int onTime = (Integer) row[5];
			BigDecimal rate = (due == 0) ? null
					: BigDecimal.valueOf(onTime * 100L).divide(BigDecimal.valueOf(due), 1, RoundingMode.HALF_UP);
			return new UnitStatistics((Long) row[0], names.get((Long) row[0]), (Integer) row[1], (Integer) row[2],
					(Integer) row[3], due, onTime, rate, (Integer) row[6], (Integer) row[7]);
		}).toList();
	}

}
