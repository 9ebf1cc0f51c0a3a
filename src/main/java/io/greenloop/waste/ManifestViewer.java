package io.greenloop.waste;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.greenloop.waste.ManifestViews.CarrierView;
import io.greenloop.waste.ManifestViews.CorrectionView;
import io.greenloop.waste.ManifestViews.EventView;
import io.greenloop.waste.ManifestViews.ManifestSummary;
import io.greenloop.waste.ManifestViews.ManifestView;
import io.greenloop.waste.ManifestViews.Party;
import io.greenloop.waste.ManifestViews.SignatureView;
import io.greenloop.waste.domain.UnknownManifestException;
import io.greenloop.waste.persistence.ManifestCorrectionRepository;
import io.greenloop.waste.persistence.ManifestCorrectionRepository.CorrectionRow;
import io.greenloop.waste.persistence.ManifestRepository;
import io.greenloop.waste.persistence.ManifestRepository.CarrierRow;
import io.greenloop.waste.persistence.ManifestRepository.ManifestRow;
import io.greenloop.waste.persistence.ManifestRepository.SignatureRow;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/** Builds the views of a manifest from its rows (no access check: the callers check). */
@Component
class ManifestViewer {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ManifestRepository manifests;

	private final ManifestCorrectionRepository corrections;

	private final TripClock trips;

	ManifestViewer(ManifestRepository manifests, ManifestCorrectionRepository corrections, TripClock trips) {
		this.manifests = manifests;
		this.corrections = corrections;
		this.trips = trips;
	}

	ManifestView view(long id) {
		ManifestRow m = this.manifests.find(id).orElseThrow(() -> new UnknownManifestException("manifest", id));
		List<CarrierRow> carrierRows = this.manifests.carriers(id);
		List<CarrierView> carriers = new ArrayList<>();
		for (int i = 0; i < carrierRows.size(); i++) {
			CarrierRow c = carrierRows.get(i);
			String from = i == 0 ? m.siteName() : c.handoverPlace();
			String to = i + 1 < carrierRows.size() ? carrierRows.get(i + 1).handoverPlace() : m.receiverName();
			carriers.add(new CarrierView(c.position(), c.carrierId(), c.carrierEnterpriseId(), c.carrierName(),
					c.permitNumber(), c.permitValidTo(), c.vehicleId(), c.plate(), c.vehiclePermitNumber(),
					c.vehiclePermitValidTo(), c.handoverPlace(), instant(c.pickedUpAt()), from, to, c.distanceKm(),
					c.route()));
		}
		List<SignatureRow> signatureRows = this.manifests.signatures(id);
		List<SignatureView> signatures = signatureRows.stream()
			.map(s -> new SignatureView(s.version(), s.position(), s.role(), s.enterpriseId(), s.enterpriseName(),
					s.signedBy(), instant(s.signedAt()), s.content(), s.contentSha256()))
			.toList();
		List<EventView> history = this.manifests.events(id)
			.stream()
			.map(e -> new EventView(instant(e.at()), e.action(), e.state(), e.byUser(), e.note()))
			.toList();
		CorrectionView correction = this.corrections.open(id)
			.map(c -> correction(c, signers(signatureRows, m.version())))
			.orElse(null);
		return new ManifestView(m.id(), m.number(), m.state(), m.version(), m.paper(), m.completedOn(),
				new Party(m.senderEnterpriseId(), m.senderName()), m.senderSiteId(), m.siteName(), m.originRegion(),
				new Party(m.receiverEnterpriseId(), m.receiverName()), m.receiverLicenceId(), m.licenceNumber(),
				m.destinationRegion(), m.consignorEnterpriseId(), m.wasteCode().strip(), m.wasteName(), m.hazard(),
				m.form(), m.packaging(), m.packageCount(), m.quantityT(), m.emergencyMeasures(), m.plannedOn(),
				instant(m.issuedAt()), instant(m.deliveredAt()), instant(m.receivedAt()), m.receivedOn(),
				m.receivedQuantityT(), m.dueOn(), kinds(m.discrepancyKinds()), m.discrepancyNote(),
				m.discrepancyDecision(), m.treatmentMethod(), instant(m.closedAt()), carriers, signatures, history,
				correction, m.approvalId(), this.trips.view(carrierRows, m.deliveredAt()));
	}

	/** The enterprises that signed the version: who confirm a correction of it. */
	static Set<Long> signers(List<SignatureRow> signatures, int version) {
		Set<Long> signers = new LinkedHashSet<>();
		signatures.stream().filter(s -> s.version() == version).forEach(s -> signers.add(s.enterpriseId()));
		return signers;
	}

	private CorrectionView correction(CorrectionRow c, Set<Long> signers) {
		List<Long> confirmed = this.corrections.confirmedBy(c.id());
		List<Long> awaiting = signers.stream().filter(e -> !confirmed.contains(e)).toList();
		return new CorrectionView(c.id(), c.fromVersion(), c.proposerEnterpriseId(), c.proposedBy(),
				instant(c.proposedAt()), changes(c.changes()), c.reason(), c.state(), confirmed, awaiting);
	}

	static Map<String, Object> changes(String json) {
		return JSON.readValue(json, new TypeReference<Map<String, Object>>() {
		});
	}

	static ManifestSummary summary(ManifestRow m) {
		return new ManifestSummary(m.id(), m.number(), m.state(), m.paper(), m.senderName(), m.siteName(),
				m.receiverName(), m.wasteCode().strip(), m.wasteName(), m.quantityT(), m.receivedQuantityT(),
				m.plannedOn(), m.dueOn(), kinds(m.discrepancyKinds()));
	}

	static List<String> kinds(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
	}

	static java.time.Instant instant(OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}

}
