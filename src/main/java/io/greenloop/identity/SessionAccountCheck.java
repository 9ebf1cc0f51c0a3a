package io.greenloop.identity;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import io.greenloop.identity.persistence.AccountRepository;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a login session to the account as it is now, not as it was at login: an account
 * an administrator has disabled (or that no longer exists) is logged out on its next
 * request, which then goes on as anonymous (a page sends it to the login page, an API
 * answers 401); an account whose roles changed gets its new roles at once. Runs right
 * after the session's security context is loaded, so it sees only logins kept in a
 * session: HTTP Basic requests are authenticated afresh (enabled flag and roles included)
 * by the filters after it. Costs one query by the unique username per request of a
 * logged-in session; the account read is kept for the request ({@link CurrentAccount}).
 */
class SessionAccountCheck extends OncePerRequestFilter {

	private static final List<String> STATIC = List.of("/assets/", "/webjars/", "/favicon.ico");

	private final AccountRepository accounts;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	SessionAccountCheck(AccountRepository accounts) {
		this.accounts = accounts;
	}

	/** Static files are public and many per page: they cost no query. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return STATIC.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = this.holder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			Optional<Account> read = this.accounts.findByUsername(authentication.getName());
			read.ifPresent(found -> request.setAttribute(CurrentAccount.READ, found));
			Optional<Account> account = read.filter(Account::enabled);
			if (account.isEmpty()) {
				logOut(request);
			}
			else if (!authorities(account.get()).equals(names(authentication))) {
				refresh(authentication, account.get(), request, response);
			}
		}
		chain.doFilter(request, response);
	}

	private void logOut(HttpServletRequest request) {
		this.holder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

	private void refresh(Authentication authentication, Account account, HttpServletRequest request,
			HttpServletResponse response) {
		UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken.authenticated(
				authentication.getPrincipal(), authentication.getCredentials(),
				authorities(account).stream().map(SimpleGrantedAuthority::new).toList());
		refreshed.setDetails(authentication.getDetails());
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(refreshed);
		this.holder.setContext(context);
		if (request.getSession(false) != null) {
			this.sessions.saveContext(context, request, response);
		}
	}

	private static Set<String> authorities(Account account) {
		return account.roles().stream().map(Role::authority).collect(Collectors.toSet());
	}

	private static Set<String> names(Authentication authentication) {
		return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
	}

}
