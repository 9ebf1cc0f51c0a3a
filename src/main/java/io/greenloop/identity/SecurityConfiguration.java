package io.greenloop.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.greenloop.identity.persistence.AccountRepository;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. The catalogue, the regions and the public pages are open to anyone;
 * everything else needs a login: a form and a session for people, HTTP Basic for API
 * clients. Administration needs the administrator role; finer rules (whose data, which
 * step of an approval) are the data scopes each module enforces. Forms carry a CSRF
 * token; requests that authenticate with an Authorization header do not need one, as no
 * browser sends that header on its own. A session follows its account: disabled, it is
 * logged out; given other roles, it has them on its next request
 * ({@link SessionAccountCheck}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

	@Bean
	SecurityFilterChain security(HttpSecurity http, AccountRepository accounts) throws Exception {
		http.addFilterAfter(new SessionAccountCheck(accounts), SecurityContextHolderFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/", "/plans/**", "/indicators/**", "/concepts/**", "/regions/**", "/login", "/error",
						"/assets/**", "/webjars/**", "/favicon.ico", "/actuator/health/**", "/v3/api-docs/**",
						"/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/plans/**", "/api/indicators/**", "/api/concepts/**",
						"/api/regions/**", "/api/organisations/**")
				.permitAll()
				.requestMatchers("/admin/**", "/api/accounts/**", "/api/audit/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/waste/**", "/api/waste/**")
				.authenticated()
				// an enterprise's staff (ENTERPRISE alone) see only the waste pages of
				// their enterprise
				.anyRequest()
				.hasAnyRole(Role.ADMIN.name(), Role.REPORTER.name(), Role.REVIEWER.name(), Role.LEADER.name()))
			.formLogin(form -> form.loginPage("/login").permitAll())
			.httpBasic(basic -> basic.realmName("Greenloop"))
			.logout(logout -> logout.logoutSuccessUrl("/"))
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor((request, response, ex) -> problem(request, response,
						HttpStatus.UNAUTHORIZED, "Log in first: send HTTP Basic credentials"), API)
				.defaultAccessDeniedHandlerFor((request, response, ex) -> problem(request, response,
						HttpStatus.FORBIDDEN, ex.getMessage() == null ? "Outside your data scope" : ex.getMessage()),
						API));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(AccountRepository accounts) {
		return username -> accounts.findByUsername(username)
			.map(account -> User.withUsername(account.username())
				.password(accounts.passwordHash(username).orElseThrow())
				.authorities(account.roles().stream().map(Role::authority).toArray(String[]::new))
				.disabled(!account.enabled())
				.build())
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	/** An RFC 9457 problem detail, as every API error is answered. */
	private static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String detail) throws IOException {
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Greenloop\"");
		}
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\",\"instance\":\"%s\"}"
				.formatted(status.getReasonPhrase(), status.value(), json(detail), json(request.getRequestURI())));
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\u0000-\\u001f]", " ");
	}

}
