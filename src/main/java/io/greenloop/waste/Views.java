package io.greenloop.waste;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the registry answers. */
public final class Views {

	private Views() {
	}

	/** An enterprise with its sites and licences (empty in lists). */
	public record EnterpriseView(long id, String creditCode, String name, String regionCode, String regionName,
			List<SiteView> sites, List<LicenceView> licences) {
	}

	/** A production site. */
	public record SiteView(long id, long enterpriseId, String name, String address, String regionCode,
			String regionName, String industryCode) {
	}

	/** A 危险废物经营许可证. */
	public record LicenceView(long id, long enterpriseId, String enterpriseName, String number, LocalDate validFrom,
			LocalDate validTo, List<String> activities, BigDecimal annualCapacityTonnes, String catalogueEdition,
			List<String> wasteCodes) {
	}

}
