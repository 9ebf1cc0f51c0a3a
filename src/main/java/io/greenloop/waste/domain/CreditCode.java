package io.greenloop.waste.domain;

/**
 * A unified social credit code (统一社会信用代码), GB 32100—2015: 18 characters from the 31 of
 * {@link #CHARACTERS} (digits and capital letters without I, O, Z, S, V): 登记管理部门代码 (1),
 * 机构类别代码 (1), 登记管理机关行政区划码 (6, GB/T 2260), 主体标识码 (9, the former organisation code), and a
 * check character. The check character is computed as the standard prescribes: with the
 * weights {@code 3^(i−1) mod 31} of positions 1–17, {@code C18 = 31 − (Σ Ci·Wi mod
 * 31)}, where 31 means 0. (The clause numbering was not checked against the standard's
 * text, which is not among our sources; real-format codes that satisfy it, such as
 * {@code 91350100M000100Y43}, are among the unit tests.)
 *
 * @param value the 18 characters
 */
public record CreditCode(String value) {

	/** GB 32100—2015 代码字符集: the 31 characters, in the order of their values 0–30. */
	static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	/** Positions 1–17 are weighted 3^(i−1) mod 31. */
	static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public CreditCode {
		if (value == null || value.length() != 18) {
			throw new IllegalArgumentException("A unified social credit code has 18 characters, not "
					+ (value == null ? 0 : value.length()) + " ('" + value + "')");
		}
		for (int i = 0; i < 18; i++) {
			if (CHARACTERS.indexOf(value.charAt(i)) < 0) {
				throw new IllegalArgumentException("Character " + (i + 1) + " of " + value + " ('" + value.charAt(i)
						+ "') is not allowed: digits and capital letters without I, O, Z, S, V");
			}
		}
		char expected = checkCharacter(value);
		if (value.charAt(17) != expected) {
			throw new IllegalArgumentException("The check character of " + value + " is wrong: by GB 32100—2015 it is '"
					+ expected + "', not '" + value.charAt(17) + "'");
		}
	}

	public static CreditCode of(String value) {
		return new CreditCode(value == null ? null : value.strip().toUpperCase(java.util.Locale.ROOT));
	}

	/** The check character the first 17 characters call for. */
	static char checkCharacter(String code) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CHARACTERS.indexOf(code.charAt(i)) * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return CHARACTERS.charAt(check == 31 ? 0 : check);
	}

	/** 登记管理机关行政区划码: the registering authority's region (GB/T 2260), characters 3–8. */
	public String registrationRegion() {
		return this.value.substring(2, 8);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
