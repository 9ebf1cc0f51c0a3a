package io.greenloop.waste.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import io.greenloop.shared.CsvCopy;
import io.greenloop.waste.domain.CatalogueEntry;
import io.greenloop.waste.domain.Exemption;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The editions of the 国家危险废物名录 administrators loaded (V8): each with its wastes and
 * exemption rows, written with COPY in the caller's transaction.
 */
@Repository
public class EditionRepository {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	public EditionRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** A loaded edition, without its rows. */
	public record EditionRow(String name, LocalDate inForceFrom, String source, String fileName, String fileSha256,
			String exemptionsFileName, String exemptionsSha256, String loadedBy, OffsetDateTime loadedAt) {
	}

	/** A waste of a loaded edition. */
	public record EntryRow(String edition, String code, String industrySource, String description, String hazard) {
	}

	/** An exemption row of a loaded edition. */
	public record ExemptionRow(String edition, int entry, String codeOrCategory, String waste, String stage,
			String condition, String exemption) {
	}

	public List<EditionRow> editions() {
		return this.jdbc.sql("""
				SELECT name, in_force_from, source, file_name, file_sha256, exemptions_file_name, exemptions_sha256,
				       loaded_by, loaded_at
				FROM waste.catalogue_edition ORDER BY in_force_from""").query(EditionRow.class).list();
	}

	public List<EntryRow> entries() {
		return this.jdbc.sql("""
				SELECT edition, code, industry_source, description, hazard
				FROM waste.catalogue_edition_entry ORDER BY edition, code""").query(EntryRow.class).list();
	}

	public List<ExemptionRow> exemptions() {
		return this.jdbc.sql("""
				SELECT edition, entry, code_or_category, waste, stage, condition, exemption
				FROM waste.catalogue_edition_exemption ORDER BY edition, line""").query(ExemptionRow.class).list();
	}

	public boolean exists(String name) {
		return this.jdbc.sql("SELECT count(*) FROM waste.catalogue_edition WHERE name = :name")
			.param("name", name)
			.query(Long.class)
			.single() > 0;
	}

	public boolean startsOn(LocalDate day) {
		return this.jdbc.sql("SELECT count(*) FROM waste.catalogue_edition WHERE in_force_from = :day")
			.param("day", day)
			.query(Long.class)
			.single() > 0;
	}

	public void insert(EditionRow edition, Instant loadedAt, List<CatalogueEntry> entries, List<Exemption> exemptions) {
		this.jdbc.sql("""
				INSERT INTO waste.catalogue_edition (name, in_force_from, source, file_name, file_sha256,
				    exemptions_file_name, exemptions_sha256, loaded_by, loaded_at)
				VALUES (:name, :from, :source, :file, :sha, :exemptionsFile, :exemptionsSha, :by, :at)""")
			.param("name", edition.name())
			.param("from", edition.inForceFrom())
			.param("source", edition.source())
			.param("file", edition.fileName())
			.param("sha", edition.fileSha256())
			.param("exemptionsFile", edition.exemptionsFileName())
			.param("exemptionsSha", edition.exemptionsSha256())
			.param("by", edition.loadedBy())
			.param("at", OffsetDateTime.ofInstant(loadedAt, ZoneOffset.UTC))
			.update();
		CsvCopy.copyIn(this.dataSource,
				"COPY waste.catalogue_edition_entry (edition, code, industry_source, description, hazard) "
						+ "FROM STDIN (FORMAT csv)",
				entries.stream()
					.map(e -> List.<Object>of(edition.name(), e.code().value(), e.industrySource(), e.description(),
							e.hazardText()))
					.toList());
		List<List<Object>> rows = new java.util.ArrayList<>();
		for (int i = 0; i < exemptions.size(); i++) {
			Exemption e = exemptions.get(i);
			rows.add(List.of(edition.name(), i + 1, e.entry(), e.codeOrCategory(), e.waste(), e.stage(), e.condition(),
					e.exemption()));
		}
		if (rows.isEmpty()) {
			return;
		}
		CsvCopy.copyIn(this.dataSource, "COPY waste.catalogue_edition_exemption (edition, line, entry, "
				+ "code_or_category, waste, stage, condition, exemption) FROM STDIN (FORMAT csv)", rows);
	}

	public boolean delete(String name) {
		return this.jdbc.sql("DELETE FROM waste.catalogue_edition WHERE name = :name").param("name", name).update() > 0;
	}

}
