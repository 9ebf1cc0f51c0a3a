package io.greenloop.waste.seed;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.greenloop.shared.CsvCopy;
import io.greenloop.waste.WasteCatalogue;
import io.greenloop.waste.domain.LedgerTimes;
import io.greenloop.waste.domain.WasteCode;

/** Ledger rows, copied in batches. */
final class DemoLedger {

	private static final int BATCH = 50_000;

	private final List<List<?>> rows = new ArrayList<>(BATCH);

	private final OffsetDateTime recorded;

	private final WasteCatalogue catalogue;

	private final DataSource dataSource;

	DemoLedger(WasteCatalogue catalogue, DataSource dataSource, Clock clock) {
		this.catalogue = catalogue;
		this.dataSource = dataSource;
		this.recorded = OffsetDateTime.now(clock);
	}

	long count;

	void hw(long site, String stage, String batch, LocalDateTime at, String code, BigDecimal tonnes, String facility,
			String treatment, String method, String source, String licence, String manifest) {
		add(site, stage, batch, at, "HAZARDOUS", code,
				this.catalogue.find(WasteCode.of(code)).map(e -> e.description()).orElse(code), tonnes, facility,
				treatment, method, source, null, null, licence, manifest);
	}

	void offSite(long site, String batch, LocalDateTime at, String code, BigDecimal tonnes, String treatment,
			String method, String source, DemoParty operator, String manifest) {
		String name = operator.name;
		add(site, "OFF_SITE", batch, at, "HAZARDOUS", code,
				this.catalogue.find(WasteCode.of(code)).map(e -> e.description()).orElse(code), tonnes, null, treatment,
				method, source, "危险废物经营单位", name, operator.licence, manifest);
	}

	void general(long site, String stage, String batch, LocalDateTime at, String stream, BigDecimal tonnes,
			String treatment, String method, String source) {
		add(site, stage, batch, at, "GENERAL", stream, stream, tonnes, stage.equals("STORED_IN") ? "GC-01" : null,
				treatment, method, source, null, null, null, null);
	}

	private void add(long site, String stage, String batch, LocalDateTime at, String kind, String code, String name,
			BigDecimal tonnes, String facility, String treatment, String method, String source, String receiverType,
			String receiverName, String licence, String manifest) {
		if (tonnes.signum() <= 0) {
			return;
		}
		this.rows.add(java.util.Arrays.asList(site, stage, batch, at.atZone(LedgerTimes.CHINA).toOffsetDateTime(), kind,
				code, name.length() > 60 ? name.substring(0, 60) : name, tonnes, facility, treatment, method, "演示经办人",
				source == null ? null : sourceStage(stage, source), source, receiverType, receiverName, licence,
				manifest, "demo", this.recorded));
		this.count++;
		if (this.rows.size() == BATCH) {
			flush();
		}
	}

	/**
	 * The stage of the batch a record comes from, by the demonstration data's batch
	 * prefixes.
	 */
	private static String sourceStage(String stage, String source) {
		return switch (stage) {
			case "STORED_IN" -> "GENERATED";
			case "STORED_OUT" -> "STORED_IN";
			default -> source.startsWith("HWCK") ? "STORED_OUT" : "GENERATED";
		};
	}

	void flush() {
		if (this.rows.isEmpty()) {
			return;
		}
		CsvCopy.copyIn(this.dataSource, """
				COPY waste.ledger_record (site_id, stage, batch_code, occurred_at, waste_kind, waste_code,
				    waste_name, quantity_t, facility_code, treatment, method, handler, source_stage, source_batch_code,
				    receiver_type, receiver_name, receiver_licence_number, manifest_number, recorded_by,
				    recorded_at) FROM STDIN (FORMAT csv)""", this.rows);
		this.rows.clear();
	}

}
