package io.greenloop.waste.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The hazard characteristics (危险特性) of the 国家危险废物名录（2021 年版） 第五条（四）. The 附表 writes
 * combinations as {@code T/C/I/R}, {@code T，I} or {@code C，T}; all mean "each of these".
 */
public enum HazardCharacteristic {

	/** 毒性 Toxicity. */
	T("毒性"),
	/** 腐蚀性 Corrosivity. */
	C("腐蚀性"),
	/** 易燃性 Ignitability. */
	I("易燃性"),
	/** 反应性 Reactivity. */
	R("反应性"),
	/** 感染性 Infectivity. */
	In("感染性");

	private final String chinese;

	HazardCharacteristic(String chinese) {
		this.chinese = chinese;
	}

	public String chinese() {
		return this.chinese;
	}

	/** The characteristics written in the 附表's 危险特性 column. */
	public static Set<HazardCharacteristic> parse(String text) {
		Set<HazardCharacteristic> found = EnumSet.noneOf(HazardCharacteristic.class);
		for (String part : text.split("[/，,、\\s]+")) {
			if (!part.isEmpty()) {
				found.add(of(part, text));
			}
		}
		if (found.isEmpty()) {
			throw new IllegalArgumentException("No hazard characteristic in '" + text + "'");
		}
		return found;
	}

	private static HazardCharacteristic of(String part, String text) {
		for (HazardCharacteristic characteristic : values()) {
			if (characteristic.name().equals(part)) {
				return characteristic;
			}
		}
		throw new IllegalArgumentException("'" + part + "' in '" + text + "' is not one of T, C, I, R, In");
	}

}
