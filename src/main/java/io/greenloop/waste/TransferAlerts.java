package io.greenloop.waste;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.identity.Role;
import io.greenloop.shared.RegionCode;
import io.greenloop.waste.domain.NotPermittedException;
import io.greenloop.waste.domain.TripAssessment;
import io.greenloop.waste.domain.TripTimes;
import io.greenloop.waste.domain.UnknownManifestException;
import io.greenloop.waste.persistence.TransferAlertRepository;
import io.greenloop.waste.persistence.TransferAlertRepository.AlertRow;
import io.greenloop.waste.persistence.TransferAlertRepository.Candidate;
import io.greenloop.waste.persistence.TransferAlertRepository.Trip;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regulator's queue of transfer anomalies. A daily check on the injected clock
 * raises, once per manifest and kind: UNCONFIRMED (the receiver has not confirmed within
 * five working days of delivery, 第十八条), BACKFILL_OVERDUE (a paper manifest not
 * back-filled within ten working days of completion, 第二十条), WEIGHT_DIFFERENCE (received
 * and sent quantities differ by more than
 * {@code greenloop.waste.transfer.weight-tolerance}, 5 % by default) and LONG_TRIP (the
 * trip from pick-up to delivery, or to now while in transit, takes far longer than its
 * route needs, {@link TripTimes}; without a distance for every leg, more than
 * {@code greenloop.waste.transfer.max-trip-hours}, 48 by default). A receiver's reported
 * difference raises DISCREPANCY at once (第十八条第二款: reported to the 接受地 authority).
 * Government accounts see the alerts of their region (the sender's or the receiver's);
 * administrators and reviewers close them.
 */
@Service
public class TransferAlerts {

	private final TransferAlertRepository alerts;

	private final CurrentAccount account;

	private final Clock clock;

	private final BigDecimal tolerance;

	private final TripClock trips;

	TransferAlerts(TransferAlertRepository alerts, CurrentAccount account, Clock clock,
			@Value("${greenloop.waste.transfer.weight-tolerance:0.05}") BigDecimal tolerance, TripClock trips) {
		this.alerts = alerts;
		this.account = account;
		this.clock = clock;
		this.tolerance = tolerance;
		this.trips = trips;
	}

	/** An alert of the queue. */
	public record TransferAlert(long id, long manifestId, String number, String kind, LocalDate raisedOn, String detail,
			String senderName, String receiverName, String closedBy, Instant closedAt) {
	}

	/** Runs the daily check now; the number of alerts raised. */
	@Scheduled(cron = "0 45 0 * * *", zone = "Asia/Shanghai")
	@Transactional
	public int runDailyCheck() {
		LocalDate today = LocalDate.now(this.clock);
		int raised = 0;
		for (Candidate c : this.alerts.unconfirmed(today)) {
			raised += raise(c.id(), "UNCONFIRMED", today,
					"Not confirmed by the receiver by " + c.dueOn() + " (five working days, 第十八条)");
		}
		for (Candidate c : this.alerts.backfillOverdue(today)) {
			raised += raise(c.id(), "BACKFILL_OVERDUE", today,
					"Paper manifest not back-filled by " + c.dueOn() + " (ten working days, 第二十条)");
		}
		for (Candidate c : this.alerts.weightDifferences(this.tolerance)) {
			raised += raise(c.id(), "WEIGHT_DIFFERENCE", today,
					"Sent " + plain(c.quantityT()) + " t, received " + plain(c.receivedQuantityT()) + " t: more than "
							+ this.tolerance.movePointRight(2).stripTrailingZeros().toPlainString() + " % apart");
		}
		TripTimes times = this.trips.times();
		BigDecimal least = times.minExcessHours().min(BigDecimal.valueOf(times.fixedMaxHours()));
		for (Trip t : this.alerts.tripsLongerThan(this.clock.instant(), least)) {
			TripAssessment trip = this.trips.assess(t.legDistances(), t.pickedUpAt(), t.deliveredAt());
			if (trip.over()) {
				raised += raise(t.id(), "LONG_TRIP", today, trip.describe(times));
			}
		}
		return raised;
	}

	/** The alerts of the caller's region, open first (government accounts). */
	public List<TransferAlert> list(boolean openOnly) {
		DataScope scope = regulator();
		return this.alerts.list(prefix(scope), openOnly).stream().map(TransferAlerts::view).toList();
	}

	/** Closes an alert (administrators and reviewers of the region). */
	@Transactional
	public TransferAlert close(long id) {
		DataScope scope = regulator();
		AlertRow alert = this.alerts.find(id).orElseThrow(() -> new UnknownManifestException("alert", id));
		if (!(scope.isAdmin() || scope.has(Role.REVIEWER))
				|| !(scope.sees(alert.originRegion()) || scope.sees(alert.destinationRegion()))) {
			throw new NotPermittedException("Only administrators and the reviewers of the region close an alert");
		}
		this.alerts.close(id, scope.username(), this.clock.instant());
		return view(this.alerts.find(id).orElseThrow());
	}

	private DataScope regulator() {
		DataScope scope = this.account.scope();
		if (EnterpriseAccess.enterpriseOnly(scope)) {
			throw new NotPermittedException("The transfer alerts are the regulators' queue");
		}
		return scope;
	}

	private static String prefix(DataScope scope) {
		return scope.isAdmin() ? "" : RegionCode.of(scope.regionCode()).scopePrefix();
	}

	private int raise(long manifestId, String kind, LocalDate today, String detail) {
		return this.alerts.raise(manifestId, kind, today, detail) ? 1 : 0;
	}

	private static TransferAlert view(AlertRow a) {
		return new TransferAlert(a.id(), a.manifestId(), a.number(), a.kind(), a.raisedOn(), a.detail(), a.senderName(),
				a.receiverName(), a.closedBy(), ManifestViewer.instant(a.closedAt()));
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
