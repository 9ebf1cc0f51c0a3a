package io.greenloop.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.greenloop.identity.events.AccountChanged;
import io.greenloop.reporting.events.ReportingConfigurationChanged;
import io.greenloop.reporting.events.SubmissionChanged;
import io.greenloop.reporting.events.ValuesApproved;
import io.greenloop.waste.events.RegistryChanged;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Service;

/**
 * Writes the audit log from the events of the other modules, synchronously, in the
 * transaction that published them: if the entry cannot be written, the change is not made
 * either. Reads it for administrators.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void on(AccountChanged event) {
		record(event.by(), "ACCOUNT", "account " + event.username(), event.change(), null);
	}

	@EventListener
	void on(SubmissionChanged event) {
		record(event.by(), "SUBMISSION_" + event.action(), "submission %d (%s %s %s)".formatted(event.submissionId(),
				event.formCode(), event.regionCode(), event.periodCode()), event.detail(), event.regionCode());
	}

	@EventListener
	void on(ReportingConfigurationChanged event) {
		record(event.by(), "CONFIGURATION", event.subject(), event.detail(), null);
	}

	@EventListener
	void on(ValuesApproved event) {
		if ("IMPORT".equals(event.source())) {
			record(event.approvedBy(), "VALUES_IMPORTED", "import " + event.sourceId(),
					event.values().size() + " approved values imported", null);
		}
	}

	/** A waste registry record added or corrected (action WASTE_REGISTRY). */
	@EventListener
	void on(RegistryChanged event) {
		record(event.by(), "WASTE_REGISTRY", event.subject(), event.detail(), event.regionCode());
	}

	/** A person logged in with the form (HTTP Basic API calls are not logins). */
	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		record(event.getAuthentication().getName(), "LOGIN", "session", "logged in", null);
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		record(String.valueOf(event.getAuthentication().getName()), "LOGIN_FAILED", "session",
				event.getException().getClass().getSimpleName(), null);
	}

	@EventListener
	void on(LogoutSuccessEvent event) {
		record(event.getAuthentication().getName(), "LOGOUT", "session", "logged out", null);
	}

	/** The latest entries matching a filter; every part optional. */
	public List<AuditEntry> find(String actor, String action, Instant from, Instant to, int limit) {
		return this.jdbc.sql("""
				SELECT * FROM audit.entry
				WHERE (CAST(:actor AS text) IS NULL OR actor = :actor)
				  AND (CAST(:action AS text) IS NULL OR action LIKE :action || '%')
				  AND (CAST(:from AS timestamptz) IS NULL OR at >= :from)
				  AND (CAST(:to AS timestamptz) IS NULL OR at < :to)
				ORDER BY id DESC LIMIT :limit
				""")
			.param("actor", blankToNull(actor))
			.param("action", blankToNull(action))
			.param("from", from == null ? null : OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
			.param("to", to == null ? null : OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
			.param("limit", Math.max(1, Math.min(limit, 1000)))
			.query((rs, row) -> new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
					rs.getString("actor"), rs.getString("action"), rs.getString("subject"), rs.getString("detail"),
					rs.getString("region")))
			.list();
	}

	private void record(String actor, String action, String subject, String detail, String region) {
		this.jdbc.sql("""
				INSERT INTO audit.entry (at, actor, action, subject, detail, region)
				VALUES (:at, :actor, :action, :subject, :detail, :region)
				""")
			.param("at", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.param("actor", actor)
			.param("action", action)
			.param("subject", subject)
			.param("detail", detail)
			.param("region", region)
			.update();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
