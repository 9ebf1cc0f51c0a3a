package io.greenloop.waste;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.greenloop.waste.domain.LedgerStage;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The batch chain of a bulk load (HJ 1259—2022 §6.3.2–§6.3.5), followed in memory as the
 * rows pass: every batch taken from exists at the site at the named stage, holds the same
 * code and was recorded no later than the records taking from it, and gives no more than
 * it holds. Batches the load takes from but does not itself record are looked up in the
 * ledger once the rows are copied, in one statement, counting all that visible records
 * take from them. Answers at most {@link #LIMIT} problems, in the order of the rows.
 */
final class LedgerBulkChecks {

	static final int LIMIT = 20;

	/** Quantities are kept in ten-thousandths of a tonne (the column's scale). */
	private static final int SCALE = 4;

	private final Map<Key, Batch> batches = new HashMap<>();

	/** One copy of each waste code, rather than one per row kept. */
	private final Map<String, String> codes = new HashMap<>();

	private record Key(long site, LedgerStage stage, String batch) {
	}

	/** A batch: what the load records of it, and what the load takes from it. */
	private static final class Batch {

		String code;

		long at;

		long held = -1;

		long line;

		long taken;

		long firstTakenAt = Long.MAX_VALUE;

		String takerCode;

		String firstTaker;

		long firstTakerLine;

		boolean mixedCodes;

	}

	/**
	 * Follows one checked row: the batch it records (if a later record may take from it:
	 * 产生, 入库 and 出库 batches) and the batch it takes from; a problem if the load recorded
	 * the same batch before.
	 */
	String row(long line, long site, LedgerStage stage, String batch, String code, Instant at, BigDecimal quantity,
			String sourceStage, String sourceBatch) {
		String kept = this.codes.computeIfAbsent(code, c -> c);
		long units = quantity.movePointRight(SCALE).longValue();
		long micros = micros(at);
		if (stage != LedgerStage.OWN_TREATMENT && stage != LedgerStage.OFF_SITE) {
			Batch own = this.batches.computeIfAbsent(new Key(site, stage, batch), key -> new Batch());
			if (own.held >= 0) {
				return "batch " + batch + " (" + stage + ") of site " + site
						+ " is recorded twice in the load, also on line " + own.line;
			}
			own.code = kept;
			own.at = micros;
			own.held = units;
			own.line = line;
		}
		if (sourceBatch != null) {
			Batch source = this.batches.computeIfAbsent(
					new Key(site, LedgerStage.parse(sourceStage).orElseThrow(), sourceBatch), key -> new Batch());
			source.taken += units;
			source.firstTakenAt = Math.min(source.firstTakenAt, micros);
			if (source.takerCode == null) {
				source.takerCode = kept;
				source.firstTaker = batch;
				source.firstTakerLine = line;
			}
			else if (!source.takerCode.equals(kept)) {
				source.mixedCodes = true;
			}
		}
		return null;
	}

	/**
	 * The chain's problems once every row has been copied, in the order of the rows first
	 * taking from each batch: batches of the load checked in memory; batches the load
	 * takes from without recording them read from the ledger, with all that records
	 * visible now take from them (the load's own, earlier ones, and any committed by
	 * entry on the same site while the load ran).
	 */
	List<String> problems(JdbcClient jdbc) {
		List<Problem> problems = new ArrayList<>();
		List<Map.Entry<Key, Batch>> earlier = new ArrayList<>();
		for (Map.Entry<Key, Batch> entry : this.batches.entrySet()) {
			Batch batch = entry.getValue();
			if (batch.taken == 0) {
				continue;
			}
			if (batch.held < 0) {
				earlier.add(entry);
			}
			else {
				problem(entry.getKey(), batch, batch.code, batch.at, batch.held, batch.taken, problems);
			}
		}
		if (!earlier.isEmpty()) {
			earlier(jdbc, earlier, problems);
		}
		return problems.stream()
			.sorted(Comparator.comparingLong(Problem::line))
			.limit(LIMIT)
			.map(Problem::text)
			.toList();
	}

	/** A problem of the chain, and the line of the first row taking from its batch. */
	private record Problem(long line, String text) {
	}

	private static void earlier(JdbcClient jdbc, List<Map.Entry<Key, Batch>> earlier, List<Problem> problems) {
		Long[] sites = new Long[earlier.size()];
		String[] stages = new String[earlier.size()];
		String[] codes = new String[earlier.size()];
		for (int i = 0; i < earlier.size(); i++) {
			Key key = earlier.get(i).getKey();
			sites[i] = key.site();
			stages[i] = key.stage().name();
			codes[i] = key.batch();
		}
		jdbc.sql(
				"""
						SELECT k.n, s.waste_code, s.occurred_at, s.quantity_t,
						    (SELECT coalesce(sum(c.quantity_t), 0) FROM waste.ledger_record c
						     WHERE c.site_id = k.site AND c.source_stage = k.stage AND c.source_batch_code = k.batch) AS taken_t
						FROM unnest(:sites::bigint[], :stages::text[], :batches::text[]) WITH ORDINALITY AS k(site, stage, batch, n)
						LEFT JOIN waste.ledger_record s ON s.site_id = k.site AND s.stage = k.stage AND s.batch_code = k.batch
						ORDER BY k.n""")
			.param("sites", sites)
			.param("stages", stages)
			.param("batches", codes)
			.query((ResultSet rs) -> {
				Map.Entry<Key, Batch> entry = earlier.get(rs.getInt(1) - 1);
				String code = rs.getString(2);
				long held = code == null ? -1 : units(rs.getBigDecimal(4));
				long at = code == null ? 0 : micros(rs.getTimestamp(3).toInstant());
				problem(entry.getKey(), entry.getValue(), code, at, held, units(rs.getBigDecimal(5)), problems);
			});
	}

	private static void problem(Key key, Batch batch, String code, long at, long held, long taken,
			List<Problem> problems) {
		String prefix = "site " + key.site() + " batch " + key.batch() + " (" + key.stage() + "): ";
		String text = null;
		if (held < 0) {
			text = prefix + "no such batch, taken from by " + batch.firstTaker;
		}
		else if (batch.mixedCodes || !code.equals(batch.takerCode) || batch.firstTakenAt < at) {
			text = prefix + "taken from by a record of another waste code or an earlier time";
		}
		else if (taken > held) {
			text = prefix + "holds " + tonnes(held) + " t but " + tonnes(taken) + " t are taken out of it";
		}
		if (text != null) {
			problems.add(new Problem(batch.firstTakerLine, text));
		}
	}

	private static long units(BigDecimal tonnes) {
		return tonnes.movePointRight(SCALE).longValue();
	}

	private static String tonnes(long units) {
		return BigDecimal.valueOf(units, SCALE).toPlainString();
	}

	private static long micros(Instant at) {
		return at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000;
	}

}
