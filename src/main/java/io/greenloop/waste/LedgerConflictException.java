package io.greenloop.waste;

/** An idempotency key already used for another request (409). */
public class LedgerConflictException extends RuntimeException {

	public LedgerConflictException(String message) {
		super(message);
	}

}
