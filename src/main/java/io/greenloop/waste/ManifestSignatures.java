package io.greenloop.waste;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.greenloop.waste.persistence.ManifestRepository;
import io.greenloop.waste.persistence.ManifestRepository.CarrierRow;
import io.greenloop.waste.persistence.ManifestRepository.ManifestRow;
import io.greenloop.waste.persistence.ManifestRepository.SignatureRow;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Signatures of a manifest in order: position 0 the 移出人 (at issue), 1…n each 承运人 (at
 * pick-up or handover), n + 1 the 接受人 (at receipt or refusal). Each signer keeps a frozen
 * copy: the canonical JSON of the manifest's version as it signed it (keys sorted,
 * quantities as plain decimals, no whitespace) with the hashes of the signatures before
 * it, and that copy's SHA-256. A signed manifest is never edited in place; a correction
 * raises the version and the signers sign the new one ({@link ManifestCorrections}).
 */
@Component
class ManifestSignatures {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ManifestRepository manifests;

	ManifestSignatures(ManifestRepository manifests) {
		this.manifests = manifests;
	}

	/** The moment of the latest signature, if any. */
	Instant latest(long manifestId) {
		return this.manifests.signatures(manifestId)
			.stream()
			.map(s -> s.signedAt().toInstant())
			.max(Instant::compareTo)
			.orElse(null);
	}

	/** Signs the manifest's current version at the position, keeping the frozen copy. */
	void sign(long manifestId, int position, String role, long enterpriseId, String by, Instant at) {
		ManifestRow m = this.manifests.find(manifestId).orElseThrow();
		List<SignatureRow> before = this.manifests.signatures(manifestId)
			.stream()
			.filter(s -> s.version() == m.version())
			.toList();
		Map<String, Object> copy = new TreeMap<>();
		copy.put("manifest", content(m, this.manifests.carriers(manifestId), role));
		List<Map<String, Object>> previous = new ArrayList<>();
		for (SignatureRow s : before) {
			previous.add(new TreeMap<>(Map.of("position", s.position(), "sha256", s.contentSha256())));
		}
		copy.put("previousSignatures", previous);
		Map<String, Object> signature = new TreeMap<>();
		signature.put("position", position);
		signature.put("role", role);
		signature.put("enterpriseId", enterpriseId);
		signature.put("signedBy", by);
		signature.put("signedAt", at.toString());
		copy.put("signature", signature);
		String json = JSON.writeValueAsString(copy);
		this.manifests.insertSignature(manifestId, m.version(), position, role, enterpriseId, by, at, json,
				sha256(json));
	}

	/** What a manifest's version says, as the frozen copy holds it. */
	static Map<String, Object> content(ManifestRow m, List<CarrierRow> carriers, String role) {
		Map<String, Object> c = new TreeMap<>();
		c.put("number", m.number());
		c.put("version", m.version());
		c.put("paper", m.paper());
		c.put("completedOn", text(m.completedOn()));
		c.put("sender", new TreeMap<>(Map.of("enterpriseId", m.senderEnterpriseId(), "siteId", m.senderSiteId())));
		c.put("receiver",
				new TreeMap<>(Map.of("enterpriseId", m.receiverEnterpriseId(), "licenceId", m.receiverLicenceId())));
		c.put("consignorEnterpriseId", m.consignorEnterpriseId());
		c.put("wasteCode", m.wasteCode().strip());
		c.put("wasteName", m.wasteName());
		c.put("hazard", m.hazard());
		c.put("form", m.form());
		c.put("packaging", m.packaging());
		c.put("packageCount", m.packageCount());
		c.put("quantityTonnes", plain(m.quantityT()));
		c.put("emergencyMeasures", m.emergencyMeasures());
		c.put("plannedOn", text(m.plannedOn()));
		c.put("approvalId", m.approvalId());
		List<Map<String, Object>> legs = new ArrayList<>();
		for (CarrierRow leg : carriers) {
			Map<String, Object> l = new TreeMap<>();
			l.put("position", leg.position());
			l.put("carrierId", leg.carrierId());
			l.put("permitNumber", leg.permitNumber());
			l.put("vehiclePlate", leg.plate());
			l.put("vehiclePermitNumber", leg.vehiclePermitNumber());
			l.put("handoverPlace", leg.handoverPlace());
			if (leg.distanceKm() != null) {
				l.put("distanceKm", plain(leg.distanceKm()));
				l.put("route", leg.route());
			}
			legs.add(l);
		}
		c.put("carriers", legs);
		if ("RECEIVER".equals(role) || m.receivedOn() != null) {
			Map<String, Object> receipt = new TreeMap<>();
			receipt.put("receivedOn", text(m.receivedOn()));
			receipt.put("receivedQuantityTonnes", plain(m.receivedQuantityT()));
			receipt.put("discrepancies", ManifestViewer.kinds(m.discrepancyKinds()));
			receipt.put("decision", m.discrepancyDecision());
			c.put("receipt", receipt);
		}
		return c;
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

}
