package io.greenloop.waste;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.shared.RegionCode;
import io.greenloop.waste.domain.InvalidInputException;
import io.greenloop.waste.domain.LedgerEntry;
import io.greenloop.waste.domain.LedgerFacts;
import io.greenloop.waste.domain.LedgerRecord;
import io.greenloop.waste.domain.LedgerRules;
import io.greenloop.waste.domain.LedgerStage;
import io.greenloop.waste.domain.LedgerTimes;
import io.greenloop.waste.persistence.LedgerRepository;
import io.greenloop.waste.persistence.LedgerVoidRepository;
import io.greenloop.waste.persistence.LedgerVoidRepository.VoidRow;
import io.greenloop.waste.persistence.LedgerRepository.LedgerRow;
import io.greenloop.waste.persistence.LedgerRepository.SiteRow;
import io.greenloop.waste.persistence.LedgerRepository.StoredRequest;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A site's waste ledger (危险废物管理台账, HJ 1259—2022 §6): records per container or batch for
 * each stage, written by those who keep the enterprise's records
 * ({@link EnterpriseAccess#checkWrites}). A list of records is written in one
 * transaction, all or nothing, after {@link LedgerRules} checked every one; pages, the
 * JSON API and spreadsheet uploads all come here. A request with an idempotency key is
 * answered once: a retry gets the stored answer and writes nothing.
 */
@Service
public class Ledger {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final LedgerRepository records;

	private final LedgerCodes codes;

	private final EnterpriseAccess access;

	private final CurrentAccount account;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final LedgerVoidRepository voids;

	Ledger(LedgerRepository records, LedgerCodes codes, EnterpriseAccess access, CurrentAccount account, Clock clock,
			org.springframework.context.ApplicationEventPublisher events, LedgerVoidRepository voids) {
		this.events = events;
		this.voids = voids;
		this.records = records;
		this.codes = codes;
		this.access = access;
		this.account = account;
		this.clock = clock;
	}

	/** Records the list for the site, all or nothing. */
	@Transactional
	public LedgerResult record(long siteId, List<LedgerEntry> entries) {
		return record(siteId, entries, null).result();
	}

	/**
	 * Records the list for the site, all or nothing; with a key, a retry of the same
	 * request answers the first answer ({@code replayed}) and a different request with
	 * the key is refused.
	 */
	@Transactional
	public Recorded record(long siteId, List<LedgerEntry> entries, String idempotencyKey) {
		DataScope scope = this.account.scope();
		SiteRow site = this.records.lockSite(siteId).orElseThrow(() -> new UnknownEnterpriseException("site", siteId));
		this.access.checkWrites(scope, site.enterpriseId(), site.regionCode());
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		String hash = key == null ? null : hash(entries);
		if (key != null) {
			Optional<StoredRequest> earlier = this.records.request(siteId, key);
			if (earlier.isPresent()) {
				if (!earlier.get().requestHash().equals(hash)) {
					throw new LedgerConflictException(
							"Idempotency key " + key + " was already used for a different request to site " + siteId);
				}
				LedgerResult answered = JSON.readValue(earlier.get().response(), LedgerResult.class);
				List<Long> voided = this.voids.voided(answered.ids());
				if (!voided.isEmpty()) {
					throw new LedgerConflictException("Idempotency key " + key + " answered records " + answered.ids()
							+ " of site " + siteId + ", of which " + voided
							+ " were voided since; send the corrected records with a new key");
				}
				return new Recorded(answered, true);
			}
		}
		if (entries == null || entries.isEmpty()) {
			throw new InvalidInputException("records", "No ledger records to record");
		}
		Instant now = this.clock.instant();
		List<LedgerRecord> checked = new LedgerRules(facts(site, entries), now).check(entries);
		List<Long> ids = this.records.insert(siteId, checked, key, scope.username(), now);
		changed(checked);
		LedgerResult result = new LedgerResult(siteId, ids.size(), ids);
		if (key != null) {
			this.records.saveRequest(siteId, key, hash, JSON.writeValueAsString(result), scope.username(), now);
		}
		return new Recorded(result, false);
	}

	/**
	 * Records one record written for a transfer manifest the receiver accepted
	 * ({@link ManifestLedger}): the same rules, written by the system rather than an
	 * account acting for the site; the record's id. Called within the caller's
	 * transaction: a refusal is thrown before anything is written and leaves that
	 * transaction usable.
	 */
	long recordForManifest(long siteId, LedgerEntry entry) {
		SiteRow site = this.records.lockSite(siteId).orElseThrow(() -> new UnknownEnterpriseException("site", siteId));
		Instant now = this.clock.instant();
		List<LedgerRecord> checked = new LedgerRules(facts(site, List.of(entry)), now).check(List.of(entry));
		List<Long> ids = this.records.insert(siteId, checked, null, "system", now);
		changed(checked);
		return ids.get(0);
	}

	/**
	 * Voids a record entered wrongly: it leaves the ledger whole, kept with who voided
	 * it, when and why, and the balances of its year are recomputed; the right record is
	 * then entered anew. Records are never edited. Refused for a record something depends
	 * on: a record taking from its batch (void that first), or a transfer manifest that
	 * wrote it or names its batch (corrected through the manifest, 部令第23号 第十九条).
	 */
	@Transactional
	public VoidRow voidRecord(long siteId, long recordId, String reason) {
		DataScope scope = this.account.scope();
		SiteRow site = this.records.lockSite(siteId).orElseThrow(() -> new UnknownEnterpriseException("site", siteId));
		this.access.checkWrites(scope, site.enterpriseId(), site.regionCode());
		if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
			throw new InvalidInputException("reason", "Say why the record is voided (at most 500 characters)");
		}
		LedgerRow record = this.voids.lockRecord(siteId, recordId)
			.orElseThrow(() -> new UnknownEnterpriseException("ledger record of site " + siteId, recordId));
		String what = "Record " + recordId + " (" + record.stage() + " batch " + record.batchCode() + ")";
		List<String> takers = this.voids.takers(siteId, record.stage(), record.batchCode());
		if (!takers.isEmpty()) {
			throw new VoidRefusedException(
					what + " cannot be voided: records " + takers + " take from its batch; void them first");
		}
		List<String> manifests = this.voids.manifests(recordId, siteId, record.stage(), record.batchCode());
		if (!manifests.isEmpty()) {
			throw new VoidRefusedException(what + " cannot be voided: the transfer manifests " + manifests
					+ " wrote it or carry its batch; correct it through the manifest");
		}
		long id = this.voids.voidRecord(recordId, reason.strip(), scope.username(), this.clock.instant());
		this.events.publishEvent(
				new LedgerChanged(new java.util.TreeSet<>(Set.of(LedgerTimes.date(record.occurredAt()).getYear()))));
		return this.voids.find(id).orElseThrow();
	}

	/**
	 * The site's voided records, the latest first, for the caller who may read the site.
	 */
	public List<VoidRow> voided(long siteId) {
		site(siteId);
		return this.voids.ofSite(siteId, 200);
	}

	/**
	 * The voids visible to the caller made after the cursor (blank: from the beginning),
	 * in the order made, at most {@code limit} (1–1000): how a partner system that
	 * follows {@link #since} learns which records left the ledger.
	 */
	public VoidPage voidedSince(String cursor, int limit) {
		long id = cursorId(cursor, limit);
		Visible visible = visible();
		List<VoidRow> rows = this.voids.since(id, limit, visible.enterprises(), visible.regionPrefix());
		return new VoidPage(rows, cursor(rows.isEmpty() ? id : rows.get(rows.size() - 1).id()));
	}

	/** A page of voids and the cursor to ask for the next. */
	public record VoidPage(List<VoidRow> voids, String next) {
	}

	/** A record that cannot be voided, and why. */
	public static class VoidRefusedException extends RuntimeException {

		public VoidRefusedException(String message) {
			super(message);
		}

	}

	/**
	 * Tells who keeps derived figures (the balances) which years changed, after commit.
	 */
	private void changed(List<LedgerRecord> records) {
		this.events.publishEvent(new LedgerChanged(records.stream()
			.map(r -> LedgerTimes.date(r.occurredAt()).getYear())
			.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))));
	}

	/** The years whose ledger records changed. */
	public record LedgerChanged(java.util.SortedSet<Integer> years) {
	}

	/** A request's answer, and whether it is the stored answer to an earlier try. */
	public record Recorded(LedgerResult result, boolean replayed) {
	}

	/** The site the caller may read. */
	public SiteRow site(long siteId) {
		SiteRow site = this.records.site(siteId).orElseThrow(() -> new UnknownEnterpriseException("site", siteId));
		this.access.checkReads(this.account.scope(), site.enterpriseId(), site.regionCode());
		return site;
	}

	/** The site's facilities (code → kind), for the caller who may read the site. */
	public Map<String, String> facilities(long siteId) {
		site(siteId);
		return new java.util.TreeMap<>(this.records.facilities(siteId));
	}

	/** Whether the caller may write the site's ledger. */
	public boolean writable(SiteRow site) {
		return this.access.writes(this.account.scope(), site.enterpriseId(), site.regionCode());
	}

	/** The site's records of a stage, code and month (each null: any). */
	public List<LedgerRow> list(long siteId, LedgerStage stage, String code, YearMonth month) {
		site(siteId);
		Instant from = month == null ? null : month.atDay(1).atStartOfDay(LedgerTimes.CHINA).toInstant();
		Instant to = month == null ? null : month.plusMonths(1).atDay(1).atStartOfDay(LedgerTimes.CHINA).toInstant();
		return this.records.list(siteId, stage, code == null || code.isBlank() ? null : code.strip(), from, to);
	}

	/**
	 * The records visible to the caller whose batch code or source batch code is the code
	 * (a container label scanned back): the batch and what was taken from it.
	 */
	public List<LedgerRepository.BatchHit> batch(String code) {
		java.util.function.BiPredicate<Long, String> readable = this.access.readable(this.account.scope());
		return this.records.byBatchCode(code.strip())
			.stream()
			.filter(hit -> readable.test(hit.enterpriseId(), hit.regionCode()))
			.toList();
	}

	/** The site's records of a year (China time), by time. */
	public List<LedgerRow> year(long siteId, int year) {
		site(siteId);
		return this.records.list(siteId, null, null,
				java.time.LocalDate.of(year, 1, 1).atStartOfDay(LedgerTimes.CHINA).toInstant(),
				java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay(LedgerTimes.CHINA).toInstant());
	}

	/**
	 * The records visible to the caller written after the cursor (blank: from the
	 * beginning), in the order they were written (by id, which only grows; records are
	 * never changed, so "updated since" is "written since"; a voided record leaves the
	 * ledger and is told by {@link #voidedSince}), at most {@code limit} (1–1000). The
	 * order does not depend on any clock. A record written by a transaction that commits
	 * after a later-numbered one was read is not seen by a cursor already past it; a
	 * partner system that needs certainty re-reads the last minute.
	 */
	public LedgerPage since(String cursor, int limit) {
		long id = cursorId(cursor, limit);
		Visible visible = visible();
		List<LedgerRow> rows = this.records.since(id, limit, visible.enterprises(), visible.regionPrefix());
		String next = cursor(rows.isEmpty() ? id : rows.get(rows.size() - 1).id());
		return new LedgerPage(rows, next);
	}

	/**
	 * Whose records a cursor shows the caller: an enterprise account's enterprises, a
	 * government account's region (null: any).
	 */
	private record Visible(Set<Long> enterprises, String regionPrefix) {
	}

	private Visible visible() {
		DataScope scope = this.account.scope();
		Set<Long> enterprises = EnterpriseAccess.enterpriseOnly(scope) ? this.access.actsFor(scope.username()) : null;
		return new Visible(enterprises,
				scope.isAdmin() || enterprises != null ? null : RegionCode.of(scope.regionCode()).scopePrefix());
	}

	private static long cursorId(String cursor, int limit) {
		if (limit < 1 || limit > 1000) {
			throw new InvalidInputException("limit", "The limit is from 1 to 1000, not " + limit);
		}
		if (cursor == null || cursor.isBlank()) {
			return 0;
		}
		try {
			return Long.parseLong(new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8));
		}
		catch (RuntimeException ex) {
			throw new InvalidInputException("since", "'" + cursor + "' is not a cursor this API answered");
		}
	}

	private static String cursor(long id) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(Long.toString(id).getBytes(StandardCharsets.UTF_8));
	}

	private LedgerFacts facts(SiteRow site, List<LedgerEntry> entries) {
		Set<String> batchCodes = new HashSet<>();
		Set<String> licences = new HashSet<>();
		for (LedgerEntry entry : entries) {
			add(batchCodes, entry.batchCode());
			add(batchCodes, entry.sourceBatchCode());
			add(licences, entry.receiverLicenceNumber());
		}
		Map<String, String> facilities = this.records.facilities(site.id());
		Map<String, LedgerFacts.Batch> batches = this.records.batches(site.id(), batchCodes);
		Map<String, LedgerFacts.Licence> permits = this.records.licences(licences);
		return new LedgerFacts() {

			@Override
			public Optional<String> facilityKind(String code) {
				return Optional.ofNullable(facilities.get(code));
			}

			@Override
			public Optional<Batch> batch(LedgerStage stage, String batchCode) {
				return Optional.ofNullable(batches.get(stage.name() + "|" + batchCode));
			}

			@Override
			public Optional<Licence> licence(String number) {
				return Optional.ofNullable(permits.get(number));
			}

			@Override
			public Optional<String> catalogueName(String kind, String code, java.time.LocalDate date) {
				return Ledger.this.codes.name(kind, code, date);
			}

			@Override
			public String catalogueCheckedAgainst(java.time.LocalDate date) {
				return Ledger.this.codes.checkedAgainst(date);
			}

			@Override
			public boolean receivingOperator(java.time.LocalDate date) {
				return Ledger.this.records.holdsLicence(site.enterpriseId(), date);
			}
		};
	}

	private static void add(Set<String> set, String value) {
		if (value != null && !value.isBlank()) {
			set.add(value.strip());
		}
	}

	private static String hash(List<LedgerEntry> entries) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(JSON.writeValueAsString(entries == null ? new ArrayList<>() : entries)
					.getBytes(StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
