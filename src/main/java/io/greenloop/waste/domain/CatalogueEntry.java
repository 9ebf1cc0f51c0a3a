package io.greenloop.waste.domain;

import java.util.Set;

/**
 * One waste of the 国家危险废物名录: a row of the 附表.
 *
 * @param code 废物代码
 * @param industrySource 行业来源, as the text writes it
 * @param description 危险废物, the description
 * @param hazardText 危险特性 as written
 * @param hazards the characteristics it names
 */
public record CatalogueEntry(WasteCode code, String industrySource, String description, String hazardText,
		Set<HazardCharacteristic> hazards) {

	public HazardCategory category() {
		return this.code.category();
	}

}
