package io.greenloop.evaluation.domain;

/** Sentences of an explanation, in Chinese and English side by side. */
final class Narrative {

	private final StringBuilder zh = new StringBuilder();

	private final StringBuilder en = new StringBuilder();

	Narrative say(String zh, String en) {
		this.zh.append(zh);
		if (!this.en.isEmpty()) {
			this.en.append(' ');
		}
		this.en.append(en);
		return this;
	}

	Explanation explanation() {
		return new Explanation(this.zh.toString(), this.en.toString());
	}

}
