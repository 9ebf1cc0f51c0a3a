package io.greenloop.waste.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The stages a ledger (台账) records, HJ 1259—2022 §6.3.1–§6.3.5 and 附录 B 表 B.1–B.5: 产生
 * (generated), 入库 (into storage), 出库 (out of storage), 自行利用/处置 (the site's own
 * utilisation or disposal) and 委外利用/处置 (off-site). Each stage names the batches it takes
 * from (产生批次编码 / 入库批次编码 / 出库批次编码) and the kind of facility it happens at.
 */
public enum LedgerStage {

	/** 产生 (§6.3.1): a new batch at a production facility. */
	GENERATED("产生", Set.of("PRODUCTION")),
	/** 入库 (§6.3.2): from a generated batch, into a storage facility. */
	STORED_IN("入库", Set.of("STORAGE")),
	/** 出库 (§6.3.3): out of a batch stored in. */
	STORED_OUT("出库", Set.of("STORAGE")),
	/**
	 * 自行利用/处置 (§6.3.4): from a generated or stored-out batch, at the site's own facility.
	 */
	OWN_TREATMENT("自行利用/处置", Set.of("UTILISATION", "DISPOSAL")),
	/** 委外利用/处置 (§6.3.5): from a generated or stored-out batch, to a licensed receiver. */
	OFF_SITE("委外利用/处置", Set.of());

	private static final java.util.Map<String, LedgerStage> BY_NAME = java.util.Map.of("GENERATED", GENERATED,
			"STORED_IN", STORED_IN, "STORED_OUT", STORED_OUT, "OWN_TREATMENT", OWN_TREATMENT, "OFF_SITE", OFF_SITE);

	private final String label;

	private final Set<String> facilityKinds;

	LedgerStage(String label, Set<String> facilityKinds) {
		this.label = label;
		this.facilityKinds = facilityKinds;
	}

	/** The Chinese name of the stage as HJ 1259 writes it. */
	public String label() {
		return this.label;
	}

	/** The kinds of {@code waste.facility} a record of this stage may name. */
	public Set<String> facilityKinds() {
		return this.facilityKinds;
	}

	/**
	 * The stages whose batches a record of this stage takes from (none: it starts one).
	 */
	public Set<LedgerStage> sources() {
		return switch (this) {
			case GENERATED -> Set.of();
			case STORED_IN -> Set.of(GENERATED);
			case STORED_OUT -> Set.of(STORED_IN);
			case OWN_TREATMENT, OFF_SITE -> Set.of(GENERATED, STORED_OUT);
		};
	}

	/** The stage named by its English key (any case) or its Chinese name. */
	public static Optional<LedgerStage> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String value = text.strip();
		LedgerStage exact = BY_NAME.get(value);
		if (exact != null) {
			return Optional.of(exact);
		}
		return Arrays.stream(values())
			.filter(stage -> stage.name().equals(value.toUpperCase(Locale.ROOT)) || stage.label.equals(value))
			.findFirst();
	}

}
