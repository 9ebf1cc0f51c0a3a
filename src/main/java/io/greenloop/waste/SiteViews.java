package io.greenloop.waste;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the registry answers about sites, parks, contacts, carriers and members. */
public final class SiteViews {

	private SiteViews() {
	}

	/** An industrial park (园区). */
	public record ParkView(long id, String name, String regionCode, String regionName) {
	}

	/** A production site with what HJ 1259 §4.2.3 needs, and its facilities. */
	public record SiteDetailView(long id, long enterpriseId, String enterpriseName, String name, String regionCode,
			String industryCode, Long parkId, String parkName, LocalDate operatingSince, BigDecimal estimatedHwTonnes,
			boolean intermittent, List<FacilityView> facilities) {
	}

	/** A facility of a site. */
	public record FacilityView(long id, long siteId, String code, String name, String kind, String type,
			BigDecimal capacityTonnes) {
	}

	/** A contact of an enterprise (site null) or one of its sites. */
	public record ContactView(long id, long enterpriseId, Long siteId, String role, String name, String phone,
			String email) {
	}

	/** A carrier with its vehicles. */
	public record CarrierView(long id, long enterpriseId, String enterpriseName, String permitNumber,
			LocalDate permitValidTo, List<VehicleView> vehicles) {
	}

	/** A carrier's vehicle. */
	public record VehicleView(long id, long carrierId, String plate, String permitNumber, LocalDate permitValidTo) {
	}

	/** A site lying in a park, with its enterprise. */
	public record ParkSiteView(long parkId, long siteId, String siteName, long enterpriseId, String enterpriseName) {
	}

	/** An account acting for an enterprise. */
	public record MemberView(String username, String displayName, long enterpriseId) {
	}

}
