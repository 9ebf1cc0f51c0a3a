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
import io.greenloop.waste.ManifestViews.StepResult;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.ManifestState;
import io.greenloop.waste.domain.TransferFinding;
import io.greenloop.waste.persistence.ManifestRepository;
import io.greenloop.waste.persistence.ManifestRepository.ManifestRow;
import io.greenloop.waste.persistence.TransferAlertRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 接受人's steps: receipt within five working days of delivery (第十八条第一款), confirmed
 * after the receipt checks, or a reported difference of name, quantity, characteristics,
 * form or packaging (第十八条第二款) it then accepts, keeping the received quantity beside the
 * sent one, or refuses; closing with the treatment result (第十二条第四项). A reported
 * difference raises an alert for the regulators of both regions at once.
 */
@Service
public class ManifestReceipts {

	private static final java.util.Set<String> DISCREPANCY_KINDS = java.util.Set.of("QUANTITY", "TYPE", "FORM",
			"PACKAGING");

	private final ManifestRepository manifests;

	private final ManifestStepRules rules;

	private final TransferAlertRepository alerts;

	private final ManifestAccess access;

	private final ManifestSignatures signatures;

	private final TransferChecks checks;

	private final CurrentAccount account;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ManifestReceipts(ManifestRepository manifests, ManifestStepRules rules, TransferAlertRepository alerts,
			ManifestAccess access, ManifestSignatures signatures, TransferChecks checks, CurrentAccount account,
			Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.manifests = manifests;
		this.rules = rules;
		this.alerts = alerts;
		this.access = access;
		this.signatures = signatures;
		this.checks = checks;
		this.account = account;
		this.clock = clock;
	}

	/**
	 * The receiver's check (第十八条): without a difference, the receipt checks and the
	 * confirmation; with one, the manifest waits for the receiver's decision, and the
	 * regulators of both regions see the difference at once.
	 */
	@Transactional
	public StepResult receive(long id, Receive command) {
		DataScope scope = this.account.scope();
		ManifestRow m = this.rules.lockAndLoad(id);
		this.access.checkActsAs(scope, m.receiverEnterpriseId(), "接受人");
		ManifestState.Step.RECEIVE.checkFrom(ManifestStepRules.state(m));
		Instant at = this.rules.at(m, command.at());
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
			List<TransferFinding> findings = ManifestStepRules.passOrThrow(this.checks.atReceipt(m, on, received));
			this.manifests.receive(id, ManifestState.RECEIVED.name(), at, on, received, null, command.note(), null,
					command.treatmentMethod());
			this.signatures.sign(id, receiverPosition(id), "RECEIVER", m.receiverEnterpriseId(), scope.username(), at);
			this.manifests.addEvent(id, at, "RECEIVED", ManifestState.RECEIVED.name(), scope.username(), null);
			this.events.publishEvent(new ManifestLedger.Accepted(id));
			return this.rules.result(id, findings);
		}
		this.manifests.receive(id, ManifestState.DISCREPANCY.name(), at, on, received, kinds, command.note(), null,
				command.treatmentMethod());
		this.manifests.addEvent(id, at, "DISCREPANCY_REPORTED", ManifestState.DISCREPANCY.name(), scope.username(),
				kinds + (command.note() == null ? "" : ": " + command.note()));
		this.alerts.raise(id, "DISCREPANCY", LocalDate.now(this.clock), "The receiver reports " + kinds + " differing"
				+ " (sent " + plain(m.quantityT()) + " t, received " + plain(received) + " t, 第十八条第二款)");
		return this.rules.result(id, List.of());
	}

	/** The receiver accepts (the received quantity kept beside the sent) or refuses. */
	@Transactional
	public StepResult decide(long id, Decide command) {
		DataScope scope = this.account.scope();
		ManifestRow m = this.rules.lockAndLoad(id);
		this.access.checkActsAs(scope, m.receiverEnterpriseId(), "接受人");
		ManifestState.Step.DECIDE.checkFrom(ManifestStepRules.state(m));
		String decision = command.decision() == null ? "" : command.decision().strip().toUpperCase(Locale.ROOT);
		if (!decision.equals("ACCEPT") && !decision.equals("REJECT")) {
			throw new InvalidInputException("decision", "The decision is ACCEPT or REJECT (第十八条第二款)");
		}
		Instant at = this.rules.at(m, command.at());
		boolean accept = decision.equals("ACCEPT");
		List<TransferFinding> findings = accept
				? ManifestStepRules.passOrThrow(this.checks.atReceipt(m, m.receivedOn(), m.receivedQuantityT()))
				: List.of();
		ManifestState next = accept ? ManifestState.RECEIVED : ManifestState.REJECTED;
		this.manifests.receive(id, next.name(), m.receivedAt().toInstant(), m.receivedOn(), m.receivedQuantityT(),
				m.discrepancyKinds(), m.discrepancyNote(), accept ? "ACCEPTED" : "REJECTED", null);
		this.signatures.sign(id, receiverPosition(id), "RECEIVER", m.receiverEnterpriseId(), scope.username(), at);
		this.manifests.addEvent(id, at, accept ? "ACCEPTED" : "REJECTED", next.name(), scope.username(),
				command.note());
		if (accept) {
			this.events.publishEvent(new ManifestLedger.Accepted(id));
		}
		return this.rules.result(id, findings);
	}

	@Transactional
	public StepResult close(long id, Close command) {
		DataScope scope = this.account.scope();
		ManifestRow m = this.rules.lockAndLoad(id);
		this.access.checkActsAs(scope, m.receiverEnterpriseId(), "接受人");
		ManifestState.Step.CLOSE.checkFrom(ManifestStepRules.state(m));
		String method = RegistryRules.required("treatmentMethod", command.treatmentMethod());
		Instant at = this.rules.at(m, command.at());
		this.manifests.close(id, at, method);
		this.manifests.addEvent(id, at, "CLOSED", ManifestState.CLOSED.name(), scope.username(), method);
		return this.rules.result(id, List.of());
	}

	private int receiverPosition(long id) {
		return this.manifests.carriers(id).size() + 1;
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

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
