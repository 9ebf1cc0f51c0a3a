package io.greenloop.waste.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registry as a transfer sees it: the sender's site, the receiver's licence, carriers
 * and vehicles with their permits, and the sender's filed management plans.
 */
@Repository
public class TransferPartyRepository {

	private final JdbcClient jdbc;

	public TransferPartyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record SiteParty(long siteId, long enterpriseId, String regionCode) {
	}

	public record LicenceParty(long id, long enterpriseId, String holderRegion, String number, LocalDate validFrom,
			LocalDate validTo, BigDecimal annualCapacityT) {
	}

	public record CarrierParty(long id, long enterpriseId, LocalDate permitValidTo) {
	}

	public record VehicleParty(long id, long carrierId, String plate, LocalDate permitValidTo) {
	}

	public Optional<SiteParty> site(long id) {
		return this.jdbc.sql("SELECT id AS site_id, enterprise_id, region_code FROM waste.site WHERE id = :id")
			.param("id", id)
			.query(SiteParty.class)
			.optional();
	}

	public Optional<LicenceParty> licence(long id) {
		return this.jdbc.sql("""
				SELECT l.id, l.enterprise_id, e.region_code AS holder_region, l.number, l.valid_from, l.valid_to,
				    l.annual_capacity_t
				FROM waste.licence l JOIN waste.enterprise e ON e.id = l.enterprise_id WHERE l.id = :id""")
			.param("id", id)
			.query(LicenceParty.class)
			.optional();
	}

	/**
	 * Locks the licence's row until the transaction ends, so two receipts under it never
	 * both pass the capacity check on the same total.
	 */
	public void lockLicence(long id) {
		this.jdbc.sql("SELECT id FROM waste.licence WHERE id = :id FOR UPDATE").param("id", id).query().listOfRows();
	}

	public boolean licencePermits(long licenceId, String wasteCode) {
		return this.jdbc.sql("SELECT count(*) FROM waste.licence_waste WHERE licence_id = :id AND waste_code = :code")
			.param("id", licenceId)
			.param("code", wasteCode)
			.query(Long.class)
			.single() > 0;
	}

	public Optional<CarrierParty> carrier(long id) {
		return this.jdbc.sql("SELECT id, enterprise_id, permit_valid_to FROM waste.carrier WHERE id = :id")
			.param("id", id)
			.query(CarrierParty.class)
			.optional();
	}

	public Optional<VehicleParty> vehicle(long id) {
		return this.jdbc.sql("SELECT id, carrier_id, plate, permit_valid_to FROM waste.vehicle WHERE id = :id")
			.param("id", id)
			.query(VehicleParty.class)
			.optional();
	}

	/** A choice on the draft form: an id and what the user reads. */
	public record Choice(String value, String label) {
	}

	/** The sites of the enterprises, as draft form choices. */
	public List<Choice> sitesOf(List<Long> enterprises) {
		if (enterprises.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT s.id::text AS value, e.name || ' · ' || s.name AS label
				FROM waste.site s JOIN waste.enterprise e ON e.id = s.enterprise_id
				WHERE s.enterprise_id IN (:ids) ORDER BY e.name, s.name""")
			.param("ids", enterprises)
			.query(Choice.class)
			.list();
	}

	/** The licences valid on the day, as choices. */
	public List<Choice> licencesValidOn(LocalDate day) {
		return this.jdbc.sql("""
				SELECT l.id::text AS value, e.name || ' · ' || l.number AS label
				FROM waste.licence l JOIN waste.enterprise e ON e.id = l.enterprise_id
				WHERE :day BETWEEN l.valid_from AND l.valid_to ORDER BY e.name, l.number""")
			.param("day", day)
			.query(Choice.class)
			.list();
	}

	/** Carriers with each of their vehicles ("carrier:vehicle"), as choices. */
	public List<Choice> carrierVehicles() {
		return this.jdbc.sql("""
				SELECT c.id || ':' || v.id AS value, e.name || ' · ' || v.plate AS label
				FROM waste.carrier c JOIN waste.enterprise e ON e.id = c.enterprise_id
				JOIN waste.vehicle v ON v.carrier_id = c.id ORDER BY e.name, v.plate""").query(Choice.class).list();
	}

}
