package io.greenloop.identity;

import java.util.Optional;

import io.greenloop.identity.persistence.AccountRepository;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The account of the request being served, and its data scope. */
@Component
public class CurrentAccount {

	private final AccountRepository accounts;

	CurrentAccount(AccountRepository accounts) {
		this.accounts = accounts;
	}

	/** The logged-in account, if any; a disabled account is none. */
	public Optional<Account> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return this.accounts.findByUsername(authentication.getName()).filter(Account::enabled);
	}

	/** The logged-in account; a request without one is refused (401). */
	public Account require() {
		return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Log in first"));
	}

	/** What the logged-in account may see and write. */
	public DataScope scope() {
		return require().scope();
	}

}
