package io.greenloop.waste;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.greenloop.waste.domain.LedgerFacts;
import io.greenloop.waste.domain.LedgerStage;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a bulk load checks each row against, read once into memory (small tables): sites
 * with their enterprise, facilities by site and code, licences by number, and the
 * licences each enterprise holds. The rules are those of {@code LedgerRules}: facility of
 * the stage's kind (HJ 1259—2022 §6.3), receiver's licence valid, covering the code and
 * the treatment (§6.3.5), storage from a manifest only by a licence holder.
 */
final class LedgerBulkRegistry {

	private final Map<Long, Long> enterpriseOfSite = new HashMap<>();

	private final Map<Long, Map<String, String>> facilities = new HashMap<>();

	private final Map<String, LedgerFacts.Licence> licences = new HashMap<>();

	private final Map<Long, List<LedgerFacts.Licence>> licencesOfEnterprise = new HashMap<>();

	static LedgerBulkRegistry read(JdbcClient jdbc) {
		LedgerBulkRegistry registry = new LedgerBulkRegistry();
		jdbc.sql("SELECT id, enterprise_id FROM waste.site").query((ResultSet rs) -> {
			registry.enterpriseOfSite.put(rs.getLong(1), rs.getLong(2));
		});
		jdbc.sql("SELECT site_id, code, kind FROM waste.facility").query((ResultSet rs) -> {
			registry.facilities.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
				.put(rs.getString(2), rs.getString(3));
		});
		jdbc.sql("""
				SELECT l.enterprise_id, l.number, l.valid_from, l.valid_to, l.activities,
				    ARRAY(SELECT trim(w.waste_code) FROM waste.licence_waste w WHERE w.licence_id = l.id) AS codes
				FROM waste.licence l""").query((ResultSet rs) -> {
			LedgerFacts.Licence licence = new LedgerFacts.Licence(rs.getString("number"),
					rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
					strings(rs.getArray("codes")), strings(rs.getArray("activities")));
			registry.licences.put(licence.number(), licence);
			registry.licencesOfEnterprise.computeIfAbsent(rs.getLong("enterprise_id"), id -> new ArrayList<>())
				.add(licence);
		});
		return registry;
	}

	private static Set<String> strings(java.sql.Array array) throws java.sql.SQLException {
		return new HashSet<>(Arrays.asList((String[]) array.getArray()));
	}

	boolean hasSite(long site) {
		return this.enterpriseOfSite.containsKey(site);
	}

	/**
	 * What is wrong with the row's facility, receiver licence or manifest storage; null
	 * if nothing.
	 */
	String problem(long site, LedgerStage stage, String kind, String code, LocalDate date, String facility,
			String treatment, boolean fromManifest, String licenceNumber) {
		if (facility != null) {
			String facilityKind = this.facilities.getOrDefault(site, Map.of()).get(facility);
			if (facilityKind == null || !stage.facilityKinds().contains(facilityKind)
					|| stage == LedgerStage.OWN_TREATMENT && !facilityKind.equals(treatment)) {
				return "facility " + facility + " is no " + stage + " facility of site " + site;
			}
		}
		if (stage == LedgerStage.OFF_SITE && "HAZARDOUS".equals(kind)) {
			LedgerFacts.Licence licence = this.licences.get(licenceNumber);
			if (licence == null || date.isBefore(licence.validFrom()) || date.isAfter(licence.validTo())
					|| !licence.wasteCodes().contains(code) || !licence.activities().contains(treatment)) {
				return "licence " + licenceNumber + " is unknown, not valid on " + date + ", or does not cover " + code
						+ " or " + treatment;
			}
		}
		if (fromManifest && this.licencesOfEnterprise.getOrDefault(this.enterpriseOfSite.get(site), List.of())
			.stream()
			.noneMatch(licence -> !date.isBefore(licence.validFrom()) && !date.isAfter(licence.validTo()))) {
			return "storage from a manifest, but the site's enterprise holds no licence valid on " + date;
		}
		return null;
	}

}
