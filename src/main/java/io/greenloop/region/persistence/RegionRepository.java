package io.greenloop.region.persistence;

import java.util.List;
import java.util.Optional;

import io.greenloop.region.Region;
import io.greenloop.region.RegionKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The administrative divisions in {@code region.region}. */
@Repository
public class RegionRepository {

	private static final String SELECT = """
			SELECT code, name, kind, level, parent_code FROM region.region
			""";

	private final JdbcClient jdbc;

	public RegionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts or updates the divisions, parents first. */
	public void save(List<Region> regions) {
		for (Region region : regions) {
			this.jdbc.sql("""
					INSERT INTO region.region (code, name, kind, level, parent_code)
					VALUES (:code, :name, :kind, :level, :parent)
					ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind,
					    level = excluded.level, parent_code = excluded.parent_code
					""")
				.param("code", region.code())
				.param("name", region.name())
				.param("kind", region.kind().name())
				.param("level", region.level())
				.param("parent", region.parentCode())
				.update();
		}
	}

	public List<Region> findAll() {
		return this.jdbc.sql(SELECT + " ORDER BY code").query(RegionRepository::map).list();
	}

	public Optional<Region> find(String code) {
		return this.jdbc.sql(SELECT + " WHERE code = :code")
			.param("code", code)
			.query(RegionRepository::map)
			.optional();
	}

	public List<Region> findChildren(String parentCode) {
		return this.jdbc.sql(SELECT + " WHERE parent_code = :parent ORDER BY code")
			.param("parent", parentCode)
			.query(RegionRepository::map)
			.list();
	}

	private static Region map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Region(rs.getString("code"), rs.getString("name"), RegionKind.valueOf(rs.getString("kind")),
				rs.getInt("level"), rs.getString("parent_code"));
	}

}
