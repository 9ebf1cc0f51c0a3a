package io.greenloop.supervision;

/** No task or project has the code asked for. */
public class UnknownTaskException extends RuntimeException {

	public UnknownTaskException(String code) {
		super("No task has the code " + code);
	}

}
