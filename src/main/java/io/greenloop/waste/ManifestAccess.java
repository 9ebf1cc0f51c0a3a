package io.greenloop.waste;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.greenloop.identity.DataScope;
import io.greenloop.identity.Role;
import io.greenloop.waste.domain.NotPermittedException;
import io.greenloop.waste.persistence.ManifestRepository.CarrierRow;
import io.greenloop.waste.persistence.ManifestRepository.ManifestRow;

import org.springframework.stereotype.Component;

/**
 * Who sees and acts on a transfer manifest. Each party (移出人, 承运人, 接受人) sees the manifests
 * it is a party to, through the accounts acting for it ({@link EnterpriseAccess});
 * government accounts see those whose sender or receiver lies in their region or below.
 * Only an account acting for a party takes that party's steps and signs for it: a
 * regulator reads but never signs.
 */
@Component
class ManifestAccess {

	private final EnterpriseAccess enterprises;

	ManifestAccess(EnterpriseAccess enterprises) {
		this.enterprises = enterprises;
	}

	/** The enterprises an account acts for (none without the ENTERPRISE role). */
	Set<Long> actsFor(DataScope scope) {
		return scope.has(Role.ENTERPRISE) ? this.enterprises.actsFor(scope.username()) : Set.of();
	}

	static Set<Long> parties(ManifestRow m, List<CarrierRow> carriers) {
		Set<Long> parties = new LinkedHashSet<>();
		parties.add(m.senderEnterpriseId());
		carriers.forEach(c -> parties.add(c.carrierEnterpriseId()));
		parties.add(m.receiverEnterpriseId());
		return parties;
	}

	boolean reads(DataScope scope, ManifestRow m, List<CarrierRow> carriers) {
		if (!EnterpriseAccess.enterpriseOnly(scope)
				&& (scope.sees(m.originRegion()) || scope.sees(m.destinationRegion()))) {
			return true;
		}
		Set<Long> mine = actsFor(scope);
		return parties(m, carriers).stream().anyMatch(mine::contains);
	}

	void checkReads(DataScope scope, ManifestRow m, List<CarrierRow> carriers) {
		if (!reads(scope, m, carriers)) {
			throw new NotPermittedException("Manifest " + m.id() + " is neither yours nor in your region");
		}
	}

	/** Refuses an account not acting for the enterprise, which the step's role needs. */
	void checkActsAs(DataScope scope, long enterpriseId, String role) {
		if (!actsFor(scope).contains(enterpriseId)) {
			throw new NotPermittedException(
					"Only an account acting for the " + role + " (enterprise " + enterpriseId + ") takes this step");
		}
	}

}
