/**
 * The audit log (审计日志): an append-only record of logins, account changes, submissions and
 * their approvals, imports, configuration changes and changes of the waste registry. It
 * listens to the events the other modules publish, in their transactions, so nothing is
 * done without being recorded; the database refuses to change or delete an entry.
 */
@ApplicationModule(displayName = "Audit log",
		allowedDependencies = { "identity :: events", "reporting :: events", "waste :: events" })
package io.greenloop.audit;

import org.springframework.modulith.ApplicationModule;
