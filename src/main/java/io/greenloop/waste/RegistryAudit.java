package io.greenloop.waste;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.waste.events.RegistryChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Announces every addition to and correction of the registry as {@link RegistryChanged},
 * which the audit log records in the same transaction: if the entry cannot be written,
 * the change is not made either.
 */
@Component
class RegistryAudit {

	private final ApplicationEventPublisher events;

	private final CurrentAccount account;

	RegistryAudit(ApplicationEventPublisher events, CurrentAccount account) {
		this.events = events;
		this.account = account;
	}

	void changed(String subject, String detail, String regionCode) {
		this.events.publishEvent(new RegistryChanged(this.account.scope().username(), subject, detail, regionCode));
	}

	/** Collects the fields that change, as {@code field: old → new}. */
	static final class Diff {

		private final List<String> changes = new ArrayList<>();

		Diff field(String name, Object before, Object after) {
			String old = before == null ? "" : before.toString().strip();
			String now = after == null ? "" : after.toString().strip();
			if (before instanceof java.math.BigDecimal a && after instanceof java.math.BigDecimal b
					&& a.compareTo(b) == 0) {
				return this;
			}
			if (!Objects.equals(old, now)) {
				this.changes.add(name + ": " + (old.isEmpty() ? "—" : old) + " → " + (now.isEmpty() ? "—" : now));
			}
			return this;
		}

		boolean isEmpty() {
			return this.changes.isEmpty();
		}

		@Override
		public String toString() {
			return String.join("; ", this.changes);
		}

	}

}
