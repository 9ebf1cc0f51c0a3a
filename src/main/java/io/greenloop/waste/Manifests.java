package io.greenloop.waste;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.shared.RegionCode;
import io.greenloop.waste.ManifestCommands.CarrierLeg;
import io.greenloop.waste.ManifestCommands.DraftManifest;
import io.greenloop.waste.ManifestViews.ManifestSummary;
import io.greenloop.waste.ManifestViews.ManifestView;
import io.greenloop.waste.domain.Edition;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.ManifestState;
import io.greenloop.waste.domain.TripTimes;
import io.greenloop.waste.domain.UnknownManifestException;
import io.greenloop.waste.domain.WasteCode;
import io.greenloop.waste.persistence.ManifestRepository;
import io.greenloop.waste.persistence.ManifestRepository.ManifestRow;
import io.greenloop.waste.persistence.ManifestRepository.NewManifest;
import io.greenloop.waste.persistence.TransferApprovalRepository;
import io.greenloop.waste.persistence.TransferPartyRepository;
import io.greenloop.waste.persistence.TransferPartyRepository.CarrierParty;
import io.greenloop.waste.persistence.TransferPartyRepository.LicenceParty;
import io.greenloop.waste.persistence.TransferPartyRepository.SiteParty;
import io.greenloop.waste.persistence.TransferPartyRepository.VehicleParty;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Electronic transfer manifests (危险废物电子转移联单, 危险废物转移管理办法 第七条): drafted by the 移出人 for one
 * trip of one waste (第十六条) from one of its sites to a licensed 接受人, with one or more 承运人
 * in order; read by their parties and by the regulators of the sender's and the
 * receiver's regions. The steps after the draft are {@link ManifestSteps} and
 * {@link ManifestReceipts}.
 */
@Service
public class Manifests {

	private final ManifestRepository manifests;

	private final TransferPartyRepository parties;

	private final TransferApprovalRepository approvals;

	private final ManifestAccess access;

	private final ManifestViewer viewer;

	private final WasteCatalogue catalogue;

	private final WorkingDays workingDays;

	private final CurrentAccount account;

	private final Clock clock;

	private final ManifestLedger ledger;

	Manifests(ManifestRepository manifests, TransferPartyRepository parties, TransferApprovalRepository approvals,
			ManifestAccess access, ManifestViewer viewer, WasteCatalogue catalogue, WorkingDays workingDays,
			CurrentAccount account, Clock clock, ManifestLedger ledger) {
		this.ledger = ledger;
		this.manifests = manifests;
		this.parties = parties;
		this.approvals = approvals;
		this.access = access;
		this.viewer = viewer;
		this.catalogue = catalogue;
		this.workingDays = workingDays;
		this.account = account;
		this.clock = clock;
	}

	/** The manifests the caller sees, newest first, in a state (null: any). */
	public List<ManifestSummary> list(String state) {
		DataScope scope = this.account.scope();
		List<ManifestRow> rows = EnterpriseAccess.enterpriseOnly(scope)
				? this.manifests.list(new ArrayList<>(this.access.actsFor(scope)), null, state, 500) : this.manifests
					.list(null, scope.isAdmin() ? "" : RegionCode.of(scope.regionCode()).scopePrefix(), state, 500);
		return rows.stream().map(ManifestViewer::summary).toList();
	}

	public ManifestView get(long id) {
		ManifestRow row = this.manifests.find(id).orElseThrow(() -> new UnknownManifestException("manifest", id));
		this.access.checkReads(this.account.scope(), row, this.manifests.carriers(id));
		return this.viewer.view(id);
	}

	/**
	 * What the draft form offers: the caller's sites, licences valid today, carriers with
	 * vehicles.
	 */
	public record DraftChoices(List<TransferPartyRepository.Choice> sites,
			List<TransferPartyRepository.Choice> licences, List<TransferPartyRepository.Choice> carriers) {
	}

	public DraftChoices draftChoices() {
		List<Long> mine = new ArrayList<>(this.access.actsFor(this.account.scope()));
		return new DraftChoices(this.parties.sitesOf(mine), this.parties.licencesValidOn(LocalDate.now(this.clock)),
				this.parties.carrierVehicles());
	}

	/**
	 * The steps the caller may take on the manifest now, as the party whose step it is
	 * (ISSUE, PICK_UP, HAND_OVER, DELIVER, RECEIVE, DECIDE, CLOSE), for the pages' forms.
	 */
	public Set<String> stepsFor(ManifestView m) {
		Set<Long> mine = this.access.actsFor(this.account.scope());
		Set<String> steps = new java.util.LinkedHashSet<>();
		if (m.openCorrection() != null) {
			return steps;
		}
		boolean sender = mine.contains(m.sender().enterpriseId());
		boolean receiver = mine.contains(m.receiver().enterpriseId());
		var next = m.carriers().stream().filter(c -> c.pickedUpAt() == null).findFirst();
		var last = m.carriers().get(m.carriers().size() - 1);
		switch (ManifestState.valueOf(m.state())) {
			case DRAFT, PAPER -> addIf(steps, sender, "ISSUE");
			case ISSUED -> addIf(steps, mine.contains(m.carriers().get(0).enterpriseId()), "PICK_UP");
			case IN_TRANSIT -> {
				next.ifPresent(c -> addIf(steps, mine.contains(c.enterpriseId()), "HAND_OVER"));
				addIf(steps, next.isEmpty() && mine.contains(last.enterpriseId()), "DELIVER");
			}
			case DELIVERED -> addIf(steps, receiver, "RECEIVE");
			case DISCREPANCY -> addIf(steps, receiver, "DECIDE");
			case RECEIVED -> addIf(steps, receiver, "CLOSE");
			default -> {
			}
		}
		return steps;
	}

	private static void addIf(Set<String> steps, boolean condition, String step) {
		if (condition) {
			steps.add(step);
		}
	}

	/**
	 * Drafts a manifest; only an account acting for the sending site's enterprise may.
	 */
	@Transactional
	public ManifestView draft(DraftManifest command) {
		DataScope scope = this.account.scope();
		SiteParty site = this.parties.site(required("senderSiteId", command.senderSiteId()))
			.orElseThrow(() -> new InvalidInputException("senderSiteId", "Unknown site " + command.senderSiteId()));
		this.access.checkActsAs(scope, site.enterpriseId(), "移出人");
		LicenceParty licence = this.parties.licence(required("receiverLicenceId", command.receiverLicenceId()))
			.orElseThrow(() -> new InvalidInputException("receiverLicenceId",
					"Unknown licence " + command.receiverLicenceId()));
		LocalDate today = LocalDate.now(this.clock);
		LocalDate planned = required("plannedOn", command.plannedOn());
		boolean paper = Boolean.TRUE.equals(command.paper());
		LocalDate dueOn = paper ? backfillDue(command.completedOn(), planned, today) : null;
		String code = wasteCode(command.wasteCode(), planned);
		BigDecimal quantity = command.quantityTonnes();
		if (quantity == null || quantity.signum() <= 0) {
			throw new InvalidInputException("quantityTonnes", "The quantity (t) must be greater than zero");
		}
		if (command.packageCount() != null && command.packageCount() <= 0) {
			throw new InvalidInputException("packageCount", "The number of packages must be greater than zero");
		}
		List<CarrierLeg> legs = legs(command.carriers());
		long consignor = command.consignorEnterpriseId() == null ? site.enterpriseId()
				: command.consignorEnterpriseId();
		long id = this.manifests.insert(new NewManifest(paper ? ManifestState.PAPER.name() : ManifestState.DRAFT.name(),
				paper, paper ? command.completedOn() : null, site.enterpriseId(), site.siteId(), site.regionCode(),
				licence.enterpriseId(), licence.id(), licence.holderRegion(), consignor, code,
				RegistryRules.required("wasteName", command.wasteName()), command.hazard(), command.form(),
				command.packaging(), command.packageCount(), quantity, command.emergencyMeasures(), planned, dueOn,
				scope.username(), this.clock.instant(), approval(command.approvalId())));
		for (int i = 0; i < legs.size(); i++) {
			CarrierLeg leg = legs.get(i);
			this.manifests.insertCarrier(id, i + 1, leg.carrierId(), leg.vehicleId(), leg.handoverPlace(),
					TripTimes.distance("carriers[" + i + "].distanceKm", leg.distanceKm()),
					TripRoutes.route("carriers[" + i + "].route", leg.route()));
		}
		if (command.sourceBatchCode() != null && !command.sourceBatchCode().isBlank()) {
			this.ledger.link(id, site.siteId(), code, command.sourceBatchCode());
		}
		this.manifests.addEvent(id, this.clock.instant(), paper ? "PAPER_RECORDED" : "DRAFTED",
				paper ? ManifestState.PAPER.name() : ManifestState.DRAFT.name(), scope.username(), null);
		return this.viewer.view(id);
	}

	/**
	 * A paper manifest is back-filled within ten working days of the transfer's
	 * completion (第二十条第二款).
	 */
	private LocalDate backfillDue(LocalDate completedOn, LocalDate planned, LocalDate today) {
		if (completedOn == null) {
			throw new InvalidInputException("completedOn", "A paper manifest gives the day the transfer was completed");
		}
		if (completedOn.isAfter(today) || completedOn.isBefore(planned)) {
			throw new InvalidInputException("completedOn", "The transfer was completed (" + completedOn
					+ ") after its start (" + planned + ") and not after today (" + today + ")");
		}
		return this.workingDays.addWorkingDays(completedOn, 10);
	}

	private Long approval(Long id) {
		if (id != null && this.approvals.find(id).isEmpty()) {
			throw new InvalidInputException("approvalId", "Unknown cross-province approval " + id);
		}
		return id;
	}

	private String wasteCode(String text, LocalDate day) {
		WasteCode code;
		try {
			code = WasteCode.of(text == null ? "" : text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("wasteCode", ex.getMessage());
		}
		EditionInForce inForce = this.catalogue.inForce(day);
		Edition edition = Optional.ofNullable(inForce.used())
			.orElseThrow(
					() -> new InvalidInputException("plannedOn", "No edition of the 国家危险废物名录 is in force on " + day));
		if (edition.entries().stream().noneMatch(entry -> entry.code().equals(code))) {
			throw new InvalidInputException("wasteCode",
					"Waste code " + code + " is not listed in the 国家危险废物名录 in force on " + day + " (checked against "
							+ inForce.checkedAgainst() + ")");
		}
		return code.value();
	}

	private List<CarrierLeg> legs(List<CarrierLeg> given) {
		if (given == null || given.isEmpty()) {
			throw new InvalidInputException("carriers", "A manifest names at least one carrier (承运人) with its vehicle");
		}
		Set<Long> seen = new java.util.HashSet<>();
		for (int i = 0; i < given.size(); i++) {
			CarrierLeg leg = given.get(i);
			String field = "carriers[" + i + "]";
			CarrierParty carrier = this.parties.carrier(required(field + ".carrierId", leg.carrierId()))
				.orElseThrow(
						() -> new InvalidInputException(field + ".carrierId", "Unknown carrier " + leg.carrierId()));
			VehicleParty vehicle = this.parties.vehicle(required(field + ".vehicleId", leg.vehicleId()))
				.orElseThrow(
						() -> new InvalidInputException(field + ".vehicleId", "Unknown vehicle " + leg.vehicleId()));
			if (vehicle.carrierId() != carrier.id()) {
				throw new InvalidInputException(field + ".vehicleId",
						"Vehicle " + vehicle.plate() + " is not one of carrier " + carrier.id() + "'s");
			}
			if (i > 0 && (leg.handoverPlace() == null || leg.handoverPlace().isBlank())) {
				throw new InvalidInputException(field + ".handoverPlace",
						"A later carrier names where it takes over (联运, 第十七条)");
			}
			TripTimes.distance(field + ".distanceKm", leg.distanceKm());
			TripRoutes.route(field + ".route", leg.route());
			if (!seen.add(carrier.id()) && given.get(i - 1).carrierId().equals(carrier.id())) {
				throw new InvalidInputException(field + ".carrierId", "A carrier does not hand over to itself");
			}
		}
		return given;
	}

	private static <T> T required(String field, T value) {
		if (value == null) {
			throw new InvalidInputException(field, "The " + field + " is required");
		}
		return value;
	}

}
