package io.greenloop.waste;

import java.util.List;

import io.greenloop.identity.Account;
import io.greenloop.identity.Accounts;
import io.greenloop.identity.CurrentAccount;
import io.greenloop.waste.SiteCommands.AddMember;
import io.greenloop.waste.SiteViews.MemberView;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.persistence.CarrierRepository;
import io.greenloop.waste.persistence.EnterpriseRepository.EnterpriseRow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts acting for an enterprise ({@code waste.enterprise_member}): its staff, or
 * a licence holder or third party declaring on its behalf (HJ 1259—2022 §7.1.3). The
 * account must exist in identity; administrators and reviewers in scope add members.
 */
@Service
public class Members {

	private final Accounts accounts;

	private final Registry registry;

	private final RegistryRules rules;

	private final EnterpriseAccess access;

	private final CarrierRepository repository;

	private final CurrentAccount account;

	private final RegistryAudit audit;

	Members(Accounts accounts, Registry registry, RegistryRules rules, EnterpriseAccess access,
			CarrierRepository repository, CurrentAccount account, RegistryAudit audit) {
		this.audit = audit;
		this.accounts = accounts;
		this.registry = registry;
		this.rules = rules;
		this.access = access;
		this.repository = repository;
		this.account = account;
	}

	public List<MemberView> of(long enterpriseId) {
		this.registry.readable(enterpriseId);
		return this.repository.members(enterpriseId)
			.stream()
			.map(user -> new MemberView(user, this.accounts.findByUsername(user).map(Account::displayName).orElse(user),
					enterpriseId))
			.toList();
	}

	@Transactional
	public List<MemberView> add(long enterpriseId, AddMember command) {
		EnterpriseRow enterprise = this.registry.readable(enterpriseId);
		this.rules.checkWrites(this.account.scope(), enterprise.regionCode());
		String username = RegistryRules.required("username", command.username());
		if (this.accounts.findByUsername(username).isEmpty()) {
			throw new InvalidInputException("username", "No account with username " + username);
		}
		if (!this.repository.members(enterpriseId).contains(username)) {
			this.access.addMember(username, enterpriseId);
			this.audit.changed("enterprise " + enterpriseId + " (" + enterprise.creditCode() + ")",
					"member added: " + username, enterprise.regionCode());
		}
		return of(enterpriseId);
	}

}
