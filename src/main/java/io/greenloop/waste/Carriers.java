package io.greenloop.waste;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiPredicate;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.waste.SiteCommands.AddVehicle;
import io.greenloop.waste.SiteCommands.RegisterCarrier;
import io.greenloop.waste.SiteViews.CarrierView;
import io.greenloop.waste.SiteViews.VehicleView;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.persistence.CarrierRepository;
import io.greenloop.waste.persistence.CarrierRepository.CarrierRow;
import io.greenloop.waste.persistence.EnterpriseRepository.EnterpriseRow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carriers (承运人): enterprises holding a 道路危险货物运输 permit (道路运输经营许可证), with their vehicles
 * and each vehicle's 道路运输证, which the carrier records on a transfer manifest (危险废物转移管理办法
 * 部令第23号 第十一条). Read like enterprises; written by administrators and reviewers in scope.
 */
@Service
public class Carriers {

	private final CarrierRepository carriers;

	private final Registry registry;

	private final RegistryRules rules;

	private final EnterpriseAccess access;

	private final CurrentAccount account;

	private final RegistryAudit audit;

	Carriers(CarrierRepository carriers, Registry registry, RegistryRules rules, EnterpriseAccess access,
			CurrentAccount account, RegistryAudit audit) {
		this.audit = audit;
		this.carriers = carriers;
		this.registry = registry;
		this.rules = rules;
		this.access = access;
		this.account = account;
	}

	/** The carriers the caller may read, by name. */
	public List<CarrierView> list() {
		BiPredicate<Long, String> readable = this.access.readable(this.account.scope());
		return this.carriers.all()
			.stream()
			.filter(row -> readable.test(row.enterpriseId(), row.regionCode()))
			.map(this::view)
			.toList();
	}

	/** The carrier record of an enterprise the caller may read, if it is one. */
	public java.util.Optional<CarrierView> ofEnterprise(long enterpriseId) {
		this.registry.readable(enterpriseId);
		return this.carriers.ofEnterprise(enterpriseId).map(this::view);
	}

	public CarrierView get(long id) {
		CarrierRow row = readable(id);
		return view(row);
	}

	@Transactional
	public CarrierView register(RegisterCarrier command) {
		DataScope scope = this.account.scope();
		if (command.enterpriseId() == null) {
			throw new InvalidInputException("enterpriseId", "The enterpriseId of the carrier is required");
		}
		EnterpriseRow enterprise = this.registry.readable(command.enterpriseId());
		this.rules.checkWrites(scope, enterprise.regionCode());
		String permit = RegistryRules.required("permitNumber", command.permitNumber());
		validTo("permitValidTo", command.permitValidTo());
		if (this.carriers.ofEnterprise(enterprise.id()).isPresent()) {
			throw new DuplicateRegistrationException("enterpriseId",
					"Enterprise " + enterprise.id() + " is already registered as a carrier");
		}
		if (this.carriers.permitTaken(permit)) {
			throw new DuplicateRegistrationException("permitNumber", "Permit " + permit + " is already recorded");
		}
		long id = this.carriers.insert(enterprise.id(), permit, command.permitValidTo());
		this.audit.changed("carrier " + permit, "registered enterprise " + enterprise.id()
				+ " as a carrier, permit valid to " + command.permitValidTo(), enterprise.regionCode());
		return get(id);
	}

	@Transactional
	public CarrierView addVehicle(long carrierId, AddVehicle command) {
		CarrierRow carrier = readable(carrierId);
		this.rules.checkWrites(this.account.scope(), carrier.regionCode());
		String plate = RegistryRules.required("plate", command.plate()).toUpperCase(java.util.Locale.ROOT);
		String permit = RegistryRules.required("permitNumber", command.permitNumber());
		validTo("permitValidTo", command.permitValidTo());
		if (this.carriers.plateTaken(plate)) {
			throw new DuplicateRegistrationException("plate", "Vehicle " + plate + " is already recorded");
		}
		this.carriers.insertVehicle(carrierId, plate, permit, command.permitValidTo());
		this.audit.changed("vehicle " + plate + " of carrier " + carrier.permitNumber(),
				"added, 道路运输证 " + permit + " valid to " + command.permitValidTo(), carrier.regionCode());
		return get(carrierId);
	}

	private CarrierRow readable(long id) {
		CarrierRow row = this.carriers.find(id).orElseThrow(() -> new UnknownEnterpriseException("carrier", id));
		this.access.checkReads(this.account.scope(), row.enterpriseId(), row.regionCode());
		return row;
	}

	private static void validTo(String field, LocalDate date) {
		if (date == null) {
			throw new InvalidInputException(field, "The permit's last day of validity is required");
		}
	}

	private CarrierView view(CarrierRow row) {
		List<VehicleView> vehicles = this.carriers.vehicles(row.id())
			.stream()
			.map(v -> new VehicleView(v.id(), v.carrierId(), v.plate(), v.permitNumber(), v.permitValidTo()))
			.toList();
		return new CarrierView(row.id(), row.enterpriseId(), row.enterpriseName(), row.permitNumber(),
				row.permitValidTo(), vehicles);
	}

}
