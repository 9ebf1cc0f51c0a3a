package io.greenloop.waste;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.waste.ManifestCommands.StepMoment;
import io.greenloop.waste.ManifestViews.StepResult;
import io.greenloop.waste.domain.ManifestNumber;
import io.greenloop.waste.domain.ManifestState;
import io.greenloop.waste.domain.ManifestStateException;
import io.greenloop.waste.domain.TransferFinding;
import io.greenloop.waste.persistence.ManifestRepository;
import io.greenloop.waste.persistence.ManifestRepository.CarrierRow;
import io.greenloop.waste.persistence.ManifestRepository.ManifestRow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a manifest from issue to delivery, each by the party whose step it is,
 * signed in order ({@link ManifestStepRules}):
 * <ul>
 * <li>issue by the 移出人: the checks, then the 14-digit number (第十五条) and its
 * signature;</li>
 * <li>pick-up by the first 承运人, handover to each later one at the agreed place (联运,
 * 第十七条), delivery by the last (第十一条第四项), from which the receiver's five working days run
 * (第十八条).</li>
 * </ul>
 * The receiver's steps are {@link ManifestReceipts}.
 */
@Service
public class ManifestSteps {

	private final ManifestRepository manifests;

	private final ManifestStepRules rules;

	private final ManifestAccess access;

	private final ManifestSignatures signatures;

	private final TransferChecks checks;

	private final WorkingDays workingDays;

	private final CurrentAccount account;

	private final Clock clock;

	ManifestSteps(ManifestRepository manifests, ManifestStepRules rules, ManifestAccess access,
			ManifestSignatures signatures, TransferChecks checks, WorkingDays workingDays, CurrentAccount account,
			Clock clock) {
		this.manifests = manifests;
		this.rules = rules;
		this.access = access;
		this.signatures = signatures;
		this.checks = checks;
		this.workingDays = workingDays;
		this.account = account;
		this.clock = clock;
	}

	/** The checks an issue would run now, without issuing (the sender's preview). */
	public StepResult check(long id) {
		ManifestRow m = this.rules.load(id);
		List<CarrierRow> carriers = this.manifests.carriers(id);
		this.access.checkReads(this.account.scope(), m, carriers);
		return this.rules.result(id, this.checks.atIssue(m, carriers));
	}

	@Transactional
	public StepResult issue(long id, StepMoment step) {
		DataScope scope = this.account.scope();
		ManifestRow m = this.rules.lockAndLoad(id);
		this.access.checkActsAs(scope, m.senderEnterpriseId(), "移出人");
		ManifestState.Step.ISSUE.checkFrom(ManifestStepRules.state(m));
		Instant at = this.rules.at(m, step == null ? null : step.at());
		List<CarrierRow> carriers = this.manifests.carriers(id);
		List<TransferFinding> findings = ManifestStepRules.passOrThrow(this.checks.atIssue(m, carriers));
		LocalDate day = LocalDate.ofInstant(at, this.clock.getZone());
		String prefecture = ManifestNumber.prefecture(m.originRegion());
		ManifestNumber number = ManifestNumber.of(day.getYear(), m.originRegion(),
				this.manifests.nextSerial(prefecture, day.getYear()));
		this.manifests.issue(id, number.value(), at, null);
		this.signatures.sign(id, 0, "SENDER", m.senderEnterpriseId(), scope.username(), at);
		this.manifests.addEvent(id, at, "ISSUED", ManifestState.ISSUED.name(), scope.username(), number.value());
		return this.rules.result(id, findings);
	}

	@Transactional
	public StepResult pickUp(long id, StepMoment step) {
		DataScope scope = this.account.scope();
		ManifestRow m = this.rules.lockAndLoad(id);
		CarrierRow first = this.manifests.carriers(id).get(0);
		this.access.checkActsAs(scope, first.carrierEnterpriseId(), "承运人 1");
		ManifestState.Step.PICK_UP.checkFrom(ManifestStepRules.state(m));
		Instant at = this.rules.at(m, step == null ? null : step.at());
		this.manifests.pickUp(id, 1, at, ManifestState.IN_TRANSIT.name());
		this.signatures.sign(id, 1, "CARRIER", first.carrierEnterpriseId(), scope.username(), at);
		this.manifests.addEvent(id, at, "PICKED_UP", ManifestState.IN_TRANSIT.name(), scope.username(), first.plate());
		return this.rules.result(id, List.of());
	}

	/** The next carrier takes over (联运, 第十七条) after checking the manifest. */
	@Transactional
	public StepResult handOver(long id, StepMoment step) {
		DataScope scope = this.account.scope();
		ManifestRow m = this.rules.lockAndLoad(id);
		ManifestState.Step.HAND_OVER.checkFrom(ManifestStepRules.state(m));
		CarrierRow next = this.manifests.carriers(id)
			.stream()
			.filter(c -> c.pickedUpAt() == null)
			.findFirst()
			.orElseThrow(() -> new ManifestStateException("Every carrier of the manifest has taken over already"));
		this.access.checkActsAs(scope, next.carrierEnterpriseId(), "承运人 " + next.position());
		Instant at = this.rules.at(m, step == null ? null : step.at());
		this.manifests.pickUp(id, next.position(), at, ManifestState.IN_TRANSIT.name());
		this.signatures.sign(id, next.position(), "CARRIER", next.carrierEnterpriseId(), scope.username(), at);
		this.manifests.addEvent(id, at, "HANDED_OVER", ManifestState.IN_TRANSIT.name(), scope.username(),
				next.handoverPlace());
		return this.rules.result(id, List.of());
	}

	/**
	 * The last carrier delivers to the receiver; the receiver's five working days (第十八条)
	 * run from the day of delivery (a paper manifest keeps its back-fill day).
	 */
	@Transactional
	public StepResult deliver(long id, StepMoment step) {
		DataScope scope = this.account.scope();
		ManifestRow m = this.rules.lockAndLoad(id);
		ManifestState.Step.DELIVER.checkFrom(ManifestStepRules.state(m));
		List<CarrierRow> carriers = this.manifests.carriers(id);
		CarrierRow last = carriers.get(carriers.size() - 1);
		this.access.checkActsAs(scope, last.carrierEnterpriseId(), "承运人 " + last.position());
		if (last.pickedUpAt() == null) {
			throw new ManifestStateException("Carrier " + last.position() + " has not taken over yet (第十七条)");
		}
		Instant at = this.rules.at(m, step == null ? null : step.at());
		LocalDate due = m.paper() ? m.dueOn()
				: this.workingDays.addWorkingDays(LocalDate.ofInstant(at, this.clock.getZone()), 5);
		this.manifests.deliver(id, at, due);
		this.manifests.addEvent(id, at, "DELIVERED", ManifestState.DELIVERED.name(), scope.username(), null);
		return this.rules.result(id, List.of());
	}

}
