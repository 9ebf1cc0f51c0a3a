package io.greenloop.waste;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.identity.Role;
import io.greenloop.shared.RegionCode;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.ManifestStateException;
import io.greenloop.waste.domain.NotPermittedException;
import io.greenloop.waste.domain.TransferApprovalState;
import io.greenloop.waste.domain.TransferApprovalState.Step;
import io.greenloop.waste.domain.UnknownManifestException;
import io.greenloop.waste.domain.WasteCode;
import io.greenloop.waste.persistence.TransferApprovalRepository;
import io.greenloop.waste.persistence.TransferApprovalRepository.ApprovalRow;
import io.greenloop.waste.persistence.TransferPartyRepository;
import io.greenloop.waste.persistence.TransferPartyRepository.LicenceParty;
import io.greenloop.waste.persistence.TransferPartyRepository.SiteParty;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cross-province transfers (跨省转移, 危险废物转移管理办法 第二十一条至第二十八条): the 移出人 applies with the
 * waste, quantity, method and period (第二十二条); the origin province's authority (an
 * administrator, or a reviewer of that province) accepts or returns it (第二十三条) and
 * reviews it (第二十四条), the destination province's replies (第二十五条), the origin province's
 * decides (第二十六条). Each step shows its working-day deadline and whether it is overdue. An
 * approval is valid twelve months, bounded by the requested period and the receiver's
 * licence (第二十七条); the manifests issued under it count against its quantity.
 */
@Service
public class TransferApprovals {

	private final TransferApprovalRepository approvals;

	private final TransferPartyRepository parties;

	private final ManifestAccess access;

	private final WorkingDays workingDays;

	private final CurrentAccount account;

	private final Clock clock;

	TransferApprovals(TransferApprovalRepository approvals, TransferPartyRepository parties, ManifestAccess access,
			WorkingDays workingDays, CurrentAccount account, Clock clock) {
		this.approvals = approvals;
		this.parties = parties;
		this.access = access;
		this.workingDays = workingDays;
		this.account = account;
		this.clock = clock;
	}

	/** An application for a cross-province transfer (第二十二条). */
	public record ApplyForTransfer(Long senderSiteId, Long receiverLicenceId, String wasteCode,
			BigDecimal quantityTonnes, String method, LocalDate periodFrom, LocalDate periodTo) {
	}

	/** An authority's opinion: agree or not, with the reason (required when not). */
	public record Opinion(Boolean agree, String reason) {
	}

	public record TransferApprovalView(long id, String state, long senderEnterpriseId, String senderName,
			long senderSiteId, String originProvince, long receiverEnterpriseId, String receiverName,
			long receiverLicenceId, String licenceNumber, String destinationProvince, String wasteCode,
			BigDecimal quantityTonnes, BigDecimal usedTonnes, String method, LocalDate periodFrom, LocalDate periodTo,
			LocalDate submittedOn, LocalDate acceptedOn, LocalDate originReviewedOn, LocalDate destinationRepliedOn,
			LocalDate decidedOn, LocalDate validFrom, LocalDate validTo, String reason, String nextStep,
			LocalDate nextStepDue, boolean overdue) {
	}

	@Transactional
	public TransferApprovalView apply(ApplyForTransfer command) {
		DataScope scope = this.account.scope();
		SiteParty site = this.parties.site(required("senderSiteId", command.senderSiteId()))
			.orElseThrow(() -> new InvalidInputException("senderSiteId", "Unknown site " + command.senderSiteId()));
		this.access.checkActsAs(scope, site.enterpriseId(), "移出人");
		LicenceParty licence = this.parties.licence(required("receiverLicenceId", command.receiverLicenceId()))
			.orElseThrow(() -> new InvalidInputException("receiverLicenceId",
					"Unknown licence " + command.receiverLicenceId()));
		String origin = RegionCode.of(site.regionCode()).province().value();
		String destination = RegionCode.of(licence.holderRegion()).province().value();
		if (origin.equals(destination)) {
			throw new InvalidInputException("receiverLicenceId",
					"The receiver is in the sender's province: no cross-province approval is needed (第二十一条)");
		}
		String code = code(command.wasteCode());
		if (!this.parties.licencePermits(licence.id(), code)) {
			throw new InvalidInputException("wasteCode", "The receiver's licence does not permit " + code);
		}
		if (command.quantityTonnes() == null || command.quantityTonnes().signum() <= 0) {
			throw new InvalidInputException("quantityTonnes", "The quantity (t) must be greater than zero");
		}
		LocalDate from = required("periodFrom", command.periodFrom());
		LocalDate to = required("periodTo", command.periodTo());
		if (to.isBefore(from)) {
			throw new InvalidInputException("periodTo", "The period ends (" + to + ") before it begins (" + from + ")");
		}
		long id = this.approvals.insert(site.enterpriseId(), site.siteId(), origin, licence.enterpriseId(),
				licence.id(), destination, code, command.quantityTonnes(),
				RegistryRules.required("method", command.method()), from, to, LocalDate.now(this.clock),
				scope.username());
		return view(this.approvals.find(id).orElseThrow());
	}

	public List<TransferApprovalView> list() {
		DataScope scope = this.account.scope();
		return this.approvals.all().stream().filter(a -> reads(scope, a)).map(this::view).toList();
	}

	public TransferApprovalView get(long id) {
		ApprovalRow a = find(id);
		if (!reads(this.account.scope(), a)) {
			throw new NotPermittedException("Application " + id + " is neither yours nor in your region");
		}
		return view(a);
	}

	/** The origin province accepts the complete application (第二十三条). */
	@Transactional
	public TransferApprovalView accept(long id) {
		ApprovalRow a = authority(id, Step.ACCEPT, true);
		this.approvals.step(id, TransferApprovalState.ACCEPTED.name(), "accepted_on", today(), null);
		return view(find(id));
	}

	/**
	 * The origin province returns an incomplete application, saying all that is missing
	 * (第二十三条).
	 */
	@Transactional
	public TransferApprovalView returnForCompletion(long id, Opinion opinion) {
		authority(id, Step.RETURN, true);
		this.approvals.step(id, TransferApprovalState.RETURNED.name(), "accepted_on", null,
				RegistryRules.required("reason", opinion.reason()));
		return view(find(id));
	}

	/**
	 * The origin province's review (第二十四条); an application neither accepted nor returned
	 * within five working days counts as accepted from receipt (第二十三条).
	 */
	@Transactional
	public TransferApprovalView originReview(long id, Opinion opinion) {
		ApprovalRow a = authority(id, Step.ORIGIN_REVIEW, true);
		if (a.acceptedOn() == null) {
			this.approvals.setAccepted(id, a.submittedOn());
		}
		boolean agree = agree(opinion);
		this.approvals.step(id,
				agree ? TransferApprovalState.UNDER_DESTINATION_REVIEW.name()
						: TransferApprovalState.REFUSED_BY_ORIGIN.name(),
				"origin_reviewed_on", today(), reason(agree, opinion));
		return view(find(id));
	}

	/** The destination province's reply to the 商请函 (第二十五条). */
	@Transactional
	public TransferApprovalView destinationReply(long id, Opinion opinion) {
		authority(id, Step.DESTINATION_REPLY, false);
		boolean agree = agree(opinion);
		this.approvals.step(id,
				agree ? TransferApprovalState.DESTINATION_AGREED.name()
						: TransferApprovalState.REFUSED_BY_DESTINATION.name(),
				"destination_replied_on", today(), reason(agree, opinion));
		return view(find(id));
	}

	/** The origin province's decision (第二十六条), valid as 第二十七条 bounds it. */
	@Transactional
	public TransferApprovalView decide(long id, Opinion opinion) {
		ApprovalRow a = authority(id, Step.DECIDE, true);
		boolean approve = agree(opinion);
		LocalDate today = today();
		if (!approve) {
			this.approvals.step(id, TransferApprovalState.REFUSED.name(), "decided_on", today, reason(false, opinion));
			return view(find(id));
		}
		LocalDate from = a.periodFrom().isAfter(today) ? a.periodFrom() : today;
		LocalDate to = TransferApprovalState.validTo(today, a.periodTo(), a.licenceValidTo());
		if (to.isBefore(from)) {
			throw new ManifestStateException("The requested period or the receiver's licence has ended (" + to
					+ "): nothing is left to approve (第二十七条)");
		}
		this.approvals.approve(id, today, from, to);
		return view(find(id));
	}

	private ApprovalRow authority(long id, Step step, boolean origin) {
		DataScope scope = this.account.scope();
		ApprovalRow a = this.approvals.lockAndFind(id)
			.orElseThrow(() -> new UnknownManifestException("application", id));
		String province = origin ? a.originProvince() : a.destinationProvince();
		if (!scope.isAdmin() && !(scope.has(Role.REVIEWER) && scope.regionCode().equals(province))) {
			throw new NotPermittedException("Only the " + (origin ? "origin" : "destination")
					+ " province's authority (" + province + ") takes this step");
		}
		step.checkFrom(TransferApprovalState.valueOf(a.state()));
		return a;
	}

	private boolean reads(DataScope scope, ApprovalRow a) {
		if (!EnterpriseAccess.enterpriseOnly(scope) && (scope.sees(a.siteRegion()) || scope.sees(a.receiverRegion())
				|| scope.sees(a.originProvince()) || scope.sees(a.destinationProvince()))) {
			return true;
		}
		return this.access.actsFor(scope).contains(a.senderEnterpriseId());
	}

	private TransferApprovalView view(ApprovalRow a) {
		TransferApprovalState state = TransferApprovalState.valueOf(a.state());
		Step next = switch (state) {
			case SUBMITTED -> Step.ACCEPT;
			case ACCEPTED -> Step.ORIGIN_REVIEW;
			case UNDER_DESTINATION_REVIEW -> Step.DESTINATION_REPLY;
			case DESTINATION_AGREED -> Step.DECIDE;
			default -> null;
		};
		LocalDate since = switch (state) {
			case SUBMITTED -> a.submittedOn();
			case ACCEPTED -> a.acceptedOn();
			case UNDER_DESTINATION_REVIEW -> a.originReviewedOn();
			case DESTINATION_AGREED -> a.destinationRepliedOn();
			default -> null;
		};
		LocalDate due = next == null ? null : this.workingDays.addWorkingDays(since, next.workingDays());
		return new TransferApprovalView(a.id(), a.state(), a.senderEnterpriseId(), a.senderName(), a.senderSiteId(),
				a.originProvince(), a.receiverEnterpriseId(), a.receiverName(), a.receiverLicenceId(),
				a.licenceNumber(), a.destinationProvince(), a.wasteCode().strip(), a.quantityT(),
				this.approvals.used(a.id(), 0), a.method(), a.periodFrom(), a.periodTo(), a.submittedOn(),
				a.acceptedOn(), a.originReviewedOn(), a.destinationRepliedOn(), a.decidedOn(), a.validFrom(),
				a.validTo(), a.reason(), next == null ? null : next.name(), due, due != null && today().isAfter(due));
	}

	private ApprovalRow find(long id) {
		return this.approvals.find(id).orElseThrow(() -> new UnknownManifestException("application", id));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static boolean agree(Opinion opinion) {
		if (opinion == null || opinion.agree() == null) {
			throw new InvalidInputException("agree", "The opinion says whether it agrees (true or false)");
		}
		return opinion.agree();
	}

	private static String reason(boolean agree, Opinion opinion) {
		return agree ? opinion.reason() : RegistryRules.required("reason", opinion.reason());
	}

	private static String code(String text) {
		try {
			return WasteCode.of(text == null ? "" : text.strip()).value();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("wasteCode", ex.getMessage());
		}
	}

	private static <T> T required(String field, T value) {
		if (value == null) {
			throw new InvalidInputException(field, "The " + field + " is required");
		}
		return value;
	}

}
