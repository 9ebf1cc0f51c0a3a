package io.greenloop.identity;

/** No account has the id. */
public class UnknownAccountException extends RuntimeException {

	public UnknownAccountException(long id) {
		super("No account has the id " + id);
	}

}
