package io.greenloop.waste.seed;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import io.greenloop.shared.CsvCopy;
import io.greenloop.waste.WasteCatalogue;
import io.greenloop.waste.WorkingDays;
import io.greenloop.waste.domain.WasteCode;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the demonstration manifests the ledgers name: each with its parties, carrier and
 * vehicle and a plausible route distance ({@link DemoRoutes}), its state as far as the
 * ledgers got (in transit, delivered, received, closed), the received quantity beside the
 * sent one, the day receipt is due (five working days after delivery, 第十八条) and the
 * signatures of those who signed, each with a frozen copy and its SHA-256. The serials of
 * 第十五条 continue after the demonstration numbers.
 */
final class DemoManifests {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final WasteCatalogue catalogue;

	private final WorkingDays workingDays;

	private final Clock clock;

	DemoManifests(JdbcClient jdbc, DataSource dataSource, WasteCatalogue catalogue, WorkingDays workingDays,
			Clock clock) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.catalogue = catalogue;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	void write(List<DemoManifestRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		long first = this.jdbc.sql("SELECT coalesce(max(id), 0) + 1 FROM waste.manifest").query(Long.class).single();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		List<List<?>> manifests = new ArrayList<>();
		List<List<?>> carriers = new ArrayList<>();
		List<List<?>> signatures = new ArrayList<>();
		long id = first;
		for (DemoManifestRow row : rows) {
			String name = this.catalogue.find(WasteCode.of(row.code)).map(e -> e.description()).orElse(row.code);
			String hazard = this.catalogue.find(WasteCode.of(row.code)).map(e -> e.hazardText()).orElse(null);
			OffsetDateTime issued = row.day.atTime(8, 30).atZone(CHINA).toOffsetDateTime();
			OffsetDateTime pickedUp = row.day.atTime(9, 0).atZone(CHINA).toOffsetDateTime();
			boolean received = row.received != null;
			manifests.add(Arrays.asList(id, row.number, row.state, row.senderEnterprise, row.senderSite,
					row.originRegion, row.receiverEnterprise, row.receiverLicence, row.destinationRegion,
					row.senderEnterprise, row.code, name.length() > 60 ? name.substring(0, 60) : name, hazard, "固态",
					"吨袋", Math.max(1, row.quantity.intValue()), row.quantity, "泄漏时围堵收集，报告当地生态环境部门", row.day, issued,
					row.delivered, received ? row.received : null, received ? row.received.toLocalDate() : null,
					received ? row.receivedQuantity : null,
					row.delivered != null ? this.workingDays.addWorkingDays(row.delivered.toLocalDate(), 5) : null,
					row.discrepancy ? "{QUANTITY}" : null, row.discrepancy ? "接受人称重少于联单所载（演示数据）" : null,
					row.discrepancy ? "ACCEPTED" : null, received ? row.method : null, row.closed, "demo", now));
			carriers.add(Arrays.asList(id, 1, row.carrier, row.vehicle, pickedUp,
					DemoRoutes.distance(row.originRegion, row.destinationRegion),
					DemoRoutes.route(row.originRegion, row.destinationRegion)));
			signatures.add(signature(id, 0, "SENDER", row.senderEnterprise, issued, row));
			signatures.add(signature(id, 1, "CARRIER", row.carrierEnterprise, pickedUp, row));
			if (received) {
				signatures.add(signature(id, 2, "RECEIVER", row.receiverEnterprise, row.received, row));
			}
			id++;
		}
		CsvCopy.copyIn(this.dataSource,
				"""
						COPY waste.manifest (id, number, state, sender_enterprise_id, sender_site_id, origin_region,
						    receiver_enterprise_id, receiver_licence_id, destination_region, consignor_enterprise_id, waste_code,
						    waste_name, hazard, form, packaging, package_count, quantity_t, emergency_measures, planned_on,
						    issued_at, delivered_at, received_at, received_on, received_quantity_t, due_on, discrepancy_kinds,
						    discrepancy_note, discrepancy_decision, treatment_method, closed_at, created_by, created_at)
						FROM STDIN (FORMAT csv)""",
				manifests);
		CsvCopy.copyIn(this.dataSource, """
				COPY waste.manifest_carrier (manifest_id, position, carrier_id, vehicle_id, picked_up_at, distance_km,
				    route) FROM STDIN (FORMAT csv)""", carriers);
		CsvCopy.copyIn(this.dataSource,
				"""
						COPY waste.manifest_signature (manifest_id, version, position, role, enterprise_id, signed_by, signed_at,
						    content, content_sha256) FROM STDIN (FORMAT csv)""",
				signatures);
		this.jdbc.sql("SELECT setval(pg_get_serial_sequence('waste.manifest', 'id'), :last)")
			.param("last", id - 1)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				INSERT INTO waste.manifest_serial (prefecture, year, last)
				SELECT substring(number FROM 5 FOR 4), substring(number FROM 1 FOR 4)::int,
				       max(substring(number FROM 9 FOR 6)::int)
				FROM waste.manifest WHERE created_by = 'demo' GROUP BY 1, 2
				ON CONFLICT (prefecture, year) DO UPDATE SET last = greatest(waste.manifest_serial.last, excluded.last)
				""").update();
	}

	private static List<?> signature(long id, int position, String role, long enterprise, OffsetDateTime at,
			DemoManifestRow row) {
		String content = "{\"manifest\":{\"number\":\"%s\",\"quantityT\":\"%s\",\"wasteCode\":\"%s\"},\"role\":\"%s\",\"signedAt\":\"%s\"}"
			.formatted(row.number, plain(row.quantity), row.code, role, at.toInstant());
		return Arrays.asList(id, 1, position, role, enterprise, "demo", at, content, sha256(content));
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
