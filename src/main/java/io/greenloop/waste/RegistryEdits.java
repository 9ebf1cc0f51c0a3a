package io.greenloop.waste;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.identity.Role;
import io.greenloop.waste.domain.IndustryCode;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.persistence.CarrierRepository;
import io.greenloop.waste.persistence.CarrierRepository.CarrierRow;
import io.greenloop.waste.persistence.CarrierRepository.VehicleRow;
import io.greenloop.waste.persistence.EnterpriseRepository;
import io.greenloop.waste.persistence.EnterpriseRepository.EnterpriseRow;
import io.greenloop.waste.persistence.SiteRepository;
import io.greenloop.waste.persistence.SiteRepository.ContactRow;
import io.greenloop.waste.persistence.SiteRepository.FacilityRow;
import io.greenloop.waste.persistence.SiteRepository.SiteRecord;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections of registry records, validated as when they were created, each kept in the
 * audit log ({@link io.greenloop.waste.events.RegistryChanged}) with the fields that
 * changed:
 * <ul>
 * <li>an enterprise's name and region, and a site's name, address, region and industry
 * (GB/T 4754—2017): administrators and reviewers whose scope covers both the old and the
 * new region, as for registration. The 统一社会信用代码 (GB 32100) is the enterprise's identity
 * and is never changed;</li>
 * <li>a facility's name, kind, type and capacity (HJ 1259—2022 §5.4.2, 附录 A.2; its code
 * stays) and a contact: those who keep the enterprise's records (its members,
 * administrators and reviewers in scope), as for adding them;</li>
 * <li>the validity of a carrier's 道路危险货物运输 permit and of a vehicle's 道路运输证 (危险废物转移管理办法
 * 部令第23号 第十一条): the carrier's own members, administrators and reviewers in scope.</li>
 * </ul>
 * Each method returns the enterprise concerned. Nothing is written when a field is
 * refused.
 */
@Service
public class RegistryEdits {

	/**
	 * Corrects an enterprise's registry entry.
	 *
	 * @param name the registered name
	 * @param regionCode the region (GB/T 2260) where it is registered
	 */
	public record EditEnterprise(String name, String regionCode) {
	}

	/**
	 * Corrects a production site.
	 *
	 * @param name its name, unique within the enterprise
	 * @param address its address, optional
	 * @param regionCode its region (GB/T 2260)
	 * @param industryCode its industry (GB/T 4754—2017)
	 */
	public record EditSite(String name, String address, String regionCode, String industryCode) {
	}

	/**
	 * Corrects a facility (its code stays).
	 *
	 * @param capacityTonnes t for storage, t/a for utilisation and disposal; required but
	 * for PRODUCTION
	 */
	public record EditFacility(String name, String kind, String type, BigDecimal capacityTonnes) {
	}

	/** Corrects a contact: role LEGAL/ENVIRONMENT/LEDGER/EMERGENCY, phone or e-mail. */
	public record EditContact(String role, String name, String phone, String email) {
	}

	private final EnterpriseRepository enterprises;

	private final SiteRepository sites;

	private final CarrierRepository carriers;

	private final Registry registry;

	private final Sites siteService;

	private final RegistryRules rules;

	private final EnterpriseAccess access;

	private final CurrentAccount account;

	private final RegistryAudit audit;

	RegistryEdits(EnterpriseRepository enterprises, SiteRepository sites, CarrierRepository carriers, Registry registry,
			Sites siteService, RegistryRules rules, EnterpriseAccess access, CurrentAccount account,
			RegistryAudit audit) {
		this.enterprises = enterprises;
		this.sites = sites;
		this.carriers = carriers;
		this.registry = registry;
		this.siteService = siteService;
		this.rules = rules;
		this.access = access;
		this.account = account;
		this.audit = audit;
	}

	/**
	 * Whether the caller may change the registry entries (enterprise, sites, parks,
	 * carriers, members) of a region: administrators and reviewers whose scope covers it.
	 */
	public boolean changesRegistry(String regionCode) {
		DataScope scope = this.account.scope();
		return (scope.isAdmin() || scope.has(Role.REVIEWER)) && scope.sees(regionCode);
	}

	@Transactional
	public long editEnterprise(long enterpriseId, EditEnterprise command) {
		DataScope scope = this.account.scope();
		EnterpriseRow row = this.registry.readable(enterpriseId);
		this.rules.checkWrites(scope, row.regionCode());
		String name = RegistryRules.required("name", command.name());
		String region = this.rules.region("regionCode", command.regionCode()).code();
		this.rules.checkWrites(scope, region);
		RegistryAudit.Diff diff = new RegistryAudit.Diff().field("name", row.name(), name)
			.field("region", row.regionCode(), region);
		if (!diff.isEmpty()) {
			this.enterprises.update(enterpriseId, name, region);
			this.audit.changed("enterprise " + enterpriseId + " (" + row.creditCode() + ")", diff.toString(), region);
		}
		return enterpriseId;
	}

	@Transactional
	public long editSite(long siteId, EditSite command) {
		DataScope scope = this.account.scope();
		SiteRecord site = this.siteService.readable(siteId);
		this.rules.checkWrites(scope, site.enterpriseRegion());
		String name = RegistryRules.required("name", command.name());
		String region = this.rules.region("regionCode", command.regionCode()).code();
		this.rules.checkWrites(scope, region);
		String industry;
		try {
			industry = IndustryCode.of(command.industryCode()).value();
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidInputException("industryCode",
					ex.getMessage() == null ? "The industryCode is required" : ex.getMessage());
		}
		if (this.enterprises.siteNameTakenByOther(site.enterpriseId(), siteId, name)) {
			throw new DuplicateRegistrationException("name", "The enterprise already has a site named " + name);
		}
		String address = command.address() == null || command.address().isBlank() ? null : command.address().strip();
		String oldAddress = this.enterprises.sites(site.enterpriseId())
			.stream()
			.filter(s -> s.id() == siteId)
			.findFirst()
			.map(EnterpriseRepository.SiteRow::address)
			.orElse(null);
		RegistryAudit.Diff diff = new RegistryAudit.Diff().field("name", site.name(), name)
			.field("address", oldAddress, address)
			.field("region", site.regionCode(), region)
			.field("industry", site.industryCode(), industry);
		if (!diff.isEmpty()) {
			this.enterprises.updateSite(siteId, name, address, region, industry);
			this.audit.changed("site " + siteId + " of enterprise " + site.enterpriseId(), diff.toString(),
					site.enterpriseRegion());
		}
		return site.enterpriseId();
	}

	@Transactional
	public long editFacility(long facilityId, EditFacility command) {
		FacilityRow facility = this.sites.facility(facilityId)
			.orElseThrow(() -> new UnknownEnterpriseException("facility", facilityId));
		SiteRecord site = this.siteService.readable(facility.siteId());
		this.access.checkWrites(this.account.scope(), site.enterpriseId(), site.enterpriseRegion());
		String name = RegistryRules.required("name", command.name());
		String kind = Sites.oneOf("kind", command.kind(), Sites.FACILITY_KINDS);
		BigDecimal capacity = Sites.capacity(kind, command.capacityTonnes());
		String type = command.type() == null || command.type().isBlank() ? null : command.type().strip();
		RegistryAudit.Diff diff = new RegistryAudit.Diff().field("name", facility.name(), name)
			.field("kind", facility.kind(), kind)
			.field("type", facility.type(), type)
			.field("capacity", facility.capacityT(), capacity);
		if (!diff.isEmpty()) {
			this.sites.updateFacility(facilityId, name, kind, type, capacity);
			this.audit.changed("facility " + facility.code() + " of site " + site.id(), diff.toString(),
					site.enterpriseRegion());
		}
		return site.enterpriseId();
	}

	@Transactional
	public long editContact(long contactId, EditContact command) {
		ContactRow contact = this.sites.contact(contactId)
			.orElseThrow(() -> new UnknownEnterpriseException("contact", contactId));
		EnterpriseRow enterprise = this.registry.readable(contact.enterpriseId());
		this.access.checkWrites(this.account.scope(), enterprise.id(), enterprise.regionCode());
		String role = Sites.oneOf("role", command.role(), Sites.CONTACT_ROLES);
		String name = RegistryRules.required("name", command.name());
		String phone = strip(command.phone());
		String email = strip(command.email());
		Sites.reachable(phone, email);
		RegistryAudit.Diff diff = new RegistryAudit.Diff().field("role", contact.role(), role)
			.field("name", contact.name(), name)
			.field("phone", contact.phone(), phone)
			.field("email", contact.email(), email);
		if (!diff.isEmpty()) {
			this.sites.updateContact(contactId, role, name, phone, email);
			this.audit.changed("contact " + contactId + " of enterprise " + enterprise.id(), diff.toString(),
					enterprise.regionCode());
		}
		return enterprise.id();
	}

	/** Sets the last day of validity of a carrier's 道路危险货物运输 permit. */
	@Transactional
	public long editCarrierPermit(long carrierId, LocalDate permitValidTo) {
		CarrierRow carrier = writableCarrier(carrierId);
		validTo(permitValidTo);
		RegistryAudit.Diff diff = new RegistryAudit.Diff().field("permitValidTo", carrier.permitValidTo(),
				permitValidTo);
		if (!diff.isEmpty()) {
			this.carriers.updatePermitValidTo(carrierId, permitValidTo);
			this.audit.changed("carrier " + carrier.permitNumber(), diff.toString(), carrier.regionCode());
		}
		return carrier.enterpriseId();
	}

	/** Sets the last day of validity of a vehicle's 道路运输证. */
	@Transactional
	public long editVehiclePermit(long vehicleId, LocalDate permitValidTo) {
		VehicleRow vehicle = this.carriers.vehicle(vehicleId)
			.orElseThrow(() -> new UnknownEnterpriseException("vehicle", vehicleId));
		CarrierRow carrier = writableCarrier(vehicle.carrierId());
		validTo(permitValidTo);
		RegistryAudit.Diff diff = new RegistryAudit.Diff().field("permitValidTo", vehicle.permitValidTo(),
				permitValidTo);
		if (!diff.isEmpty()) {
			this.carriers.updateVehicleValidTo(vehicleId, permitValidTo);
			this.audit.changed("vehicle " + vehicle.plate() + " of carrier " + carrier.permitNumber(), diff.toString(),
					carrier.regionCode());
		}
		return carrier.enterpriseId();
	}

	/**
	 * What the caller may do with a carrier.
	 *
	 * @param addsVehicles add vehicles (administrators and reviewers in scope, as the
	 * API)
	 * @param editsPermits correct the validity of its permit and its vehicles' permits
	 */
	public record CarrierRights(boolean addsVehicles, boolean editsPermits) {
	}

	public CarrierRights rightsOn(long carrierId) {
		CarrierRow carrier = this.carriers.find(carrierId)
			.orElseThrow(() -> new UnknownEnterpriseException("carrier", carrierId));
		return new CarrierRights(changesRegistry(carrier.regionCode()),
				this.access.writes(this.account.scope(), carrier.enterpriseId(), carrier.regionCode()));
	}

	/**
	 * Whether the caller may register parks or carriers somewhere (administrators,
	 * reviewers).
	 */
	public boolean registersAnywhere() {
		DataScope scope = this.account.scope();
		return scope.isAdmin() || scope.has(Role.REVIEWER);
	}

	/** The carrier of a vehicle (no scope check: only after a checked call). */
	public long carrierOfVehicle(long vehicleId) {
		return this.carriers.vehicle(vehicleId)
			.orElseThrow(() -> new UnknownEnterpriseException("vehicle", vehicleId))
			.carrierId();
	}

	/** The enterprise of a facility (no scope check: only after a checked call). */
	public long enterpriseOfFacility(long facilityId) {
		FacilityRow facility = this.sites.facility(facilityId)
			.orElseThrow(() -> new UnknownEnterpriseException("facility", facilityId));
		return this.sites.find(facility.siteId()).orElseThrow().enterpriseId();
	}

	/** The enterprise of a contact (no scope check: only after a checked call). */
	public long enterpriseOfContact(long contactId) {
		return this.sites.contact(contactId)
			.orElseThrow(() -> new UnknownEnterpriseException("contact", contactId))
			.enterpriseId();
	}

	private CarrierRow writableCarrier(long carrierId) {
		CarrierRow carrier = this.carriers.find(carrierId)
			.orElseThrow(() -> new UnknownEnterpriseException("carrier", carrierId));
		DataScope scope = this.account.scope();
		this.access.checkReads(scope, carrier.enterpriseId(), carrier.regionCode());
		this.access.checkWrites(scope, carrier.enterpriseId(), carrier.regionCode());
		return carrier;
	}

	private static void validTo(LocalDate date) {
		if (date == null) {
			throw new InvalidInputException("permitValidTo", "The permit's last day of validity is required");
		}
	}

	private static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
