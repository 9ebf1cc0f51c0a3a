package io.greenloop.waste;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.waste.Commands.RecordLicence;
import io.greenloop.waste.Views.LicenceView;
import io.greenloop.waste.domain.Edition;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.LicensedActivity;
import io.greenloop.waste.domain.WasteCode;
import io.greenloop.waste.persistence.EnterpriseRepository;
import io.greenloop.waste.persistence.EnterpriseRepository.EnterpriseRow;
import io.greenloop.waste.persistence.LicenceRepository;
import io.greenloop.waste.persistence.LicenceRepository.LicenceRow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 危险废物经营许可证 held by operators: number, validity, the permitted waste codes (each
 * listed in the edition of the 名录 in force on the first day of validity), activities and
 * annual capacity (t/a).
 */
@Service
public class Licences {

	private final LicenceRepository licences;

	private final EnterpriseRepository enterprises;

	private final WasteCatalogue catalogue;

	private final RegistryRules rules;

	private final CurrentAccount account;

	private final RegistryAudit audit;

	Licences(LicenceRepository licences, EnterpriseRepository enterprises, WasteCatalogue catalogue,
			RegistryRules rules, CurrentAccount account, RegistryAudit audit) {
		this.audit = audit;
		this.licences = licences;
		this.enterprises = enterprises;
		this.catalogue = catalogue;
		this.rules = rules;
		this.account = account;
	}

	/** The licences within the caller's scope, of one enterprise (null: all). */
	public List<LicenceView> list(Long enterpriseId) {
		DataScope scope = this.account.scope();
		return this.licences.list(enterpriseId)
			.stream()
			.filter(row -> scope.sees(row.regionCode()))
			.map(Licences::view)
			.toList();
	}

	/**
	 * Every licence, whatever the caller's scope: the operators an enterprise may name as
	 * a plan's receiver (HJ 1259—2022 §5.5.5 g), which are often in another city.
	 */
	public List<LicenceView> receivers() {
		return this.licences.list(null).stream().map(Licences::view).toList();
	}

	List<LicenceView> of(long enterpriseId) {
		return this.licences.list(enterpriseId).stream().map(Licences::view).toList();
	}

	@Transactional
	public LicenceView record(RecordLicence command) {
		DataScope scope = this.account.scope();
		if (command.enterpriseId() == null) {
			throw new InvalidInputException("enterpriseId", "The enterpriseId of the licence holder is required");
		}
		EnterpriseRow holder = this.enterprises.find(command.enterpriseId())
			.orElseThrow(
					() -> new InvalidInputException("enterpriseId", "Unknown enterprise " + command.enterpriseId()));
		this.rules.checkWrites(scope, holder.regionCode());
		String number = RegistryRules.required("number", command.number());
		if (command.validFrom() == null || command.validTo() == null) {
			throw new InvalidInputException(command.validFrom() == null ? "validFrom" : "validTo",
					"A licence is valid from a date to a date");
		}
		if (command.validTo().isBefore(command.validFrom())) {
			throw new InvalidInputException("validTo",
					"The licence ends (" + command.validTo() + ") before it begins (" + command.validFrom() + ")");
		}
		BigDecimal capacity = command.annualCapacityTonnes();
		if (capacity == null || capacity.signum() <= 0) {
			throw new InvalidInputException("annualCapacityTonnes",
					"The permitted annual capacity (t/a) must be " + "greater than zero");
		}
		EditionInForce inForce = this.catalogue.inForce(command.validFrom());
		Edition edition = java.util.Optional.ofNullable(inForce.used())
			.orElseThrow(() -> new InvalidInputException("validFrom", "No edition of the 国家危险废物名录 loaded is in "
					+ "force on " + command.validFrom() + " (the earliest loaded is in force from 2021-01-01)"));
		List<String> codes = wasteCodes(command.wasteCodes(), inForce);
		List<String> activities = activities(command.activities());
		if (this.licences.numberTaken(number)) {
			throw new DuplicateRegistrationException("number", "Licence " + number + " is already recorded");
		}
		this.licences.insert(holder.id(), number, command.validFrom(), command.validTo(), activities, capacity,
				edition.name(), codes);
		this.audit.changed("licence " + number, "recorded for enterprise " + holder.id() + ", valid "
				+ command.validFrom() + " to " + command.validTo() + ", codes " + String.join(" ", codes),
				holder.regionCode());
		return list(holder.id()).stream().filter(l -> l.number().equals(number)).findFirst().orElseThrow();
	}

	private static List<String> wasteCodes(List<String> given, EditionInForce inForce) {
		Edition edition = inForce.used();
		if (given == null || given.isEmpty()) {
			throw new InvalidInputException("wasteCodes", "A licence permits at least one waste code");
		}
		TreeSet<String> codes = new TreeSet<>();
		for (String text : given) {
			WasteCode code;
			try {
				code = WasteCode.of(text);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("wasteCodes", ex.getMessage());
			}
			if (edition.entries().stream().noneMatch(entry -> entry.code().equals(code))) {
				throw new InvalidInputException("wasteCodes",
						"Waste code " + code + " is not listed in the 国家危险废物名录 in force on " + inForce.day()
								+ " (checked against " + inForce.checkedAgainst() + ")");
			}
			codes.add(code.value());
		}
		return new ArrayList<>(codes);
	}

	private static List<String> activities(List<String> given) {
		if (given == null || given.isEmpty()) {
			throw new InvalidInputException("activities",
					"A licence permits at least one of COLLECTION, STORAGE, " + "UTILISATION, DISPOSAL");
		}
		TreeSet<String> activities = new TreeSet<>();
		for (String text : given) {
			try {
				activities.add(LicensedActivity.valueOf(text.strip().toUpperCase(Locale.ROOT)).name());
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				throw new InvalidInputException("activities",
						"'" + text + "' is not one of COLLECTION, STORAGE, UTILISATION, DISPOSAL");
			}
		}
		return new ArrayList<>(activities);
	}

	private static LicenceView view(LicenceRow row) {
		return new LicenceView(row.id(), row.enterpriseId(), row.enterpriseName(), row.number(), row.validFrom(),
				row.validTo(), row.activities(), row.annualCapacityTonnes(), row.catalogueEdition(), row.wasteCodes());
	}

}
