package io.greenloop.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.greenloop.identity.AccountCommands.CreateAccount;
import io.greenloop.identity.AccountCommands.UpdateAccount;
import io.greenloop.identity.events.AccountChanged;
import io.greenloop.identity.persistence.AccountRepository;
import io.greenloop.identity.persistence.AccountRepository.NewAccount;
import io.greenloop.region.Organisation;
import io.greenloop.region.Organisations;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts: administrators create and change them; every change is published as
 * {@link AccountChanged} for the audit log. An account's region is always its
 * organisation's region.
 */
@Service
public class Accounts {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

	static final int MINIMUM_PASSWORD_LENGTH = 8;

	private final AccountRepository repository;

	private final Organisations organisations;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	Accounts(AccountRepository repository, Organisations organisations, PasswordEncoder passwords,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.organisations = organisations;
		this.passwords = passwords;
		this.events = events;
	}

	public List<Account> all() {
		return this.repository.findAll();
	}

	public Optional<Account> find(long id) {
		return this.repository.find(id);
	}

	public Optional<Account> findByUsername(String username) {
		return this.repository.findByUsername(username);
	}

	@Transactional
	public Account create(CreateAccount command, String by) {
		if (command.username() == null || !USERNAME.matcher(command.username()).matches()) {
			throw AccountProblem.invalid("username",
					"用户名须为3至40位小写字母、数字或 . _ -，以字母或数字开头 / 3-40 lower-case letters, digits, . _ -");
		}
		if (this.repository.findByUsername(command.username()).isPresent()) {
			throw AccountProblem.conflict("username", "用户名已被使用 / the username is taken: " + command.username());
		}
		checkPassword(command.password());
		Organisation organisation = organisation(command.organisationId());
		Set<Role> roles = roles(command.roles());
		String name = displayName(command.displayName());
		long id = this.repository
			.insert(new NewAccount(command.username(), name, this.passwords.encode(command.password()),
					organisation.id(), organisation.regionCode(), roles, command.enabledOrDefault(), false));
		this.events.publishEvent(new AccountChanged(id, command.username(),
				"created with roles %s in %s (%s)".formatted(roles, organisation.regionCode(), organisation.name()),
				by));
		return this.repository.find(id).orElseThrow();
	}

	/**
	 * Changes an account; leaving {@code enabled} out keeps it as it is. The last enabled
	 * administrator can be neither disabled nor lose the administrator role: nobody could
	 * manage accounts any more.
	 */
	@Transactional
	public Account update(long id, UpdateAccount command, String by) {
		Account account = this.repository.find(id).orElseThrow(() -> new UnknownAccountException(id));
		Organisation organisation = organisation(command.organisationId());
		Set<Role> roles = roles(command.roles());
		String name = displayName(command.displayName());
		boolean enabled = command.enabled() == null ? account.enabled() : command.enabled();
		if (account.enabled() && account.has(Role.ADMIN) && !(enabled && roles.contains(Role.ADMIN))
				&& this.repository.lockAndCountOtherEnabledAdministrators(id) == 0) {
			throw AccountProblem.conflict(enabled ? "roles" : "enabled",
					"须保留至少一个启用的管理员 / the last enabled administrator can be neither disabled nor lose the ADMIN role");
		}
		this.repository.update(id, name, organisation.id(), organisation.regionCode(), roles, enabled);
		this.events
			.publishEvent(
					new AccountChanged(
							id, account.username(), "changed: roles %s, organisation %s (%s), %s".formatted(roles,
									organisation.name(), organisation.regionCode(), enabled ? "enabled" : "disabled"),
							by));
		return this.repository.find(id).orElseThrow();
	}

	@Transactional
	public void resetPassword(long id, String password, String by) {
		Account account = this.repository.find(id).orElseThrow(() -> new UnknownAccountException(id));
		checkPassword(password);
		this.repository.updatePassword(id, this.passwords.encode(password));
		this.events.publishEvent(new AccountChanged(id, account.username(), "password reset", by));
	}

	/**
	 * Creates the account unless one of that name exists; for the first administrator and
	 * the demonstration accounts, whose passwords are set by configuration rather than
	 * typed by an administrator.
	 * @return whether it was created
	 */
	@Transactional
	public boolean ensure(String username, String displayName, String password, Organisation organisation,
			Set<Role> roles, boolean demo) {
		if (this.repository.findByUsername(username).isPresent()) {
			return false;
		}
		long id = this.repository.insert(new NewAccount(username, displayName, this.passwords.encode(password),
				organisation.id(), organisation.regionCode(), roles, true, demo));
		this.events.publishEvent(new AccountChanged(id, username, "created with roles %s in %s (%s)%s".formatted(roles,
				organisation.regionCode(), organisation.name(), demo ? ", demonstration account" : ""), "system"));
		return true;
	}

	/**
	 * Disables every demonstration account, for a start outside the demo profile: their
	 * usernames and password are published, so a database that once ran the demo must not
	 * keep them working. A later demo start leaves them disabled; an administrator may
	 * enable one again.
	 * @return the usernames disabled
	 */
	@Transactional
	public List<String> disableDemoAccounts() {
		Map<Long, String> disabled = this.repository.disableDemoAccounts();
		disabled.forEach((id, username) -> this.events.publishEvent(new AccountChanged(id, username,
				"disabled: demonstration account outside the demo profile", "system")));
		return List.copyOf(disabled.values());
	}

	private Organisation organisation(Long id) {
		if (id == null) {
			throw AccountProblem.invalid("organisationId", "须选择所属单位 / an organisation is required");
		}
		return this.organisations.find(id)
			.orElseThrow(() -> AccountProblem.invalid("organisationId", "没有这个单位 / no organisation " + id));
	}

	private static Set<Role> roles(Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw AccountProblem.invalid("roles", "至少选择一个角色 / at least one role is required");
		}
		return Set.copyOf(roles);
	}

	private static String displayName(String name) {
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			throw AccountProblem.invalid("displayName", "姓名或岗位须为1至100个字符 / a name of 1-100 characters is required");
		}
		return name.strip();
	}

	private static void checkPassword(String password) {
		if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
			throw AccountProblem.invalid("password", "密码至少%d位 / the password needs at least %d characters"
				.formatted(MINIMUM_PASSWORD_LENGTH, MINIMUM_PASSWORD_LENGTH));
		}
	}

}
