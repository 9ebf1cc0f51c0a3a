package io.greenloop.reporting.domain.rules;

import java.math.BigDecimal;

/** Builds the facts of a reported item for tests, with only what a test cares about. */
final class Items {

	private String code = "IW-01";

	private String name = "一般工业固体废物综合利用率";

	private String expectedUnit = "%";

	private boolean numeric = true;

	private String measure = "LEVEL";

	private String concept = "SOLID_WASTE_UTILISATION";

	private String rawValue;

	private BigDecimal value;

	private BigDecimal numerator;

	private BigDecimal denominator;

	private String reportedUnit;

	private BigDecimal previous;

	private BigDecimal target;

	private BigDecimal baseline;

	private Items() {
	}

	/** 一般工业固体废物综合利用率, a level in %, reported as a number. */
	static Items rate() {
		return new Items();
	}

	/** 工业固体废物产生量 in 万吨, reported as a number. */
	static Items tonnes() {
		return new Items().code("IW-02").name("工业固体废物产生量").unit("万吨").concept("SOLID_WASTE_GENERATED");
	}

	/** 主要做法, reported as text. */
	static Items text() {
		return new Items().code("TX-01").name("主要做法").unit(null).measure(null).concept(null).numeric(false);
	}

	Items code(String code) {
		this.code = code;
		return this;
	}

	Items name(String name) {
		this.name = name;
		return this;
	}

	Items unit(String unit) {
		this.expectedUnit = unit;
		return this;
	}

	Items numeric(boolean numeric) {
		this.numeric = numeric;
		return this;
	}

	Items measure(String measure) {
		this.measure = measure;
		return this;
	}

	Items concept(String concept) {
		this.concept = concept;
		return this;
	}

	/** What the department typed, and the number it stands for if any. */
	Items typed(String rawValue) {
		this.rawValue = rawValue;
		this.value = ItemFacts.parseValue(rawValue);
		return this;
	}

	Items numerator(String numerator) {
		this.numerator = new BigDecimal(numerator);
		return this;
	}

	Items denominator(String denominator) {
		this.denominator = new BigDecimal(denominator);
		return this;
	}

	Items reportedUnit(String reportedUnit) {
		this.reportedUnit = reportedUnit;
		return this;
	}

	Items previous(String previous) {
		this.previous = new BigDecimal(previous);
		return this;
	}

	Items target(String target) {
		this.target = new BigDecimal(target);
		return this;
	}

	Items baseline(String baseline) {
		this.baseline = new BigDecimal(baseline);
		return this;
	}

	ItemFacts build() {
		return new ItemFacts(this.code, this.name, this.expectedUnit, this.numeric, this.measure, this.concept,
				this.rawValue, this.value, this.numerator, this.denominator, this.reportedUnit, this.previous,
				this.target, this.baseline);
	}

}
