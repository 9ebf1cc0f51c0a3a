package io.greenloop.waste;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.waste.ManifestCommands.Close;
import io.greenloop.waste.ManifestCommands.Decide;
import io.greenloop.waste.ManifestCommands.Receive;
import io.greenloop.waste.ManifestCommands.Step;
import io.greenloop.waste.ManifestViews.StepResult;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.ManifestNumber;
import io.greenloop.waste.domain.ManifestState;
import io.greenloop.waste.domain.ManifestStateException;
import io.greenloop.waste.domain.TransferCheckFailedException;
import io.greenloop.waste.domain.TransferFinding;
import io.greenloop.waste.domain.UnknownManifestException;
import io.greenloop.waste.persistence.ManifestCorrectionRepository;
import io.greenloop.waste.persistence.ManifestRepository;
import io.greenloop.waste.persistence.ManifestRepository.CarrierRow;
import io.greenloop.waste.persistence.ManifestRepository.ManifestRow;
import io.greenloop.waste.persistence.TransferAlertRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a manifest after its draft, each by the party whose step it is, each
 * signed in order and none dated before the signature before it or after now:
 * <ul>
 * <li>issue by the 移出人: the checks, then the 14-digit number (第十五条) and its
 * signature;</li>
 * <li>pick-up by the first 承运人, handover to each later one at the agreed place (联运,
 * 第十七条), delivery by the last (第十一条第四项);</li>
 * <li>receipt by the 接受人 within five working days of delivery (第十八条第一款): confirmed after
 * the receipt checks, or a reported difference (第十八条第二款) it then accepts, keeping the
 * received quantity beside the sent one, or refuses;</li>
 * <li>closing with the treatment result (第十二条第四项).</li>
 * </ul>
 * Every step locks the manifest's row, so two steps never interleave.
 */
@Service
public class ManifestSteps {

	private static final java.util.Set<String> DISCREPANCY_KINDS = java.util.Set.of("QUANTITY", "TYPE", "FORM",
			"PACKAGING");

	private final ManifestRepository manifests;

	private final ManifestCorrectionRepository corrections;

	private final TransferAlertRepository alerts;

	private final ManifestAccess access;

	private final ManifestSignatures signatures;

	private final TransferChecks checks;

	private final ManifestViewer viewer;

	private final WorkingDays workingDays;

	private final CurrentAccount account;

	private final Clock clock;

	ManifestSteps(ManifestRepository manifests, ManifestCorrectionRepository corrections,
			TransferAlertRepository alerts, ManifestAccess access, ManifestSignatures signatures, TransferChecks checks,
			ManifestViewer viewer, WorkingDays workingDays, CurrentAccount account, Clock clock) {
		this.manifests = manifests;
		this.corrections = corrections;
		this.alerts = alerts;
		this.access = access;
		this.signatures = signatures;
		this.checks = checks;
		this.viewer = viewer;
		this.workingDays = workingDays;
		this.account = account;
		this.clock = clock;
	}

	/** The checks an issue would run now, without issuing (the sender's preview). */
	public StepResult check(long id) {
		ManifestRow m = load(id);
		List<CarrierRow> carriers = this.manifests.carriers(id);
		this.access.checkReads(this.account.scope(), m, carriers);
		return result(id, this.checks.atIssue(m, carriers));
	}

	@Transactional
	public StepResult issue(long id, Step step) {
		DataScope scope = this.account.scope();
		ManifestRow m = lockAndLoad(id);
		this.access.checkActsAs(scope, m.senderEnterpriseId(), "移出人");
		ManifestState.Step.ISSUE.checkFrom(state(m));
		Instant at = at(id, step == null ? null : step.at());
		List<CarrierRow> carriers = this.manifests.carriers(id);
		List<TransferFinding> findings = passOrThrow(this.checks.atIssue(m, carriers));
		LocalDate day = LocalDate.ofInstant(at, this.clock.getZone());
		String prefecture = ManifestNumber.prefecture(m.originRegion());
		ManifestNumber number = ManifestNumber.of(day.getYear(), m.originRegion(),
				this.manifests.nextSerial(prefecture, day.getYear()));
		this.manifests.issue(id, number.value(), at, null);
		this.signatures.sign(id, 0, "SENDER", m.senderEnterpriseId(), scope.username(), at);
		this.manifests.addEvent(id, at, "ISSUED", ManifestState.ISSUED.name(), scope.username(), number.value());
		return result(id, findings);
	}

	@Transactional
	public StepResult pickUp(long id, Step step) {
		DataScope scope = this.account.scope();
		ManifestRow m = lockAndLoad(id);
		CarrierRow first = this.manifests.carriers(id).get(0);
		this.access.checkActsAs(scope, first.carrierEnterpriseId(), "承运人 1");
		ManifestState.Step.PICK_UP.checkFrom(state(m));
		Instant at = at(id, step == null ? null : step.at());
		this.manifests.pickUp(id, 1, at, ManifestState.IN_TRANSIT.name());
		this.signatures.sign(id, 1, "CARRIER", first.carrierEnterpriseId(), scope.username(), at);
		this.manifests.addEvent(id, at, "PICKED_UP", ManifestState.IN_TRANSIT.name(), scope.username(), first.plate());
		return result(id, List.of());
	}

	/** The next carrier takes over (联运, 第十七条) after checking the manifest. */
	@Transactional
	public StepResult handOver(long id, Step step) {
		DataScope scope = this.account.scope();
		ManifestRow m = lockAndLoad(id);
		ManifestState.Step.HAND_OVER.checkFrom(state(m));
		CarrierRow next = this.manifests.carriers(id)
			.stream()
			.filter(c -> c.pickedUpAt() == null)
			.findFirst()
			.orElseThrow(() -> new ManifestStateException("Every carrier of the manifest has taken over already"));
		this.access.checkActsAs(scope, next.carrierEnterpriseId(), "承运人 " + next.position());
		Instant at = at(id, step == null ? null : step.at());
		this.manifests.pickUp(id, next.position(), at, ManifestState.IN_TRANSIT.name());
		this.signatures.sign(id, next.position(), "CARRIER", next.carrierEnterpriseId(), scope.username(), at);
		this.manifests.addEvent(id, at, "HANDED_OVER", ManifestState.IN_TRANSIT.name(), scope.username(),
				next.handoverPlace());
		return result(id, List.of());
	}

	/**
	 * The last carrier delivers to the receiver; the receiver's five working days (第十八条)
	 * run from the day of delivery (a paper manifest keeps its back-fill day).
	 */
	@Transactional
	public StepResult deliver(long id, Step step) {
		DataScope scope = this.account.scope();
		ManifestRow m = lockAndLoad(id);
		ManifestState.Step.DELIVER.checkFrom(state(m));
		List<CarrierRow> carriers = this.manifests.carriers(id);
		CarrierRow last = carriers.get(carriers.size() - 1);
		this.access.checkActsAs(scope, last.carrierEnterpriseId(), "承运人 " + last.position());
		if (last.pickedUpAt() == null) {
			throw new ManifestStateException("Carrier " + last.position() + " has not taken over yet (第十七条)");
		}
		Instant at = at(id, step == null ? null : step.at());
		LocalDate due = m.paper() ? m.dueOn()
				: this.workingDays.addWorkingDays(LocalDate.ofInstant(at, this.clock.getZone()), 5);
		this.manifests.deliver(id, at, due);
		this.manifests.addEvent(id, at, "DELIVERED", ManifestState.DELIVERED.name(), scope.username(), null);
		return result(id, List.of());
	}

	/**
	 * The receiver's check (第十八条): without a difference, the receipt checks and the
	 * confirmation; with one, the manifest waits for the receiver's decision, and the
	 * regulators of both regions see the difference at once.
	 */
	@Transactional
	public StepResult receive(long id, Receive command) {
		DataScope scope = this.account.scope();
		ManifestRow m = lockAndLoad(id);
		this.access.checkActsAs(scope, m.receiverEnterpriseId(), "接受人");
		ManifestState.Step.RECEIVE.checkFrom(state(m));
		Instant at = at(id, command.at());
		BigDecimal received = command.receivedQuantityTonnes();
		if (received == null || received.signum() < 0) {
			throw new InvalidInputException("receivedQuantityTonnes", "The received quantity (t) is required, ≥ 0");
		}
		LocalDate on = command.receivedOn() == null ? LocalDate.ofInstant(at, this.clock.getZone())
				: command.receivedOn();
		LocalDate delivered = LocalDate.ofInstant(m.deliveredAt().toInstant(), this.clock.getZone());
		if (on.isBefore(delivered) || on.isAfter(LocalDate.now(this.clock))) {
			throw new InvalidInputException("receivedOn",
					"The day received (" + on + ") is between delivery (" + delivered + ") and today");
		}
		String kinds = kinds(command.discrepancies());
		if (kinds == null) {
			List<TransferFinding> findings = passOrThrow(this.checks.atReceipt(m, on, received));
			this.manifests.receive(id, ManifestState.RECEIVED.name(), at, on, received, null, command.note(), null,
					command.treatmentMethod());
			this.signatures.sign(id, receiverPosition(id), "RECEIVER", m.receiverEnterpriseId(), scope.username(), at);
			this.manifests.addEvent(id, at, "RECEIVED", ManifestState.RECEIVED.name(), scope.username(), null);
			return result(id, findings);
		}
		this.manifests.receive(id, ManifestState.DISCREPANCY.name(), at, on, received, kinds, command.note(), null,
				command.treatmentMethod());
		this.manifests.addEvent(id, at, "DISCREPANCY_REPORTED", ManifestState.DISCREPANCY.name(), scope.username(),
				kinds + (command.note() == null ? "" : ": " + command.note()));
		this.alerts.raise(id, "DISCREPANCY", LocalDate.now(this.clock), "The receiver reports " + kinds + " differing"
				+ " (sent " + plain(m.quantityT()) + " t, received " + plain(received) + " t, 第十八条第二款)");
		return result(id, List.of());
	}

	/** The receiver accepts (the received quantity kept beside the sent) or refuses. */
	@Transactional
	public StepResult decide(long id, Decide command) {
		DataScope scope = this.account.scope();
		ManifestRow m = lockAndLoad(id);
		this.access.checkActsAs(scope, m.receiverEnterpriseId(), "接受人");
		ManifestState.Step.DECIDE.checkFrom(state(m));
		String decision = command.decision() == null ? "" : command.decision().strip().toUpperCase(Locale.ROOT);
		if (!decision.equals("ACCEPT") && !decision.equals("REJECT")) {
			throw new InvalidInputException("decision", "The decision is ACCEPT or REJECT (第十八条第二款)");
		}
		Instant at = at(id, command.at());
		boolean accept = decision.equals("ACCEPT");
		List<TransferFinding> findings = accept
				? passOrThrow(this.checks.atReceipt(m, m.receivedOn(), m.receivedQuantityT())) : List.of();
		ManifestState next = accept ? ManifestState.RECEIVED : ManifestState.REJECTED;
		this.manifests.receive(id, next.name(), m.receivedAt().toInstant(), m.receivedOn(), m.receivedQuantityT(),
				m.discrepancyKinds(), m.discrepancyNote(), accept ? "ACCEPTED" : "REJECTED", null);
		this.signatures.sign(id, receiverPosition(id), "RECEIVER", m.receiverEnterpriseId(), scope.username(), at);
		this.manifests.addEvent(id, at, accept ? "ACCEPTED" : "REJECTED", next.name(), scope.username(),
				command.note());
		return result(id, findings);
	}

	@Transactional
	public StepResult close(long id, Close command) {
		DataScope scope = this.account.scope();
		ManifestRow m = lockAndLoad(id);
		this.access.checkActsAs(scope, m.receiverEnterpriseId(), "接受人");
		ManifestState.Step.CLOSE.checkFrom(state(m));
		String method = RegistryRules.required("treatmentMethod", command.treatmentMethod());
		Instant at = at(id, command.at());
		this.manifests.close(id, at, method);
		this.manifests.addEvent(id, at, "CLOSED", ManifestState.CLOSED.name(), scope.username(), method);
		return result(id, List.of());
	}

	private ManifestRow load(long id) {
		return this.manifests.find(id).orElseThrow(() -> new UnknownManifestException("manifest", id));
	}

	private ManifestRow lockAndLoad(long id) {
		this.manifests.lock(id);
		ManifestRow m = load(id);
		if (this.corrections.open(id).isPresent()) {
			throw new ManifestStateException(
					"Manifest " + id + " has an open correction: confirm or withdraw it first");
		}
		return m;
	}

	private static ManifestState state(ManifestRow m) {
		return ManifestState.valueOf(m.state());
	}

	/** The step's moment: not after now, not before the latest signature. */
	private Instant at(long id, Instant given) {
		Instant now = this.clock.instant();
		Instant at = given == null ? now : given;
		if (at.isAfter(now)) {
			throw new InvalidInputException("at", "The step's moment (" + at + ") is in the future");
		}
		Instant latest = this.signatures.latest(id);
		if (latest != null && at.isBefore(latest)) {
			throw new InvalidInputException("at",
					"The step's moment (" + at + ") is before the previous signature (" + latest + ")");
		}
		return at;
	}

	private int receiverPosition(long id) {
		return this.manifests.carriers(id).size() + 1;
	}

	private static List<TransferFinding> passOrThrow(List<TransferFinding> findings) {
		if (findings.stream().anyMatch(TransferFinding::blocking)) {
			throw new TransferCheckFailedException(findings);
		}
		return findings;
	}

	private static String kinds(List<String> given) {
		if (given == null || given.isEmpty()) {
			return null;
		}
		TreeSet<String> kinds = new TreeSet<>();
		for (String kind : given) {
			String k = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
			if (!DISCREPANCY_KINDS.contains(k)) {
				throw new InvalidInputException("discrepancies",
						"'" + kind + "' is not one of QUANTITY, TYPE, FORM, PACKAGING (第十八条第二款)");
			}
			kinds.add(k);
		}
		return String.join(",", kinds);
	}

	private StepResult result(long id, List<TransferFinding> findings) {
		return new StepResult(this.viewer.view(id), findings.stream().filter(TransferFinding::blocking).toList(),
				findings.stream().filter(f -> !f.blocking()).toList());
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
