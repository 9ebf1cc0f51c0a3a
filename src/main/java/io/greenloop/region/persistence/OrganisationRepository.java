package io.greenloop.region.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import io.greenloop.region.Organisation;
import io.greenloop.region.OrganisationKind;
import io.greenloop.region.OrganisationQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisations in {@code region.organisation}. */
@Repository
public class OrganisationRepository {

	private static final String SELECT = """
			SELECT id, name, short_name, kind, region_code, parent_id, stats_code, aliases
			FROM region.organisation
			""";

	private final JdbcClient jdbc;

	public OrganisationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the organisation, or updates the one of the same name in the same region;
	 * answers its id.
	 */
	public long save(NewOrganisation organisation) {
		return this.jdbc
			.sql("""
					INSERT INTO region.organisation (region_code, name, short_name, kind, parent_id, stats_code, aliases, source)
					VALUES (:region, :name, :shortName, :kind, :parent, :statsCode, :aliases, :source)
					ON CONFLICT (region_code, name) DO UPDATE SET short_name = coalesce(excluded.short_name, organisation.short_name),
					    kind = excluded.kind, parent_id = excluded.parent_id,
					    stats_code = coalesce(excluded.stats_code, organisation.stats_code),
					    aliases = ARRAY(SELECT DISTINCT unnest(organisation.aliases || excluded.aliases) ORDER BY 1),
					    source = coalesce(excluded.source, organisation.source)
					RETURNING id
					""")
			.param("region", organisation.regionCode())
			.param("name", organisation.name())
			.param("shortName", organisation.shortName())
			.param("kind", organisation.kind().name())
			.param("parent", organisation.parentId())
			.param("statsCode", organisation.statsCode())
			.param("aliases", new TreeSet<>(organisation.aliases()).toArray(String[]::new))
			.param("source", organisation.source())
			.query(Long.class)
			.single();
	}

	public Optional<Organisation> find(long id) {
		return this.jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(OrganisationRepository::map).optional();
	}

	public Optional<Organisation> findByName(String regionCode, String name) {
		return this.jdbc.sql(SELECT + " WHERE region_code = :region AND name = :name")
			.param("region", regionCode)
			.param("name", name)
			.query(OrganisationRepository::map)
			.optional();
	}

	/**
	 * The organisations inside the scope (a region code prefix) known by the name: as
	 * name, short name or alias, those of the region itself first.
	 */
	public List<Organisation> findKnownAs(String scopePrefix, String regionCode, String name) {
		return this.jdbc.sql(SELECT + """
				 WHERE region_code LIKE :prefix || '%'
				   AND (name = :name OR short_name = :name OR aliases @> ARRAY[CAST(:name AS text)])
				 ORDER BY region_code <> :region, id
				""")
			.param("prefix", scopePrefix)
			.param("region", regionCode)
			.param("name", name)
			.query(OrganisationRepository::map)
			.list();
	}

	public List<Organisation> findAll(OrganisationQuery query) {
		String text = query.text();
		String prefix = query.region() == null ? null
				: query.below() ? query.region().scopePrefix() : query.region().value();
		return this.jdbc
			.sql(SELECT
					+ """
							 WHERE (CAST(:prefix AS text) IS NULL OR region_code LIKE :prefix || '%')
							   AND (CAST(:kind AS text) IS NULL OR kind = :kind)
							   AND (CAST(:text AS text) IS NULL OR strpos(name, :text) > 0 OR strpos(coalesce(short_name, ''), :text) > 0
							        OR EXISTS (SELECT 1 FROM unnest(aliases) a WHERE strpos(a, :text) > 0))
							 ORDER BY region_code, kind <> 'GOVERNMENT', name
							""")
			.param("prefix", prefix)
			.param("kind", query.kind() == null ? null : query.kind().name())
			.param("text", text)
			.query(OrganisationRepository::map)
			.list();
	}

	public List<Organisation> findAll(Collection<Long> ids) {
		return this.jdbc.sql(SELECT + " WHERE id = ANY (:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query(OrganisationRepository::map)
			.list();
	}

	/** Records another name the plans use for the organisation. */
	public void addAlias(long id, String alias) {
		this.jdbc.sql("""
				UPDATE region.organisation SET aliases = array_append(aliases, CAST(:alias AS text))
				WHERE id = :id AND NOT aliases @> ARRAY[CAST(:alias AS text)]
				""").param("id", id).param("alias", alias).update();
	}

	public long count() {
		return this.jdbc.sql("SELECT count(*) FROM region.organisation").query(Long.class).single();
	}

	private static Organisation map(ResultSet rs, int row) throws SQLException {
		Array aliases = rs.getArray("aliases");
		return new Organisation(rs.getLong("id"), rs.getString("name"), rs.getString("short_name"),
				OrganisationKind.valueOf(rs.getString("kind")), rs.getString("region_code"),
				rs.getObject("parent_id", Long.class), rs.getString("stats_code"),
				aliases == null ? List.of() : Arrays.asList((String[]) aliases.getArray()));
	}

	/**
	 * An organisation to save.
	 *
	 * @param regionCode its region
	 * @param name its full name, unique in the region
	 * @param shortName the name the plans use, if different
	 * @param kind what it is
	 * @param parentId its government, if any
	 * @param statsCode its statistical code, if any
	 * @param aliases other names the plans use
	 * @param source where it comes from: a data set or a seed citation such as 003:98
	 */
	public record NewOrganisation(String regionCode, String name, String shortName, OrganisationKind kind,
			Long parentId, String statsCode, List<String> aliases, String source) {
	}

}
