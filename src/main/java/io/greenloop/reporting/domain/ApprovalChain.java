package io.greenloop.reporting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.greenloop.shared.RegionCode;

/**
 * Who reviews a submission, bottom-up as governments review (逐级审核): first the reviewer of
 * the submitting region, then the reviewer of each region above it whose level the form
 * names (2 盟市, 1 自治区). A 旗县 submission of a form accepted at levels {2, 1} goes 旗县 → 盟市 →
 * 自治区; a 盟市 submission of the same form goes 盟市 → 自治区.
 */
public final class ApprovalChain {

	private ApprovalChain() {
	}

	public static List<String> of(String regionCode, Set<Integer> acceptLevels) {
		RegionCode region = RegionCode.of(regionCode);
		List<String> chain = new ArrayList<>();
		chain.add(region.value());
		if (region.level() > 2 && acceptLevels.contains(2)) {
			chain.add(region.parent().orElseThrow().value());
		}
		if (region.level() > 1 && acceptLevels.contains(1)) {
			chain.add(region.province().value());
		}
		return List.copyOf(chain);
	}

}
