package io.greenloop.waste;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the registry is asked to record about sites, parks, contacts and carriers. */
public final class SiteCommands {

	private SiteCommands() {
	}

	/**
	 * Registers an industrial park (园区).
	 *
	 * @param name the park's name, unique in its region
	 * @param regionCode its region (GB/T 2260)
	 */
	public record AddPark(String name, String regionCode) {
	}

	/**
	 * What HJ 1259—2022 §4.2.3 needs to know of a site besides its ledger.
	 *
	 * @param parkId the park it lies in, if any
	 * @param operatingSince when it began operating (投运), if it has
	 * @param estimatedHwTonnes the larger of the EIA and 排污许可 estimates of annual
	 * hazardous waste generation (t/a)
	 * @param intermittent whether it produces hazardous waste in cycles longer than three
	 * years (间歇产生危险废物周期大于 3 年); null: no. A PUT replaces all four.
	 */
	public record UpdateSite(Long parkId, LocalDate operatingSince, BigDecimal estimatedHwTonnes,
			Boolean intermittent) {

		/** A site is not intermittent unless said so. */
		public boolean isIntermittent() {
			return Boolean.TRUE.equals(this.intermittent);
		}

	}

	/**
	 * A person to reach at an enterprise, or at one of its sites.
	 *
	 * @param siteId the site, or null for the enterprise as a whole
	 * @param role LEGAL 法定代表人, ENVIRONMENT 环保负责人, LEDGER 台账负责人 (HJ 1259 §6.1.1),
	 * EMERGENCY 应急联系人
	 */
	public record AddContact(Long siteId, String role, String name, String phone, String email) {
	}

	/**
	 * A facility of a site (HJ 1259 §5.4.2, 附录 A.2).
	 *
	 * @param code the facility code, unique in the site (排污许可证 code, or per HJ 608)
	 * @param kind PRODUCTION, STORAGE, UTILISATION or DISPOSAL
	 * @param type e.g. 贮存库, 焚烧
	 * @param capacityTonnes tonnes held (storage) or tonnes a year (utilisation,
	 * disposal); required for all but production
	 */
	public record AddFacility(String code, String name, String kind, String type, BigDecimal capacityTonnes) {
	}

	/**
	 * Records an enterprise as a carrier (承运人) with its 道路危险货物运输 permit.
	 */
	public record RegisterCarrier(Long enterpriseId, String permitNumber, LocalDate permitValidTo) {
	}

	/** A carrier's vehicle with its 道路运输证 (部令第23号 第十一条). */
	public record AddVehicle(String plate, String permitNumber, LocalDate permitValidTo) {
	}

	/** Lets an existing account act for an enterprise. */
	public record AddMember(String username) {
	}

}
