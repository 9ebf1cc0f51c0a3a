package io.greenloop.waste;

import java.util.Optional;

import io.greenloop.identity.DataScope;
import io.greenloop.identity.Role;
import io.greenloop.region.Region;
import io.greenloop.region.Regions;
import io.greenloop.shared.RegionCode;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.NotPermittedException;

import org.springframework.stereotype.Component;

/**
 * Who may read and write the registry, and what a region field must be. Logged-in users
 * read the enterprises of their region and the regions below; administrators, and
 * reviewers within their scope, write.
 */
@Component
class RegistryRules {

	private final Regions regions;

	RegistryRules(Regions regions) {
		this.regions = regions;
	}

	/** The region of the field, which must be a region of the region module. */
	Region region(String field, String code) {
		Optional<Region> region;
		try {
			region = this.regions.find(RegionCode.of(code));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidInputException(field, "'" + code + "' is not a region code (six digits, GB/T 2260)");
		}
		return region.orElseThrow(() -> new InvalidInputException(field, "Unknown region " + code));
	}

	String regionName(String code) {
		return this.regions.find(RegionCode.of(code)).map(Region::name).orElse(code);
	}

	void checkWrites(DataScope scope, String regionCode) {
		if (!scope.isAdmin() && !scope.has(Role.REVIEWER)) {
			throw new NotPermittedException("Only administrators and reviewers change the waste registry");
		}
		if (!scope.sees(regionCode)) {
			throw new NotPermittedException("Region " + regionCode + " is outside your data scope");
		}
	}

	static String required(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "The " + field + " is required");
		}
		return value.strip();
	}

}
