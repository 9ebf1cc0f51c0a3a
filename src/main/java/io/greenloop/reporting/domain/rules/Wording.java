package io.greenloop.reporting.domain.rules;

import java.util.Locale;

/**
 * One thing said in Chinese and in English. Rules are checked inside the domain, far from
 * any message bundle, yet their findings are read by departments in Chinese and by
 * reviewers in either language, so both renderings travel together.
 *
 * @param zh the Chinese text, the default
 * @param en the English text
 */
record Wording(String zh, String en) {

	static Wording of(String zh, String en) {
		return new Wording(zh, en);
	}

	/** English for an English locale, Chinese for every other one, as the portal does. */
	String in(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? this.en : this.zh;
	}

	Wording prefixed(Wording prefix) {
		return new Wording(prefix.zh + this.zh, prefix.en + this.en);
	}

}
