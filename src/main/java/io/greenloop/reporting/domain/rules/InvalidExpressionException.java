package io.greenloop.reporting.domain.rules;

import java.util.Locale;

/**
 * An expression an administrator typed cannot be read. It says where (the first character
 * is position 1) and what was expected there, so the rule page can point at the mistake.
 */
public class InvalidExpressionException extends IllegalArgumentException {

	private final int position;

	private final Wording detail;

	InvalidExpressionException(int position, Wording detail) {
		super("at position " + position + ": " + detail.en());
		this.position = position;
		this.detail = detail;
	}

	/** Where the mistake is, counting characters from 1. */
	public int position() {
		return this.position;
	}

	/** Such as "第7个字符处：应为数字、变量、函数或“(”，实际为“*”". */
	public String message(Locale locale) {
		return wording().in(locale);
	}

	Wording wording() {
		return Wording.of("第" + this.position + "个字符处：" + this.detail.zh(), getMessage());
	}

}
