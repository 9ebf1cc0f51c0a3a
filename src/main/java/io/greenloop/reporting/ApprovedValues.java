package io.greenloop.reporting;

import java.util.List;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.reporting.domain.NotPermittedException;
import io.greenloop.reporting.persistence.ApprovedValueRepository;
import io.greenloop.shared.RegionCode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The approved values, within the caller's data scope, with every revision. */
@Service
@Transactional(readOnly = true)
public class ApprovedValues {

	/** The most values one request answers. */
	public static final int LIMIT = 10_000;

	private final ApprovedValueRepository values;

	private final CurrentAccount current;

	ApprovedValues(ApprovedValueRepository values, CurrentAccount current) {
		this.values = values;
		this.current = current;
	}

	/**
	 * Approved values by item, region (and the regions below) and period; every part
	 * optional. Without a region, the caller's own region and below.
	 */
	public List<ApprovedValue> find(String itemCode, String regionCode, String periodCode) {
		return this.values.findAll(blankToNull(itemCode), scopePrefix(regionCode), blankToNull(periodCode), LIMIT);
	}

	/** Every approved revision of one value, oldest first. */
	public List<ApprovedValue> history(String itemCode, String regionCode, String periodCode) {
		scopePrefix(regionCode);
		return this.values.history(itemCode, regionCode, periodCode);
	}

	private String scopePrefix(String regionCode) {
		DataScope scope = this.current.scope();
		String region = blankToNull(regionCode);
		if (region == null) {
			return scope.isAdmin() ? null : RegionCode.of(scope.regionCode()).scopePrefix();
		}
		if (!scope.sees(region)) {
			throw new NotPermittedException(
					"地区%s不在您的数据范围内 / region %s is outside your data scope".formatted(region, region));
		}
		return RegionCode.of(region).scopePrefix();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
