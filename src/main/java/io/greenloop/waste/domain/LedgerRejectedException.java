package io.greenloop.waste.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Records refused by the ledger's rules; nothing of the request was written. Lists every
 * refusal, each naming the record, the field and the rule.
 */
public class LedgerRejectedException extends RuntimeException {

	private final transient List<LedgerRefusal> refusals;

	public LedgerRejectedException(List<LedgerRefusal> refusals) {
		super(refusals.size() + " ledger record(s) refused, nothing recorded: "
				+ refusals.stream()
					.limit(5)
					.map(refusal -> "record " + refusal.index() + " " + refusal.field() + ": " + refusal.reason())
					.collect(Collectors.joining("; ")));
		this.refusals = List.copyOf(refusals);
	}

	public List<LedgerRefusal> refusals() {
		return this.refusals;
	}

}
