package io.greenloop.waste;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.waste.ManifestCommands.ProposeCorrection;
import io.greenloop.waste.ManifestViews.ManifestView;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.ManifestState;
import io.greenloop.waste.domain.ManifestStateException;
import io.greenloop.waste.domain.NotPermittedException;
import io.greenloop.waste.domain.UnknownManifestException;
import io.greenloop.waste.persistence.ManifestCorrectionRepository;
import io.greenloop.waste.persistence.ManifestCorrectionRepository.Confirmation;
import io.greenloop.waste.persistence.ManifestCorrectionRepository.CorrectionRow;
import io.greenloop.waste.persistence.ManifestRepository;
import io.greenloop.waste.persistence.ManifestRepository.ManifestRow;
import io.greenloop.waste.persistence.ManifestRepository.SignatureRow;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections of a signed manifest, which is never edited in place: any party proposes
 * the fields to change with a reason, the parties that signed the current version
 * confirm, and the last confirmation applies the correction as the next version, which
 * each of them signs again (a new frozen copy). One correction is open at a time, and no
 * step is taken while it is.
 */
@Service
public class ManifestCorrections {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> FIELDS = Set.of("wasteName", "hazard", "form", "packaging", "packageCount",
			"quantityTonnes", "emergencyMeasures", "receivedQuantityTonnes");

	private final ManifestRepository manifests;

	private final ManifestCorrectionRepository corrections;

	private final ManifestAccess access;

	private final ManifestSignatures signatures;

	private final ManifestViewer viewer;

	private final CurrentAccount account;

	private final Clock clock;

	ManifestCorrections(ManifestRepository manifests, ManifestCorrectionRepository corrections, ManifestAccess access,
			ManifestSignatures signatures, ManifestViewer viewer, CurrentAccount account, Clock clock) {
		this.manifests = manifests;
		this.corrections = corrections;
		this.access = access;
		this.signatures = signatures;
		this.viewer = viewer;
		this.account = account;
		this.clock = clock;
	}

	@Transactional
	public ManifestView propose(long id, ProposeCorrection command) {
		DataScope scope = this.account.scope();
		ManifestRow m = lock(id);
		long party = partyOf(scope, m);
		ManifestState.Step.CORRECT.checkFrom(ManifestState.valueOf(m.state()));
		if (this.corrections.open(id).isPresent()) {
			throw new ManifestStateException("Manifest " + id + " already has an open correction");
		}
		Map<String, Object> changes = changes(command.changes(), m);
		String reason = RegistryRules.required("reason", command.reason());
		Instant now = this.clock.instant();
		long correction = this.corrections.insert(id, m.version(), party, scope.username(), now,
				JSON.writeValueAsString(changes), reason);
		this.corrections.confirm(correction, party, scope.username(), now);
		this.manifests.addEvent(id, now, "CORRECTION_PROPOSED", m.state(), scope.username(), reason);
		applyIfConfirmed(m, correction);
		return this.viewer.view(id);
	}

	@Transactional
	public ManifestView confirm(long id, long correctionId) {
		DataScope scope = this.account.scope();
		ManifestRow m = lock(id);
		CorrectionRow correction = openCorrection(id, correctionId);
		Set<Long> signers = ManifestViewer.signers(this.manifests.signatures(id), m.version());
		List<Long> confirmed = this.corrections.confirmedBy(correction.id());
		Long party = this.access.actsFor(scope)
			.stream()
			.filter(e -> signers.contains(e) && !confirmed.contains(e))
			.findFirst()
			.orElseThrow(() -> new NotPermittedException(
					"Only a party that signed the manifest and has not confirmed yet confirms the correction"));
		Instant now = this.clock.instant();
		this.corrections.confirm(correction.id(), party, scope.username(), now);
		this.manifests.addEvent(id, now, "CORRECTION_CONFIRMED", m.state(), scope.username(), null);
		applyIfConfirmed(m, correction.id());
		return this.viewer.view(id);
	}

	@Transactional
	public ManifestView withdraw(long id, long correctionId) {
		DataScope scope = this.account.scope();
		ManifestRow m = lock(id);
		CorrectionRow correction = openCorrection(id, correctionId);
		this.access.checkActsAs(scope, correction.proposerEnterpriseId(), "proposer of the correction");
		Instant now = this.clock.instant();
		this.corrections.decide(correction.id(), "WITHDRAWN", now);
		this.manifests.addEvent(id, now, "CORRECTION_WITHDRAWN", m.state(), scope.username(), null);
		return this.viewer.view(id);
	}

	private void applyIfConfirmed(ManifestRow m, long correctionId) {
		List<SignatureRow> signed = this.manifests.signatures(m.id())
			.stream()
			.filter(s -> s.version() == m.version())
			.toList();
		Set<Long> signers = ManifestViewer.signers(signed, m.version());
		Map<Long, String> confirmers = new TreeMap<>();
		for (Confirmation c : this.corrections.confirmations(correctionId)) {
			confirmers.put(c.enterpriseId(), c.confirmedBy());
		}
		if (!confirmers.keySet().containsAll(signers)) {
			return;
		}
		Map<String, Object> changes = ManifestViewer
			.changes(this.corrections.find(correctionId).orElseThrow().changes());
		this.manifests.correct(m.id(), (String) changes.get("wasteName"), (String) changes.get("hazard"),
				(String) changes.get("form"), (String) changes.get("packaging"), integer(changes.get("packageCount")),
				decimal(changes.get("quantityTonnes")), (String) changes.get("emergencyMeasures"),
				decimal(changes.get("receivedQuantityTonnes")));
		Instant now = this.clock.instant();
		this.corrections.decide(correctionId, "APPLIED", now);
		for (SignatureRow s : signed) {
			this.signatures.sign(m.id(), s.position(), s.role(), s.enterpriseId(), confirmers.get(s.enterpriseId()),
					now);
		}
		this.manifests.addEvent(m.id(), now, "CORRECTED", m.state(), "system", "version " + (m.version() + 1));
	}

	private Map<String, Object> changes(Map<String, Object> given, ManifestRow m) {
		if (given == null || given.isEmpty()) {
			throw new InvalidInputException("changes", "A correction changes at least one of " + FIELDS);
		}
		Map<String, Object> changes = new TreeMap<>();
		for (Map.Entry<String, Object> entry : given.entrySet()) {
			String field = entry.getKey();
			Object value = entry.getValue();
			if (!FIELDS.contains(field) || value == null) {
				throw new InvalidInputException("changes." + field, "A correction changes one of " + FIELDS);
			}
			switch (field) {
				case "packageCount" -> changes.put(field, positive(field, value, false).intValueExact());
				case "quantityTonnes" -> changes.put(field, positive(field, value, false).toPlainString());
				case "receivedQuantityTonnes" -> {
					if (m.receivedQuantityT() == null) {
						throw new InvalidInputException("changes." + field, "Nothing has been received yet");
					}
					changes.put(field, positive(field, value, true).toPlainString());
				}
				default -> changes.put(field, RegistryRules.required("changes." + field, value.toString()));
			}
		}
		return changes;
	}

	private static BigDecimal positive(String field, Object value, boolean zero) {
		try {
			BigDecimal number = new BigDecimal(value.toString());
			if (number.signum() < 0 || (!zero && number.signum() == 0)) {
				throw new NumberFormatException();
			}
			return number;
		}
		catch (NumberFormatException | ArithmeticException ex) {
			throw new InvalidInputException("changes." + field, "'" + value + "' is not a number greater than zero");
		}
	}

	private static Integer integer(Object value) {
		return value == null ? null : Integer.valueOf(value.toString());
	}

	private static BigDecimal decimal(Object value) {
		return value == null ? null : new BigDecimal(value.toString());
	}

	private ManifestRow lock(long id) {
		this.manifests.lock(id);
		return this.manifests.find(id).orElseThrow(() -> new UnknownManifestException("manifest", id));
	}

	private long partyOf(DataScope scope, ManifestRow m) {
		Set<Long> parties = ManifestAccess.parties(m, this.manifests.carriers(m.id()));
		return this.access.actsFor(scope)
			.stream()
			.filter(parties::contains)
			.findFirst()
			.orElseThrow(() -> new NotPermittedException("Only a party of the manifest proposes a correction"));
	}

	private CorrectionRow openCorrection(long id, long correctionId) {
		CorrectionRow correction = this.corrections.find(correctionId)
			.filter(c -> c.manifestId() == id)
			.orElseThrow(() -> new UnknownManifestException("correction of manifest " + id, correctionId));
		if (!"OPEN".equals(correction.state())) {
			throw new ManifestStateException("Correction " + correctionId + " is " + correction.state());
		}
		return correction;
	}

}
