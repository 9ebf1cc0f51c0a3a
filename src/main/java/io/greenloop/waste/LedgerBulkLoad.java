package io.greenloop.waste;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.waste.domain.NotPermittedException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Large trusted loads into the ledger (demo data, migrations from another system): rows
 * of CSV with a {@code siteId} column and the upload template's columns, streamed through
 * PostgreSQL {@code COPY} into {@code waste.ledger_record} in one transaction. Each row's
 * fields are checked in Java as it passes (site, stage, code of the 名录 in force or a
 * general stream, time not in the future, quantity above zero, handler, the source batch
 * named, receiver of off-site waste, facility, licence), and the batch chain followed in
 * memory as they pass ({@link LedgerBulkChecks}, which reads from the ledger only the
 * batches the load takes from without recording them); any problem refuses the whole
 * load. Once committed, the years loaded are recomputed like any ledger change
 * ({@link Ledger.LedgerChanged}). Administrators only: the load skips the per-site
 * locking and record-by-record messages of {@link Ledger}.
 */
@Service
public class LedgerBulkLoad {

	static final String COPY = """
			COPY waste.ledger_record (site_id, stage, batch_code, occurred_at, waste_kind, waste_code, waste_name,
			    quantity_t, container_code, container_type, container_count, facility_code, treatment, method,
			    finished_at, handler, destination, source_stage, source_batch_code, receiver_type, receiver_name,
			    receiver_licence_number, manifest_number, recorded_by, recorded_at) FROM STDIN (FORMAT csv)""";

	private static final List<String> KEYS = List.of("siteId", "stage", "batchCode", "occurredAt", "wasteKind",
			"wasteCode", "wasteName", "quantityT", "containerCode", "containerType", "containerCount", "facilityCode",
			"treatment", "method", "finishedAt", "handler", "destination", "sourceStage", "sourceBatchCode",
			"receiverType", "receiverName", "receiverLicenceNumber", "manifestNumber");

	/**
	 * Characters of COPY's CSV sent at a time: small enough that neither the builder (two
	 * bytes a character once a name is Chinese) nor the bytes sent are humongous objects
	 * for G1 (half a region: 512 KB with a 1 GB heap), whose allocation starts a
	 * collection each time.
	 */
	private static final int CHUNK = 1 << 16;

	/**
	 * Chunks read ahead (about 6 MB, some 40,000 rows): enough that PostgreSQL goes on
	 * copying while the reading thread stops for a garbage collection.
	 */
	private static final int QUEUED = 64;

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LedgerBulkLoad.class);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final LedgerCodes codes;

	private final CurrentAccount account;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	LedgerBulkLoad(DataSource dataSource, JdbcClient jdbc, LedgerCodes codes, CurrentAccount account, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.codes = codes;
		this.account = account;
		this.clock = clock;
	}

	/** A whole load refused: the problems found (at most 20 of a kind). */
	public static class BulkLoadRefusedException extends RuntimeException {

		private final transient List<String> problems;

		public BulkLoadRefusedException(List<String> problems) {
			super("Bulk load refused, nothing recorded: "
					+ String.join("; ", problems.subList(0, Math.min(5, problems.size()))));
			this.problems = problems;
		}

		public List<String> problems() {
			return this.problems;
		}

	}

	/** How many records a load wrote. */
	public record BulkLoadResult(long recorded) {
	}

	/**
	 * Loads the CSV (header with {@code siteId} and the template's keys, any order), all
	 * or nothing.
	 */
	@Transactional
	public BulkLoadResult load(Reader csv) {
		DataScope scope = this.account.scope();
		if (!scope.isAdmin()) {
			throw new NotPermittedException("Only administrators bulk-load ledger records");
		}
		LedgerBulkRowCheck check = new LedgerBulkRowCheck(LedgerBulkRegistry.read(this.jdbc), this.codes,
				this.clock.instant(), scope.username());
		long started = System.nanoTime();
		long rows = copy(csv, check);
		long copied = System.nanoTime();
		if (!check.problems.isEmpty()) {
			throw new BulkLoadRefusedException(check.problems);
		}
		List<String> problems = check.chain.problems(this.jdbc);
		log.info("Bulk ledger load of {} rows: checks and COPY {} ms, chain {} ms", rows,
				(copied - started) / 1_000_000, (System.nanoTime() - copied) / 1_000_000);
		if (!problems.isEmpty()) {
			throw new BulkLoadRefusedException(problems);
		}
		this.events.publishEvent(new Ledger.LedgerChanged(check.years));
		return new BulkLoadResult(rows);
	}

	/**
	 * Copies the rows: one thread reads and checks them into chunks of COPY's CSV while
	 * this one, holding the transaction's connection, sends the chunks, so that checking
	 * and PostgreSQL's work overlap.
	 */
	private long copy(Reader csv, LedgerBulkRowCheck check) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		ExecutorService reader = Executors.newSingleThreadExecutor();
		CopyIn copy = null;
		try {
			copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
			BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(QUEUED);
			Future<Long> produced = reader.submit(() -> produce(csv, check, chunks));
			for (byte[] chunk = chunks.take(); chunk.length > 0; chunk = chunks.take()) {
				copy.writeToCopy(chunk, 0, chunk.length);
			}
			long count = produced.get();
			if (!check.problems.isEmpty()) {
				copy.cancelCopy();
				return 0;
			}
			copy.endCopy();
			return count;
		}
		catch (SQLException ex) {
			throw new BulkLoadRefusedException(List.of("COPY refused the rows: " + ex.getMessage()));
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException runtime ? runtime
					: new IllegalStateException("Reading the rows failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while loading", ex);
		}
		finally {
			reader.shutdownNow();
			cancel(copy);
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/**
	 * Reads and checks the rows into chunks; an empty chunk ends them, whatever happens.
	 */
	private static long produce(Reader csv, LedgerBulkRowCheck check, BlockingQueue<byte[]> chunks)
			throws InterruptedException {
		try {
			CsvRows rows = new CsvRows(csv);
			int[] at = header(rows.next());
			StringBuilder out = new StringBuilder(CHUNK + 4096);
			long line = 1;
			long count = 0;
			for (List<String> row = rows.next(); row != null; row = rows.next()) {
				line++;
				if (row.size() == 1 && row.get(0).isBlank()) {
					continue;
				}
				if (check.row(line, field(row, at), out)) {
					count++;
				}
				if (out.length() > CHUNK) {
					chunks.put(bytes(out));
				}
				if (check.problems.size() >= LedgerBulkChecks.LIMIT) {
					break;
				}
			}
			if (out.length() > 0) {
				chunks.put(bytes(out));
			}
			return count;
		}
		finally {
			chunks.put(new byte[0]);
		}
	}

	private static byte[] bytes(StringBuilder out) {
		byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
		out.setLength(0);
		return bytes;
	}

	private static void cancel(CopyIn copy) {
		try {
			if (copy != null && copy.isActive()) {
				copy.cancelCopy();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot cancel the COPY", ex);
		}
	}

	private static int[] header(List<String> header) {
		if (header == null) {
			throw new BulkLoadRefusedException(List.of("The file is empty"));
		}
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String cell = header.get(i).replace("\uFEFF", "").strip();
			int bracket = cell.lastIndexOf('[');
			positions.put(bracket >= 0 && cell.endsWith("]") ? cell.substring(bracket + 1, cell.length() - 1) : cell,
					i);
		}
		List<String> missing = new ArrayList<>();
		int[] at = new int[KEYS.size()];
		for (int k = 0; k < KEYS.size(); k++) {
			at[k] = positions.getOrDefault(KEYS.get(k), -1);
		}
		for (String required : List.of("siteId", "stage", "batchCode", "occurredAt", "wasteCode", "quantityT",
				"handler")) {
			if (at[KEYS.indexOf(required)] < 0) {
				missing.add("The column " + required + " is missing");
			}
		}
		if (!missing.isEmpty()) {
			throw new BulkLoadRefusedException(missing);
		}
		return at;
	}

	private static String[] field(List<String> row, int[] at) {
		String[] values = new String[at.length];
		for (int k = 0; k < at.length; k++) {
			String value = at[k] >= 0 && at[k] < row.size() ? row.get(at[k]) : null;
			values[k] = value == null || value.isBlank() ? null : value.strip();
		}
		return values;
	}

}
