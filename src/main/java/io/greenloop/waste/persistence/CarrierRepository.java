package io.greenloop.waste.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Carriers (承运人), their vehicles, and the accounts acting for enterprises. */
@Repository
public class CarrierRepository {

	private final JdbcClient jdbc;

	public CarrierRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A carrier row with its enterprise's name and region. */
	public record CarrierRow(long id, long enterpriseId, String enterpriseName, String regionCode, String permitNumber,
			LocalDate permitValidTo) {
	}

	/** A vehicle row. */
	public record VehicleRow(long id, long carrierId, String plate, String permitNumber, LocalDate permitValidTo) {
	}

	private static final String SELECT = """
			SELECT c.id, c.enterprise_id, e.name AS enterprise_name, e.region_code, c.permit_number, c.permit_valid_to
			FROM waste.carrier c JOIN waste.enterprise e ON e.id = c.enterprise_id
			""";

	public List<CarrierRow> all() {
		return this.jdbc.sql(SELECT + " ORDER BY e.name, c.id").query(CarrierRow.class).list();
	}

	public Optional<CarrierRow> find(long id) {
		return this.jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(CarrierRow.class).optional();
	}

	public Optional<CarrierRow> ofEnterprise(long enterpriseId) {
		return this.jdbc.sql(SELECT + " WHERE c.enterprise_id = :id")
			.param("id", enterpriseId)
			.query(CarrierRow.class)
			.optional();
	}

	public boolean permitTaken(String permitNumber) {
		return this.jdbc.sql("SELECT count(*) FROM waste.carrier WHERE permit_number = :number")
			.param("number", permitNumber)
			.query(Long.class)
			.single() > 0;
	}

	public long insert(long enterpriseId, String permitNumber, LocalDate validTo) {
		return this.jdbc.sql("""
				INSERT INTO waste.carrier (enterprise_id, permit_number, permit_valid_to)
				VALUES (:enterprise, :number, :to) RETURNING id
				""")
			.param("enterprise", enterpriseId)
			.param("number", permitNumber)
			.param("to", validTo)
			.query(Long.class)
			.single();
	}

	public List<VehicleRow> vehicles(long carrierId) {
		return this.jdbc.sql("""
				SELECT id, carrier_id, plate, permit_number, permit_valid_to FROM waste.vehicle
				WHERE carrier_id = :carrier ORDER BY plate
				""").param("carrier", carrierId).query(VehicleRow.class).list();
	}

	public boolean plateTaken(String plate) {
		return this.jdbc.sql("SELECT count(*) FROM waste.vehicle WHERE plate = :plate")
			.param("plate", plate)
			.query(Long.class)
			.single() > 0;
	}

	public long insertVehicle(long carrierId, String plate, String permitNumber, LocalDate validTo) {
		return this.jdbc.sql("""
				INSERT INTO waste.vehicle (carrier_id, plate, permit_number, permit_valid_to)
				VALUES (:carrier, :plate, :number, :to) RETURNING id
				""")
			.param("carrier", carrierId)
			.param("plate", plate)
			.param("number", permitNumber)
			.param("to", validTo)
			.query(Long.class)
			.single();
	}

	public List<String> members(long enterpriseId) {
		return this.jdbc.sql("SELECT username FROM waste.enterprise_member WHERE enterprise_id = :id ORDER BY username")
			.param("id", enterpriseId)
			.query(String.class)
			.list();
	}

	public Optional<VehicleRow> vehicle(long id) {
		return this.jdbc
			.sql("SELECT id, carrier_id, plate, permit_number, permit_valid_to FROM waste.vehicle WHERE id = :id")
			.param("id", id)
			.query(VehicleRow.class)
			.optional();
	}

	/** Sets the last day of validity of a carrier's 道路危险货物运输 permit. */
	public void updatePermitValidTo(long carrierId, LocalDate validTo) {
		this.jdbc.sql("UPDATE waste.carrier SET permit_valid_to = :to WHERE id = :id")
			.param("to", validTo)
			.param("id", carrierId)
			.update();
	}

	/** Sets the last day of validity of a vehicle's 道路运输证. */
	public void updateVehicleValidTo(long vehicleId, LocalDate validTo) {
		this.jdbc.sql("UPDATE waste.vehicle SET permit_valid_to = :to WHERE id = :id")
			.param("to", validTo)
			.param("id", vehicleId)
			.update();
	}

}
