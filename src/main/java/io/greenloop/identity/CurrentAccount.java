package io.greenloop.identity;

import java.util.Optional;

import io.greenloop.identity.persistence.AccountRepository;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The account of the request being served, and its data scope. */
@Component
public class CurrentAccount {

	/** The request attribute that holds the account read for the request. */
	static final String READ = CurrentAccount.class.getName() + ".account";

	private final AccountRepository accounts;

	CurrentAccount(AccountRepository accounts) {
		this.accounts = accounts;
	}

	/**
	 * The logged-in account, if any; a disabled account is none. Read once per request:
	 * the account as it was when the request began serves the whole request.
	 */
	public Optional<Account> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(READ, RequestAttributes.SCOPE_REQUEST) instanceof Account read
				&& read.username().equals(authentication.getName())) {
			return Optional.of(read).filter(Account::enabled);
		}
		Optional<Account> account = this.accounts.findByUsername(authentication.getName());
		account.ifPresent(found -> remember(found, request));
		return account.filter(Account::enabled);
	}

	/** Keeps the account read for the rest of the request. */
	static void remember(Account account, RequestAttributes request) {
		if (request != null) {
			request.setAttribute(READ, account, RequestAttributes.SCOPE_REQUEST);
		}
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
