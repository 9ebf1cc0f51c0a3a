package io.greenloop.waste;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.waste.ManifestCommands.GiveRoute;
import io.greenloop.waste.ManifestViews.ManifestView;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.ManifestState;
import io.greenloop.waste.domain.ManifestStateException;
import io.greenloop.waste.domain.NotPermittedException;
import io.greenloop.waste.domain.TripTimes;
import io.greenloop.waste.persistence.ManifestRepository;
import io.greenloop.waste.persistence.ManifestRepository.CarrierRow;
import io.greenloop.waste.persistence.ManifestRepository.ManifestRow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The route of a manifest's legs (部令第23号 第十四条、第十六条: the 联单 carries the transport of each
 * 承运人 leg, from its start to its end, and the planned route): each leg's distance (运输里程)
 * and planned route (途经地). Before the manifest is issued, the 移出人 gives or changes any
 * leg's, and each 承运人 its own. After the issue the 移出人's signed copy is not changed: a
 * 承运人 may still give its own leg's route if none was given, until it picks up (its
 * signature at pick-up then covers it). The time the route needs is judged by
 * {@link TripClock}.
 */
@Service
public class TripRoutes {

	private static final int MAX_ROUTE_LENGTH = 500;

	private final ManifestRepository manifests;

	private final ManifestStepRules rules;

	private final ManifestAccess access;

	private final ManifestViewer viewer;

	private final CurrentAccount account;

	private final Clock clock;

	TripRoutes(ManifestRepository manifests, ManifestStepRules rules, ManifestAccess access, ManifestViewer viewer,
			CurrentAccount account, Clock clock) {
		this.manifests = manifests;
		this.rules = rules;
		this.access = access;
		this.viewer = viewer;
		this.account = account;
		this.clock = clock;
	}

	/** Gives the route of the leg at the position (1, 2, …). */
	@Transactional
	public ManifestView give(long id, int position, GiveRoute command) {
		DataScope scope = this.account.scope();
		ManifestRow m = this.rules.lockAndLoad(id);
		List<CarrierRow> carriers = this.manifests.carriers(id);
		this.access.checkReads(scope, m, carriers);
		CarrierRow leg = carriers.stream()
			.filter(c -> c.position() == position)
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("position",
					"Manifest " + id + " has no carrier leg " + position + " (it has " + carriers.size() + ")"));
		if (command == null || command.distanceKm() == null) {
			throw new InvalidInputException("distanceKm", "The route distance (运输里程, km) is required");
		}
		BigDecimal distance = TripTimes.distance("distanceKm", command.distanceKm());
		String route = route("route", command.route());
		checkMayGive(scope, m, leg);
		this.manifests.giveRoute(id, position, distance, route);
		this.manifests.addEvent(id, this.clock.instant(), "ROUTE_GIVEN", m.state(), scope.username(), "leg " + position
				+ ": " + distance.stripTrailingZeros().toPlainString() + " km" + (route == null ? "" : " · " + route));
		return this.viewer.view(id);
	}

	/**
	 * The positions of the legs whose route the caller may give now (for the page's
	 * form).
	 */
	public List<Integer> legsFor(ManifestView m) {
		if (m.openCorrection() != null) {
			return List.of();
		}
		ManifestState state = ManifestState.valueOf(m.state());
		boolean draft = state == ManifestState.DRAFT || state == ManifestState.PAPER;
		boolean open = state == ManifestState.ISSUED || state == ManifestState.IN_TRANSIT;
		var mine = this.access.actsFor(this.account.scope());
		boolean sender = mine.contains(m.sender().enterpriseId());
		return m.carriers()
			.stream()
			.filter(c -> draft ? sender || mine.contains(c.enterpriseId())
					: open && mine.contains(c.enterpriseId()) && c.pickedUpAt() == null && c.distanceKm() == null)
			.map(c -> c.position())
			.toList();
	}

	private void checkMayGive(DataScope scope, ManifestRow m, CarrierRow leg) {
		ManifestState state = ManifestStepRules.state(m);
		boolean draft = state == ManifestState.DRAFT || state == ManifestState.PAPER;
		boolean carrier = this.access.actsFor(scope).contains(leg.carrierEnterpriseId());
		boolean sender = this.access.actsFor(scope).contains(m.senderEnterpriseId());
		if (!(carrier || (draft && sender))) {
			throw new NotPermittedException(draft ? "Only the 移出人 or the leg's 承运人 gives a leg's route"
					: "After the issue only the leg's 承运人 gives its route");
		}
		if (draft) {
			return;
		}
		if (leg.pickedUpAt() != null || !(state == ManifestState.ISSUED || state == ManifestState.IN_TRANSIT)) {
			throw new ManifestStateException(
					"Carrier " + leg.position() + " has picked up already: its leg's route is in its signed copy");
		}
		if (leg.distanceKm() != null) {
			throw new ManifestStateException("Leg " + leg.position()
					+ "'s route is in the 移出人's signed copy; it is not changed after the issue");
		}
	}

	/** The planned route text, stripped (null when blank); at most 500 characters. */
	static String route(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		if (value.length() > MAX_ROUTE_LENGTH) {
			throw new InvalidInputException(field,
					"The planned route (途经地) is at most " + MAX_ROUTE_LENGTH + " characters");
		}
		return value;
	}

}
