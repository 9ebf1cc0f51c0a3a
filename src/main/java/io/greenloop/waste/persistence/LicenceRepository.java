package io.greenloop.waste.persistence;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The 危险废物经营许可证 of operators, with their permitted waste codes. */
@Repository
public class LicenceRepository {

	private static final String SELECT = """
			SELECT l.id, l.enterprise_id, e.name AS enterprise_name, e.region_code, l.number, l.valid_from,
			    l.valid_to, l.activities, l.annual_capacity_t, l.catalogue_edition,
			    ARRAY(SELECT w.waste_code::text FROM waste.licence_waste w WHERE w.licence_id = l.id
			          ORDER BY w.waste_code) AS waste_codes
			FROM waste.licence l JOIN waste.enterprise e ON e.id = l.enterprise_id
			""";

	private final JdbcClient jdbc;

	public LicenceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A licence row with its holder's name and region. */
	public record LicenceRow(long id, long enterpriseId, String enterpriseName, String regionCode, String number,
			LocalDate validFrom, LocalDate validTo, List<String> activities, BigDecimal annualCapacityTonnes,
			String catalogueEdition, List<String> wasteCodes) {
	}

	public boolean numberTaken(String number) {
		return this.jdbc.sql("SELECT count(*) FROM waste.licence WHERE number = :number")
			.param("number", number)
			.query(Long.class)
			.single() > 0;
	}

	public long insert(long enterpriseId, String number, LocalDate from, LocalDate to, List<String> activities,
			BigDecimal capacity, String edition, List<String> wasteCodes) {
		long id = this.jdbc.sql("""
				INSERT INTO waste.licence (enterprise_id, number, valid_from, valid_to, activities,
				    annual_capacity_t, catalogue_edition)
				VALUES (:enterprise, :number, :from, :to, CAST(:activities AS text[]), :capacity, :edition)
				RETURNING id
				""")
			.param("enterprise", enterpriseId)
			.param("number", number)
			.param("from", from)
			.param("to", to)
			.param("activities", "{" + String.join(",", activities) + "}")
			.param("capacity", capacity)
			.param("edition", edition)
			.query(Long.class)
			.single();
		for (String code : wasteCodes) {
			this.jdbc.sql("INSERT INTO waste.licence_waste (licence_id, waste_code) VALUES (:id, :code)")
				.param("id", id)
				.param("code", code)
				.update();
		}
		return id;
	}

	/** All licences, or those of one enterprise (null: all), by number. */
	public List<LicenceRow> list(Long enterpriseId) {
		return this.jdbc
			.sql(SELECT + " WHERE (CAST(:enterprise AS bigint) IS NULL OR l.enterprise_id = :enterprise) "
					+ "ORDER BY l.number")
			.param("enterprise", enterpriseId)
			.query(LicenceRepository::row)
			.list();
	}

	private static LicenceRow row(ResultSet rs, int n) throws SQLException {
		return new LicenceRow(rs.getLong("id"), rs.getLong("enterprise_id"), rs.getString("enterprise_name"),
				rs.getString("region_code"), rs.getString("number"), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class), strings(rs.getArray("activities")),
				rs.getBigDecimal("annual_capacity_t"), rs.getString("catalogue_edition"),
				strings(rs.getArray("waste_codes")));
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

}
