package io.greenloop.waste;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
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
import io.greenloop.waste.domain.LedgerStage;
import io.greenloop.waste.domain.LedgerTimes;
import io.greenloop.waste.domain.NotPermittedException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

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
 * named, receiver of off-site waste), the batch chain, quantities, facilities and
 * licences afterwards in SQL over the whole load ({@link LedgerBulkChecks}); any problem
 * refuses the whole load. Administrators only: the load skips the per-site locking and
 * record-by-record messages of {@link Ledger}.
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

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LedgerBulkLoad.class);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final LedgerCodes codes;

	private final CurrentAccount account;

	private final Clock clock;

	LedgerBulkLoad(DataSource dataSource, JdbcClient jdbc, LedgerCodes codes, CurrentAccount account, Clock clock) {
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
		long before = this.jdbc.sql("SELECT coalesce(max(id), 0) FROM waste.ledger_record").query(Long.class).single();
		RowCheck check = new RowCheck(LedgerBulkRegistry.read(this.jdbc), this.codes, this.clock.instant(),
				scope.username());
		long started = System.nanoTime();
		long rows = copy(csv, check);
		long copied = System.nanoTime();
		if (!check.problems.isEmpty()) {
			throw new BulkLoadRefusedException(check.problems);
		}
		if (rows > 10_000) {
			// fresh statistics, so that the checks' joins over the load are planned for
			// its size
			this.jdbc.sql("ANALYZE waste.ledger_record").update();
		}
		long analysed = System.nanoTime();
		List<String> problems = LedgerBulkChecks.run(this.jdbc, before);
		log.info("Bulk ledger load of {} rows: checks and COPY {} ms, ANALYZE {} ms, set-based checks {} ms", rows,
				(copied - started) / 1_000_000, (analysed - copied) / 1_000_000,
				(System.nanoTime() - analysed) / 1_000_000);
		if (!problems.isEmpty()) {
			throw new BulkLoadRefusedException(problems);
		}
		return new BulkLoadResult(rows);
	}

	/**
	 * Copies the rows: one thread reads and checks them into chunks of COPY's CSV while
	 * this one, holding the transaction's connection, sends the chunks, so that checking
	 * and PostgreSQL's work overlap.
	 */
	private long copy(Reader csv, RowCheck check) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		ExecutorService reader = Executors.newSingleThreadExecutor();
		CopyIn copy = null;
		try {
			copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
			BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(4);
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
	private static long produce(Reader csv, RowCheck check, BlockingQueue<byte[]> chunks) throws InterruptedException {
		try {
			CsvRows rows = new CsvRows(csv);
			int[] at = header(rows.next());
			StringBuilder out = new StringBuilder(1 << 20);
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
				if (out.length() > (1 << 20) - 4096) {
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

	/** The per-row checks, writing each good row as a line of COPY's CSV. */
	static final class RowCheck {

		private static final java.util.regex.Pattern MANIFEST = java.util.regex.Pattern.compile("\\d{14}");

		private static final java.util.regex.Pattern HAZARDOUS_CODE = java.util.regex.Pattern
			.compile("\\d{3}-\\d{3}-\\d{2}");

		final List<String> problems = new ArrayList<>();

		private final LedgerBulkRegistry registry;

		/** The recorded_by and recorded_at columns, the same on every row. */
		private final String recorded;

		private final LedgerCodes codes;

		private final Instant now;

		private final String user;

		RowCheck(LedgerBulkRegistry registry, LedgerCodes codes, Instant now, String user) {
			StringBuilder recorded = new StringBuilder(",");
			append(recorded, user);
			this.recorded = recorded.append(',').append(now).toString();
			this.registry = registry;
			this.codes = codes;
			this.now = now;
			this.user = user;
		}

		private boolean refuse(long line, String problem) {
			this.problems.add("line " + line + ": " + problem);
			return false;
		}

		boolean row(long line, String[] v, StringBuilder out) {
			Long site = v[0] == null ? null : parseLong(v[0]);
			if (site == null || !this.registry.hasSite(site)) {
				return refuse(line, "no site " + v[0]);
			}
			LedgerStage stage = LedgerStage.parse(v[1]).orElse(null);
			if (stage == null) {
				return refuse(line, "unknown stage " + v[1]);
			}
			if (v[2] == null || v[15] == null) {
				return refuse(line, "batchCode and handler are required");
			}
			Instant at = v[3] == null ? null : LedgerTimes.parse(v[3]);
			if (at == null || at.isAfter(this.now)) {
				return refuse(line, "occurredAt " + v[3] + " is no date or in the future");
			}
			String kind = v[4] != null ? v[4]
					: v[5] != null && HAZARDOUS_CODE.matcher(v[5]).matches() ? "HAZARDOUS" : "GENERAL";
			if (!"HAZARDOUS".equals(kind) && !"GENERAL".equals(kind)) {
				return refuse(line, "wasteKind " + kind + " is not HAZARDOUS or GENERAL");
			}
			String name = v[5] == null ? null : this.codes.name(kind, v[5], LedgerTimes.date(at)).orElse(null);
			if (name == null) {
				return refuse(line, v[5] + " is no " + kind + " waste code on " + LedgerTimes.date(at));
			}
			BigDecimal quantity = decimal(v[7]);
			if (quantity == null || quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 4) {
				return refuse(line, "quantityT " + v[7] + " is not above zero with at most 4 decimals");
			}
			Instant finished = v[14] == null ? null : LedgerTimes.parse(v[14]);
			if (v[14] != null && finished == null) {
				return refuse(line, "finishedAt " + v[14] + " is no date");
			}
			String source = sourceStage(stage, v);
			if (source == null && stage != LedgerStage.GENERATED
					&& !(stage == LedgerStage.STORED_IN && v[18] == null && v[22] != null)) {
				return refuse(line, "a " + stage + " record names its sourceBatchCode (and, for OWN_TREATMENT and "
						+ "OFF_SITE, its sourceStage: GENERATED or STORED_OUT)");
			}
			if ((stage == LedgerStage.OWN_TREATMENT || stage == LedgerStage.OFF_SITE)
					&& !("UTILISATION".equals(v[12]) || "DISPOSAL".equals(v[12]))) {
				return refuse(line, "treatment " + v[12] + " is not UTILISATION or DISPOSAL");
			}
			if (stage == LedgerStage.OFF_SITE && (v[20] == null || "HAZARDOUS".equals(kind) && v[21] == null)) {
				return refuse(line, "an off-site record names the receiver and, for hazardous waste, its licence");
			}
			if (v[22] != null && !MANIFEST.matcher(v[22]).matches()) {
				return refuse(line, "manifestNumber " + v[22] + " is not 14 digits");
			}
			String problem = this.registry.problem(site, stage, kind, v[5], LedgerTimes.date(at), v[11], v[12],
					source == null && stage == LedgerStage.STORED_IN, v[21]);
			if (problem != null) {
				return refuse(line, problem);
			}
			Object[] cells = { site, stage.name(), v[2], at, kind, v[5], v[6] != null ? v[6] : name, quantity, v[8],
					v[9], v[10] == null ? null : parseLong(v[10]), v[11], v[12], v[13], finished, v[15], v[16], source,
					v[18], v[19], v[20], v[21], v[22] };
			if (v[10] != null && (cells[10] == null || (Long) cells[10] <= 0)) {
				return refuse(line, "containerCount " + v[10] + " is not a whole number above zero");
			}
			for (int i = 0; i < cells.length; i++) {
				if (i > 0) {
					out.append(',');
				}
				append(out, cells[i]);
			}
			out.append(this.recorded).append('\n');
			return true;
		}

		private static String sourceStage(LedgerStage stage, String[] v) {
			if (v[18] == null) {
				return null;
			}
			return switch (stage) {
				case GENERATED -> null;
				case STORED_IN -> "GENERATED";
				case STORED_OUT -> "STORED_IN";
				case OWN_TREATMENT, OFF_SITE ->
					LedgerStage.parse(v[17]).filter(stage.sources()::contains).map(LedgerStage::name).orElse(null);
			};
		}

		private static void append(StringBuilder out, Object value) {
			if (value == null) {
				return;
			}
			if (value instanceof Instant instant) {
				timestamp(out, instant);
				return;
			}
			String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
			if (value instanceof Number || !needsQuotes(text)) {
				out.append(text);
				return;
			}
			out.append('"');
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '"') {
					out.append('"');
				}
				out.append(c);
			}
			out.append('"');
		}

		private static boolean needsQuotes(String text) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '"' || c == ',' || c == '\n' || c == '\r' || c == '\\') {
					return true;
				}
			}
			return text.isEmpty();
		}

		/**
		 * The instant as {@code 2025-11-03 00:30:00Z}, without a formatter (millions of
		 * rows).
		 */
		private static void timestamp(StringBuilder out, Instant instant) {
			java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0,
					java.time.ZoneOffset.UTC);
			out.append(t.getYear()).append('-');
			two(out, t.getMonthValue()).append('-');
			two(out, t.getDayOfMonth()).append(' ');
			two(out, t.getHour()).append(':');
			two(out, t.getMinute()).append(':');
			two(out, t.getSecond());
			if (instant.getNano() != 0) {
				out.append('.').append(String.format("%09d", instant.getNano()));
			}
			out.append('Z');
		}

		private static StringBuilder two(StringBuilder out, int value) {
			return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
		}

		private static Long parseLong(String text) {
			try {
				return Long.parseLong(text);
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

		private static BigDecimal decimal(String text) {
			try {
				return text == null ? null : new BigDecimal(text);
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

	}

	/** CSV records read one at a time (RFC 4180 quoting, line breaks inside quotes). */
	static final class CsvRows {

		private final Reader in;

		private final char[] buffer = new char[1 << 16];

		private int position;

		private int limit;

		CsvRows(Reader in) {
			this.in = in;
		}

		private int read() {
			if (this.position == this.limit) {
				try {
					this.limit = this.in.read(this.buffer);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				this.position = 0;
				if (this.limit <= 0) {
					this.limit = 0;
					return -1;
				}
			}
			return this.buffer[this.position++];
		}

		/** The next record's fields, or null at the end. */
		List<String> next() {
			List<String> fields = new ArrayList<>(24);
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			boolean any = false;
			int c;
			while ((c = read()) != -1) {
				any = true;
				if (quoted) {
					if (c == '"') {
						int following = read();
						if (following == '"') {
							field.append('"');
							continue;
						}
						quoted = false;
						if (following == -1) {
							break;
						}
						c = following;
					}
					else {
						field.append((char) c);
						continue;
					}
				}
				if (c == '"') {
					quoted = true;
				}
				else if (c == ',') {
					fields.add(field.toString());
					field.setLength(0);
				}
				else if (c == '\n') {
					fields.add(field.toString());
					return fields;
				}
				else if (c != '\r') {
					field.append((char) c);
				}
			}
			if (!any) {
				return null;
			}
			fields.add(field.toString());
			return fields;
		}

	}

}
