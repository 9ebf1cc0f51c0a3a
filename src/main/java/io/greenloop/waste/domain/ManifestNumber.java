package io.greenloop.waste.domain;

/**
 * The 14-digit number of a transfer manifest (危险废物转移管理办法 第十五条): digits 1–4 the year, 5–6
 * the origin province's code (移出地省级行政区划代码), 7–8 the origin prefecture's (设区的市级), 9–14 a
 * serial (流水编号) within that prefecture, here per year.
 *
 * @param value the 14 digits
 */
public record ManifestNumber(String value) {

	public ManifestNumber {
		if (value == null || !value.matches("\\d{14}")) {
			throw new IllegalArgumentException("A manifest number is 14 digits (第十五条): " + value);
		}
	}

	/**
	 * The number of a manifest issued in the year from the region (a prefecture or a
	 * county code of six digits), with the serial.
	 */
	public static ManifestNumber of(int year, String originRegion, int serial) {
		if (year < 1000 || year > 9999) {
			throw new IllegalArgumentException("Year " + year + " is not four digits");
		}
		if (originRegion == null || !originRegion.matches("\\d{6}") || originRegion.substring(2, 4).equals("00")) {
			throw new IllegalArgumentException("The origin " + originRegion + " is not inside a prefecture (设区的市)");
		}
		if (serial < 1 || serial > 999_999) {
			throw new IllegalArgumentException("The serial " + serial + " is not within 1–999999");
		}
		return new ManifestNumber("%04d%s%06d".formatted(year, prefecture(originRegion), serial));
	}

	/** The first four digits of a region code: province and prefecture. */
	public static String prefecture(String region) {
		return region.substring(0, 4);
	}

	public int year() {
		return Integer.parseInt(this.value.substring(0, 4));
	}

	public String provinceCode() {
		return this.value.substring(4, 6);
	}

	public String prefectureCode() {
		return this.value.substring(6, 8);
	}

	public int serial() {
		return Integer.parseInt(this.value.substring(8));
	}

	@Override
	public String toString() {
		return this.value;
	}

}
