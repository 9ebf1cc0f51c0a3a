package io.greenloop.waste;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.greenloop.waste.ManifestViews.StepResult;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.ManifestState;
import io.greenloop.waste.domain.ManifestStateException;
import io.greenloop.waste.domain.TransferCheckFailedException;
import io.greenloop.waste.domain.TransferFinding;
import io.greenloop.waste.domain.UnknownManifestException;
import io.greenloop.waste.persistence.ManifestCorrectionRepository;
import io.greenloop.waste.persistence.ManifestRepository;
import io.greenloop.waste.persistence.ManifestRepository.ManifestRow;

import org.springframework.stereotype.Component;

/**
 * What every step of a manifest follows: it locks the manifest's row, so two steps never
 * interleave; none is taken while a correction is open; its moment is not after now nor
 * before the latest signature (signatures in order, none dated before the previous one);
 * a blocking finding of the checks refuses it; its answer is the manifest with the
 * checks' errors and warnings.
 */
@Component
class ManifestStepRules {

	private final ManifestRepository manifests;

	private final ManifestCorrectionRepository corrections;

	private final ManifestSignatures signatures;

	private final ManifestViewer viewer;

	private final Clock clock;

	ManifestStepRules(ManifestRepository manifests, ManifestCorrectionRepository corrections,
			ManifestSignatures signatures, ManifestViewer viewer, Clock clock) {
		this.manifests = manifests;
		this.corrections = corrections;
		this.signatures = signatures;
		this.viewer = viewer;
		this.clock = clock;
	}

	ManifestRow load(long id) {
		return this.manifests.find(id).orElseThrow(() -> new UnknownManifestException("manifest", id));
	}

	ManifestRow lockAndLoad(long id) {
		this.manifests.lock(id);
		ManifestRow m = load(id);
		if (this.corrections.open(id).isPresent()) {
			throw new ManifestStateException(
					"Manifest " + id + " has an open correction: confirm or withdraw it first");
		}
		return m;
	}

	static ManifestState state(ManifestRow m) {
		return ManifestState.valueOf(m.state());
	}

	/**
	 * The step's moment: now for an electronic manifest; for a paper one's back-fill the
	 * moment given, not after now; never before the latest signature.
	 */
	Instant at(ManifestRow m, Instant given) {
		Instant now = this.clock.instant();
		Instant at = given == null ? now : given;
		if (at.isAfter(now)) {
			throw new InvalidInputException("at", "The step's moment (" + at + ") is in the future");
		}
		if (!m.paper() && at.isBefore(now)) {
			throw new InvalidInputException("at", "An electronic manifest is signed when the step is taken; only a "
					+ "paper manifest's back-fill gives an earlier moment (" + at + ", 第二十条)");
		}
		Instant latest = this.signatures.latest(m.id());
		if (latest != null && at.isBefore(latest)) {
			throw new InvalidInputException("at",
					"The step's moment (" + at + ") is before the previous signature (" + latest + ")");
		}
		return at;
	}

	static List<TransferFinding> passOrThrow(List<TransferFinding> findings) {
		if (findings.stream().anyMatch(TransferFinding::blocking)) {
			throw new TransferCheckFailedException(findings);
		}
		return findings;
	}

	StepResult result(long id, List<TransferFinding> findings) {
		return new StepResult(this.viewer.view(id), findings.stream().filter(TransferFinding::blocking).toList(),
				findings.stream().filter(f -> !f.blocking()).toList());
	}

}
