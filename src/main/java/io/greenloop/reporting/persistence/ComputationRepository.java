package io.greenloop.reporting.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The computations behind computed values, with their lineage. */
@Repository
public class ComputationRepository {

	private final JdbcClient jdbc;

	public ComputationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a computation; answers its number. */
	public long save(String itemCode, String regionCode, long periodId, BigDecimal value, String unit, String lineage,
			String by, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO reporting.computation (item_code, region_code, period_id, value, unit, lineage, recorded_by,
				    recorded_at)
				VALUES (:item, :region, :period, :value, :unit, :lineage, :by, :at) RETURNING id
				""")
			.param("item", itemCode)
			.param("region", regionCode)
			.param("period", periodId)
			.param("value", value)
			.param("unit", unit)
			.param("lineage", lineage)
			.param("by", by)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

}
