package io.greenloop.waste.domain;

import java.util.List;

/**
 * A step refused by the checks of a transfer: the errors, and the warnings beside them.
 */
public class TransferCheckFailedException extends RuntimeException {

	private final List<TransferFinding> findings;

	public TransferCheckFailedException(List<TransferFinding> findings) {
		super("The transfer fails its checks: "
				+ findings.stream().filter(TransferFinding::blocking).map(TransferFinding::code).toList());
		this.findings = List.copyOf(findings);
	}

	public List<TransferFinding> errors() {
		return this.findings.stream().filter(TransferFinding::blocking).toList();
	}

	public List<TransferFinding> warnings() {
		return this.findings.stream().filter(f -> !f.blocking()).toList();
	}

}
