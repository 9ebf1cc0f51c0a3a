package io.greenloop.waste.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a list of ledger records for one site must keep, all of them checked before
 * anything is written (HJ 1259—2022 §6.3 and 附录 B): the fields each stage records, a
 * waste code of the 名录 in force on the record's date (or a general stream), a quantity
 * above zero, no date in the future, the site's facility of the stage's kind, batch codes
 * unique per site and stage, and the batch chain 产生 → 入库 → 出库 → 自行利用/处置 or 委外利用/处置
 * (§6.3.2 产生批次编码, §6.3.3 入库批次编码, §6.3.4–§6.3.5 产生批次编码/出库批次编码) never taking more out of a
 * batch than it holds. An off-site record names a receiver whose 危险废物经营许可证 exists, is
 * valid on the date, covers the code and permits the treatment (§6.3.5 许可证编码; 部令第23号
 * 第十条). A receiving operator's storage may start from a 14-digit transfer manifest
 * (部令第23号 第十五条) instead of its own generation. A record may take from a batch recorded
 * earlier in the same list. Plain Java: the facts about the site come through
 * {@link LedgerFacts}.
 */
public final class LedgerRules {

	private static final Set<String> TREATMENTS = Set.of("UTILISATION", "DISPOSAL");

	private final LedgerFacts facts;

	private final Instant now;

	/** Batches of this list, and stored ones as they are taken from: stage|code. */
	private final Map<String, LedgerFacts.Batch> batches = new HashMap<>();

	private final List<LedgerRefusal> refusals = new ArrayList<>();

	public LedgerRules(LedgerFacts facts, Instant now) {
		this.facts = facts;
		this.now = now;
	}

	/**
	 * The records, checked; throws {@link LedgerRejectedException} with every refusal if
	 * any breaks a rule.
	 */
	public List<LedgerRecord> check(List<LedgerEntry> entries) {
		List<LedgerRecord> records = new ArrayList<>(entries.size());
		for (int i = 0; i < entries.size(); i++) {
			if (entries.get(i) == null) {
				this.refusals.add(new LedgerRefusal(i, "record", "The record is empty"));
				continue;
			}
			records.add(new EntryCheck(i, entries.get(i)).check());
		}
		if (!this.refusals.isEmpty()) {
			throw new LedgerRejectedException(this.refusals);
		}
		return records;
	}

	private Optional<LedgerFacts.Batch> batch(LedgerStage stage, String code) {
		LedgerFacts.Batch known = this.batches.get(key(stage, code));
		return known != null ? Optional.of(known) : this.facts.batch(stage, code);
	}

	private static String key(LedgerStage stage, String code) {
		return stage.name() + "|" + code;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** The checks of one record, collecting its refusals. */
	private final class EntryCheck {

		private final int index;

		private final LedgerEntry entry;

		private boolean refused;

		EntryCheck(int index, LedgerEntry entry) {
			this.index = index;
			this.entry = entry;
		}

		private void refuse(String field, String reason) {
			LedgerRules.this.refusals.add(new LedgerRefusal(this.index, field, reason));
			this.refused = true;
		}

		private String required(String field, String value) {
			String stripped = blankToNull(value);
			if (stripped == null) {
				refuse(field, "The " + field + " is required");
			}
			return stripped;
		}

		LedgerRecord check() {
			LedgerStage stage = stage();
			String batchCode = required("batchCode", this.entry.batchCode());
			Instant at = time("occurredAt", this.entry.occurredAt(), true);
			String handler = required("handler", this.entry.handler());
			BigDecimal quantity = quantity();
			if (this.entry.containerCount() != null && this.entry.containerCount() <= 0) {
				refuse("containerCount", "The container count must be above zero, not " + this.entry.containerCount());
			}
			String kind = kind();
			String code = required("wasteCode", this.entry.wasteCode());
			String name = blankToNull(this.entry.wasteName());
			if (code != null && kind != null && at != null) {
				Optional<String> listed = LedgerRules.this.facts.catalogueName(kind, code, LedgerTimes.date(at));
				if (listed.isEmpty()) {
					refuse("wasteCode",
							"HAZARDOUS".equals(kind)
									? code + " is not a waste of the 国家危险废物名录 in force on " + LedgerTimes.date(at)
											+ " (checked against "
											+ LedgerRules.this.facts.catalogueCheckedAgainst(LedgerTimes.date(at)) + ")"
									: code + " is not a general solid waste stream code");
				}
				name = name != null ? name : listed.orElse(null);
			}
			Instant finished = time("finishedAt", this.entry.finishedAt(), false);
			if (finished != null && at != null && finished.isBefore(at)) {
				refuse("finishedAt", "Finished at " + LedgerTimes.format(finished) + ", before it began at "
						+ LedgerTimes.format(at));
			}
			String manifest = manifest();
			if (stage == null || batchCode == null) {
				return null;
			}
			if (batch(stage, batchCode).isPresent()) {
				refuse("batchCode", "Batch code " + batchCode + " is already recorded at stage " + stage + " ("
						+ stage.label() + ") of this site");
			}
			String treatment = treatment(stage);
			facility(stage, treatment);
			LedgerStage source = null;
			if (at != null && quantity != null && code != null) {
				source = chain(stage, code, quantity, at, manifest);
				if (stage == LedgerStage.OFF_SITE) {
					receiver(kind, code, treatment, LedgerTimes.date(at));
				}
				LedgerRules.this.batches.put(key(stage, batchCode),
						new LedgerFacts.Batch(code, quantity, BigDecimal.ZERO, at));
			}
			if (this.refused) {
				return null;
			}
			return new LedgerRecord(stage, batchCode, at, kind, code, name, quantity,
					blankToNull(this.entry.containerCode()), blankToNull(this.entry.containerType()),
					this.entry.containerCount(), blankToNull(this.entry.facilityCode()), treatment,
					blankToNull(this.entry.method()), finished, handler, blankToNull(this.entry.destination()), source,
					blankToNull(this.entry.sourceBatchCode()), blankToNull(this.entry.receiverType()),
					blankToNull(this.entry.receiverName()), blankToNull(this.entry.receiverLicenceNumber()), manifest);
		}

		private LedgerStage stage() {
			String text = required("stage", this.entry.stage());
			if (text == null) {
				return null;
			}
			Optional<LedgerStage> stage = LedgerStage.parse(text);
			if (stage.isEmpty()) {
				refuse("stage", "Unknown stage '" + text + "': one of GENERATED (产生), STORED_IN (入库), STORED_OUT (出库), "
						+ "OWN_TREATMENT (自行利用/处置), OFF_SITE (委外利用/处置)");
			}
			return stage.orElse(null);
		}

		private Instant time(String field, String text, boolean required) {
			String value = required ? required(field, text) : blankToNull(text);
			if (value == null) {
				return null;
			}
			Instant at = LedgerTimes.parse(value);
			if (at == null) {
				refuse(field, "'" + value + "' is not a date (2025-11-03) or date-time (2025-11-03T08:30)");
			}
			else if (at.isAfter(LedgerRules.this.now)) {
				refuse(field, value + " is in the future (now " + LedgerTimes.format(LedgerRules.this.now) + ")");
				return null;
			}
			return at;
		}

		private BigDecimal quantity() {
			BigDecimal quantity = this.entry.quantityT();
			if (quantity == null) {
				refuse("quantityT", "The quantityT (tonnes) is required");
				return null;
			}
			if (quantity.signum() <= 0) {
				refuse("quantityT", "The quantity must be above zero, not " + quantity.toPlainString() + " t");
				return null;
			}
			if (quantity.stripTrailingZeros().scale() > 4 || quantity.precision() - quantity.scale() > 10) {
				refuse("quantityT", quantity.toPlainString() + " t has more than 4 decimals or 10 digits before them");
				return null;
			}
			return quantity;
		}

		private String kind() {
			String text = blankToNull(this.entry.wasteKind());
			if (text == null) {
				String code = blankToNull(this.entry.wasteCode());
				return code != null && code.matches("\\d{3}-\\d{3}-\\d{2}") ? "HAZARDOUS" : "GENERAL";
			}
			String kind = text.toUpperCase(Locale.ROOT);
			if (!kind.equals("HAZARDOUS") && !kind.equals("GENERAL")) {
				refuse("wasteKind", "Unknown waste kind '" + text + "': HAZARDOUS or GENERAL");
				return null;
			}
			return kind;
		}

		private String manifest() {
			String manifest = blankToNull(this.entry.manifestNumber());
			if (manifest != null && !manifest.matches("\\d{14}")) {
				refuse("manifestNumber", "'" + manifest + "' is not a transfer manifest number: 14 digits "
						+ "(year, province, prefecture, serial; 部令第23号 第十五条)");
				return null;
			}
			return manifest;
		}

		private String treatment(LedgerStage stage) {
			if (stage != LedgerStage.OWN_TREATMENT && stage != LedgerStage.OFF_SITE) {
				return blankToNull(this.entry.treatment());
			}
			String text = required("treatment", this.entry.treatment());
			if (text != null && !TREATMENTS.contains(text.toUpperCase(Locale.ROOT))) {
				refuse("treatment", "Unknown treatment '" + text + "': UTILISATION (利用) or DISPOSAL (处置)");
				return null;
			}
			return text == null ? null : text.toUpperCase(Locale.ROOT);
		}

		private void facility(LedgerStage stage, String treatment) {
			String code = blankToNull(this.entry.facilityCode());
			if (code == null) {
				return;
			}
			Optional<String> kind = LedgerRules.this.facts.facilityKind(code);
			if (kind.isEmpty()) {
				refuse("facilityCode", "The site has no facility " + code);
			}
			else if (!stage.facilityKinds().contains(kind.get())) {
				refuse("facilityCode", "Facility " + code + " is a " + kind.get() + " facility; a " + stage
						+ " record names " + (stage.facilityKinds().isEmpty() ? "none of the site's facilities" : "a "
								+ String.join(" or ", stage.facilityKinds().stream().sorted().toList()) + " one"));
			}
			else if (stage == LedgerStage.OWN_TREATMENT && treatment != null && !kind.get().equals(treatment)) {
				refuse("facilityCode", "Facility " + code + " is a " + kind.get() + " facility, not " + treatment);
			}
		}

		/** Checks the batch taken from and takes the quantity out of it; its stage. */
		private LedgerStage chain(LedgerStage stage, String code, BigDecimal quantity, Instant at, String manifest) {
			String sourceCode = blankToNull(this.entry.sourceBatchCode());
			if (stage == LedgerStage.GENERATED) {
				if (sourceCode != null) {
					refuse("sourceBatchCode", "A generated (产生) batch takes from no other batch");
				}
				return null;
			}
			if (sourceCode == null) {
				if (stage == LedgerStage.STORED_IN && manifest != null) {
					if (!LedgerRules.this.facts.receivingOperator(LedgerTimes.date(at))) {
						refuse("manifestNumber", "Only a receiving operator, holding a licence valid on "
								+ LedgerTimes.date(at) + ", stores waste in from a transfer manifest");
					}
					return null;
				}
				refuse("sourceBatchCode",
						"A " + stage + " (" + stage.label() + ") record names the batch it takes from ("
								+ String.join(" or ", stage.sources().stream().map(LedgerStage::name).sorted().toList())
								+ ")"
								+ (stage == LedgerStage.STORED_IN ? ", or the transfer manifest it received" : ""));
				return null;
			}
			LedgerStage source = sourceStage(stage, sourceCode);
			if (source == null) {
				return null;
			}
			LedgerFacts.Batch batch = batch(source, sourceCode).orElseThrow();
			if (!batch.wasteCode().equals(code)) {
				refuse("wasteCode", "Batch " + sourceCode + " holds " + batch.wasteCode() + ", not " + code);
			}
			if (at.isBefore(batch.occurredAt())) {
				refuse("occurredAt", LedgerTimes.format(at) + " is before batch " + sourceCode + " was recorded ("
						+ LedgerTimes.format(batch.occurredAt()) + ")");
			}
			if (quantity.compareTo(batch.remainingT()) > 0) {
				refuse("quantityT",
						quantity.toPlainString() + " t is more than batch " + sourceCode + " (" + source
								+ ") still holds: " + batch.remainingT().toPlainString() + " t of "
								+ batch.quantityT().toPlainString() + " t, " + batch.takenT().toPlainString()
								+ " t already taken out");
				return source;
			}
			LedgerRules.this.batches.put(key(source, sourceCode), batch.take(quantity));
			return source;
		}

		private LedgerStage sourceStage(LedgerStage stage, String sourceCode) {
			String named = blankToNull(this.entry.sourceStage());
			if (named != null) {
				Optional<LedgerStage> source = LedgerStage.parse(named).filter(stage.sources()::contains);
				if (source.isEmpty()) {
					refuse("sourceStage",
							"A " + stage + " record takes from a batch of "
									+ String.join(" or ",
											stage.sources().stream().map(LedgerStage::name).sorted().toList())
									+ ", not '" + named + "'");
					return null;
				}
				if (batch(source.get(), sourceCode).isEmpty()) {
					refuse("sourceBatchCode", "No " + source.get() + " batch " + sourceCode + " at this site");
					return null;
				}
				return source.get();
			}
			List<LedgerStage> found = stage.sources()
				.stream()
				.filter(source -> batch(source, sourceCode).isPresent())
				.sorted()
				.toList();
			if (found.size() == 1) {
				return found.get(0);
			}
			refuse(found.isEmpty() ? "sourceBatchCode" : "sourceStage", found.isEmpty()
					? "No " + String.join(" or ", stage.sources().stream().map(LedgerStage::name).sorted().toList())
							+ " batch " + sourceCode + " at this site"
					: "Both a GENERATED and a STORED_OUT batch are coded " + sourceCode + ": name the sourceStage");
			return null;
		}

		private void receiver(String kind, String code, String treatment, LocalDate date) {
			required("receiverName", this.entry.receiverName());
			if (!"HAZARDOUS".equals(kind)) {
				return;
			}
			String number = required("receiverLicenceNumber", this.entry.receiverLicenceNumber());
			if (number == null) {
				return;
			}
			Optional<LedgerFacts.Licence> found = LedgerRules.this.facts.licence(number);
			if (found.isEmpty()) {
				refuse("receiverLicenceNumber", "Unknown licence " + number);
				return;
			}
			LedgerFacts.Licence licence = found.get();
			if (date.isAfter(licence.validTo())) {
				refuse("receiverLicenceNumber", "Licence " + number + " expired on " + licence.validTo());
			}
			else if (date.isBefore(licence.validFrom())) {
				refuse("receiverLicenceNumber", "Licence " + number + " is valid only from " + licence.validFrom());
			}
			if (!licence.wasteCodes().contains(code)) {
				refuse("receiverLicenceNumber", "Licence " + number + " does not cover " + code);
			}
			if (treatment != null && !licence.activities().contains(treatment)) {
				refuse("receiverLicenceNumber", "Licence " + number + " does not permit " + treatment);
			}
		}

	}

}
