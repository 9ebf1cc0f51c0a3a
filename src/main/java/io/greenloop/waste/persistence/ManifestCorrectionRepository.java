package io.greenloop.waste.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Corrections of signed manifests and the parties' confirmations. */
@Repository
public class ManifestCorrectionRepository {

	private final JdbcClient jdbc;

	public ManifestCorrectionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record CorrectionRow(long id, long manifestId, int fromVersion, long proposerEnterpriseId, String proposedBy,
			OffsetDateTime proposedAt, String changes, String reason, String state) {
	}

	private static final String SELECT = """
			SELECT id, manifest_id, from_version, proposer_enterprise_id, proposed_by, proposed_at,
			    changes::text AS changes, reason, state
			FROM waste.manifest_correction""";

	public Optional<CorrectionRow> open(long manifestId) {
		return this.jdbc.sql(SELECT + " WHERE manifest_id = :id AND state = 'OPEN'")
			.param("id", manifestId)
			.query(CorrectionRow.class)
			.optional();
	}

	public Optional<CorrectionRow> find(long id) {
		return this.jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(CorrectionRow.class).optional();
	}

	public long insert(long manifestId, int fromVersion, long proposer, String by, Instant at, String changes,
			String reason) {
		return this.jdbc.sql("""
				INSERT INTO waste.manifest_correction (manifest_id, from_version, proposer_enterprise_id,
				    proposed_by, proposed_at, changes, reason, state)
				VALUES (:manifest, :version, :proposer, :by, :at, CAST(:changes AS jsonb), :reason, 'OPEN')
				RETURNING id""")
			.param("manifest", manifestId)
			.param("version", fromVersion)
			.param("proposer", proposer)
			.param("by", by)
			.param("at", ManifestRepository.utc(at))
			.param("changes", changes)
			.param("reason", reason)
			.query(Long.class)
			.single();
	}

	public List<Long> confirmedBy(long correctionId) {
		return this.jdbc.sql("""
				SELECT enterprise_id FROM waste.manifest_correction_confirmation
				WHERE correction_id = :id ORDER BY confirmed_at, enterprise_id""")
			.param("id", correctionId)
			.query(Long.class)
			.list();
	}

	public record Confirmation(long enterpriseId, String confirmedBy) {
	}

	public List<Confirmation> confirmations(long correctionId) {
		return this.jdbc.sql("""
				SELECT enterprise_id, confirmed_by FROM waste.manifest_correction_confirmation
				WHERE correction_id = :id""").param("id", correctionId).query(Confirmation.class).list();
	}

	public void confirm(long correctionId, long enterpriseId, String by, Instant at) {
		this.jdbc.sql("""
				INSERT INTO waste.manifest_correction_confirmation (correction_id, enterprise_id, confirmed_by,
				    confirmed_at)
				VALUES (:id, :enterprise, :by, :at) ON CONFLICT DO NOTHING""")
			.param("id", correctionId)
			.param("enterprise", enterpriseId)
			.param("by", by)
			.param("at", ManifestRepository.utc(at))
			.update();
	}

	public void decide(long correctionId, String state, Instant at) {
		this.jdbc.sql("UPDATE waste.manifest_correction SET state = :state, decided_at = :at WHERE id = :id")
			.param("id", correctionId)
			.param("state", state)
			.param("at", ManifestRepository.utc(at))
			.update();
	}

}
