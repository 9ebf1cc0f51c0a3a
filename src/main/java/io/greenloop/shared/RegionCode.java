package io.greenloop.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The six-digit code of an administrative division under GB/T 2260 (中华人民共和国行政区划代码): two
 * digits for the province, two for the prefecture (盟市), two for the county level (旗县区).
 * 150000 is the Inner Mongolia Autonomous Region, 150100 Hohhot, 150102 its 新城区.
 *
 * @param value the code, six digits
 */
public record RegionCode(String value) {

	private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

	public RegionCode {
		if (value == null || !SIX_DIGITS.matcher(value).matches()) {
			throw new InvalidRegionCodeException(value);
		}
	}

	public static RegionCode of(String value) {
		return new RegionCode(value);
	}

	/**
	 * The code of the province-level unit this region belongs to (itself for a province).
	 */
	public RegionCode province() {
		return new RegionCode(this.value.substring(0, 2) + "0000");
	}

	/**
	 * The region directly above: the 盟市 of a 旗县, the autonomous region of a 盟市; none for
	 * the autonomous region.
	 */
	public Optional<RegionCode> parent() {
		if (isProvince()) {
			return Optional.empty();
		}
		return Optional.of(isPrefecture() ? province() : new RegionCode(this.value.substring(0, 4) + "00"));
	}

	/** Whether this is a province-level code (自治区), such as 150000. */
	public boolean isProvince() {
		return this.value.endsWith("0000");
	}

	/** Whether this is a prefecture-level code (盟市), such as 150100. */
	public boolean isPrefecture() {
		return !isProvince() && this.value.endsWith("00");
	}

	/**
	 * The leading digits every code inside this region shares: "15" for the autonomous
	 * region, "1501" for Hohhot, the whole code for a 旗县级 unit.
	 * {@code code LIKE prefix || '%'} selects a region and everything below it.
	 */
	public String scopePrefix() {
		return isProvince() ? this.value.substring(0, 2) : isPrefecture() ? this.value.substring(0, 4) : this.value;
	}

	/** Whether the other region is this one or lies inside it. */
	public boolean covers(RegionCode other) {
		return other.value.startsWith(scopePrefix());
	}

	/** The level of the region: 1 province (自治区), 2 prefecture (盟市), 3 county (旗县区). */
	public int level() {
		return isProvince() ? 1 : isPrefecture() ? 2 : 3;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
