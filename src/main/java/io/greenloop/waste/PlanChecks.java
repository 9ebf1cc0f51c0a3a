package io.greenloop.waste;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import io.greenloop.waste.PlanCommands.FilePlan;
import io.greenloop.waste.PlanCommands.PlanLine;
import io.greenloop.waste.domain.Edition;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.ManagementClass;
import io.greenloop.waste.domain.WasteCode;
import io.greenloop.waste.persistence.PlanRepository;
import io.greenloop.waste.persistence.PlanRepository.LicenceCover;
import io.greenloop.waste.persistence.PlanRepository.NewLine;

/**
 * What a filed plan must hold, HJ 1259—2022 §5.3 by class: 重点 (KEY) needs the facility
 * information (the site has facilities registered, §5.3.1, §5.4.2), storage and own
 * utilisation/disposal per waste, and 减量化计划和措施; 简化 (SIMPLIFIED) storage and 减量化计划和措施
 * (§5.3.2); 登记 (REGISTERED) generation and transfer only (§5.3.3). Every waste code is
 * one of the 名录 in force on 1 January of the year (§5.5.1 a); a transfer within China
 * names the receiving operator's licence (§5.5.5 g), which must permit the code and be
 * valid in the year.
 */
final class PlanChecks {

	static final Set<String> TRANSFER_TYPES = Set.of("WITHIN_PROVINCE", "CROSS_PROVINCE", "ABROAD");

	private PlanChecks() {
	}

	static void content(FilePlan plan, ManagementClass managementClass, boolean hasFacilities) {
		if (managementClass == ManagementClass.KEY && !hasFacilities) {
			throw new InvalidInputException("facilities", "A key-supervision (重点监管) plan includes the facility "
					+ "information (HJ 1259 §5.3.1): register the site's facilities first");
		}
		if (managementClass != ManagementClass.REGISTERED && blank(plan.reductionMeasures())) {
			throw new InvalidInputException("reductionMeasures", "A " + managementClass.en() + " plan includes the "
					+ "reduction plan and measures (减量化计划和措施, HJ 1259 §5.3.1–§5.3.2)");
		}
		if (plan.lines() == null || plan.lines().isEmpty()) {
			throw new InvalidInputException("lines", "A plan lists at least one hazardous waste (HJ 1259 §5.5.1)");
		}
	}

	static NewLine line(int index, PlanLine line, ManagementClass managementClass, EditionInForce edition, int year,
			PlanRepository plans) {
		String at = "lines[" + index + "].";
		String row = "Line " + (index + 1) + ": ";
		String code = code(at, row, line.wasteCode(), edition);
		if (blank(line.wasteName())) {
			throw new InvalidInputException(at + "wasteName", row + "the waste's name is required");
		}
		BigDecimal generation = tonnes(at + "generationT", row, line.generationT(), true, "expected generation");
		BigDecimal storage = tonnes(at + "storageT", row, line.storageT(),
				managementClass != ManagementClass.REGISTERED,
				"expected storage at the year's end (required for key and simplified management)");
		BigDecimal own = tonnes(at + "ownTreatmentT", row, line.ownTreatmentT(), managementClass == ManagementClass.KEY,
				"expected own utilisation/disposal (required for key supervision)");
		BigDecimal transfer = tonnes(at + "transferT", row, line.transferT(), false, "expected transfer");
		String type = blank(line.transferType()) ? null : line.transferType().strip().toUpperCase(Locale.ROOT);
		if (type != null && !TRANSFER_TYPES.contains(type)) {
			throw new InvalidInputException(at + "transferType",
					row + "'" + line.transferType() + "' is not one of WITHIN_PROVINCE, CROSS_PROVINCE, ABROAD");
		}
		boolean transfers = transfer != null && transfer.signum() > 0;
		if (transfers && type == null) {
			throw new InvalidInputException(at + "transferType", row + "a transfer needs its type");
		}
		Long receiver = line.receiverLicenceId();
		if (transfers && !"ABROAD".equals(type) && receiver == null) {
			throw new InvalidInputException(at + "receiverLicenceId",
					row + "a transfer within China names the receiver's licence (HJ 1259 §5.5.5 g)");
		}
		if (receiver != null) {
			receiver(at, row, receiver, code, year, plans);
		}
		return new NewLine(code, line.wasteName().strip(), generation, storage, own, type, transfer, receiver);
	}

	private static String code(String at, String row, String text, EditionInForce inForce) {
		Edition edition = inForce.used();
		WasteCode code;
		try {
			code = WasteCode.of(text);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidInputException(at + "wasteCode",
					row + (text == null ? "the waste code is required" : ex.getMessage()));
		}
		if (edition.entries().stream().noneMatch(entry -> entry.code().equals(code))) {
			throw new InvalidInputException(at + "wasteCode",
					row + "waste code " + code
							+ " is not listed in the 国家危险废物名录 in force on 1 January (checked against "
							+ inForce.checkedAgainst() + ")");
		}
		return code.value();
	}

	private static void receiver(String at, String row, long licenceId, String code, int year, PlanRepository plans) {
		LicenceCover licence = plans.licence(licenceId, code)
			.orElseThrow(
					() -> new InvalidInputException(at + "receiverLicenceId", row + "unknown licence " + licenceId));
		if (!licence.coversCode()) {
			throw new InvalidInputException(at + "receiverLicenceId",
					row + "licence " + licence.number() + " does not permit waste code " + code);
		}
		if (licence.validTo().isBefore(LocalDate.of(year, 1, 1))
				|| licence.validFrom().isAfter(LocalDate.of(year, 12, 31))) {
			throw new InvalidInputException(at + "receiverLicenceId", row + "licence " + licence.number()
					+ " is not valid in " + year + " (" + licence.validFrom() + " – " + licence.validTo() + ")");
		}
	}

	private static BigDecimal tonnes(String field, String row, BigDecimal value, boolean required, String what) {
		if (value == null) {
			if (required) {
				throw new InvalidInputException(field, row + "the " + what + " (t) is required");
			}
			return null;
		}
		if (value.signum() < 0) {
			throw new InvalidInputException(field, row + "the " + what + " cannot be negative");
		}
		return value;
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
