package io.greenloop.waste;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the registry is asked to record. */
public final class Commands {

	private Commands() {
	}

	/**
	 * Registers an enterprise.
	 *
	 * @param creditCode 统一社会信用代码
	 * @param name the registered name
	 * @param regionCode the region (GB/T 2260) where it is registered
	 */
	public record RegisterEnterprise(String creditCode, String name, String regionCode) {
	}

	/**
	 * Adds a production site (生产场所) to an enterprise.
	 *
	 * @param name the site's name
	 * @param address its address
	 * @param regionCode its region (GB/T 2260)
	 * @param industryCode its industry (GB/T 4754—2017)
	 */
	public record AddSite(String name, String address, String regionCode, String industryCode) {
	}

	/**
	 * Records a 危险废物经营许可证 held by an enterprise.
	 *
	 * @param enterpriseId the operator
	 * @param number the licence number
	 * @param validFrom first day valid
	 * @param validTo last day valid
	 * @param wasteCodes the permitted waste codes of the 名录 in force on validFrom
	 * @param activities the permitted activities
	 * @param annualCapacityTonnes the permitted annual capacity (t/a)
	 */
	public record RecordLicence(Long enterpriseId, String number, LocalDate validFrom, LocalDate validTo,
			List<String> wasteCodes, List<String> activities, BigDecimal annualCapacityTonnes) {
	}

}
