package io.greenloop.waste;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.greenloop.waste.domain.LedgerStage;
import io.greenloop.waste.domain.LedgerTimes;

/** The per-row checks, writing each good row as a line of COPY's CSV. */
final class LedgerBulkRowCheck {

	private static final java.util.regex.Pattern MANIFEST = java.util.regex.Pattern.compile("\\d{14}");

	private static final java.util.regex.Pattern HAZARDOUS_CODE = java.util.regex.Pattern
		.compile("\\d{3}-\\d{3}-\\d{2}");

	final List<String> problems = new ArrayList<>();

	/** The years of the rows. */
	final java.util.SortedSet<Integer> years = new java.util.TreeSet<>();

	/** The batch chain, followed as the rows pass. */
	final LedgerBulkChecks chain = new LedgerBulkChecks();

	private final LedgerBulkRegistry registry;

	/** The recorded_by and recorded_at columns, the same on every row. */
	private final String recorded;

	private final LedgerCodes codes;

	private final Instant now;

	private final String user;

	LedgerBulkRowCheck(LedgerBulkRegistry registry, LedgerCodes codes, Instant now, String user) {
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
		// PostgreSQL keeps microseconds: the time checked is the time stored
		Instant at = v[3] == null ? null : micros(LedgerTimes.parse(v[3]));
		if (at == null || at.isAfter(this.now)) {
			return refuse(line, "occurredAt " + v[3] + " is no date or in the future");
		}
		String kind = v[4] != null ? v[4]
				: v[5] != null && HAZARDOUS_CODE.matcher(v[5]).matches() ? "HAZARDOUS" : "GENERAL";
		if (!"HAZARDOUS".equals(kind) && !"GENERAL".equals(kind)) {
			return refuse(line, "wasteKind " + kind + " is not HAZARDOUS or GENERAL");
		}
		java.time.LocalDate day = LedgerTimes.date(at);
		String name = v[5] == null ? null : this.codes.name(kind, v[5], day).orElse(null);
		if (name == null) {
			return refuse(line, v[5] + " is no " + kind + " waste code on " + day
					+ ("HAZARDOUS".equals(kind) ? " (checked against " + this.codes.checkedAgainst(day) + ")" : ""));
		}
		BigDecimal quantity = decimal(v[7]);
		if (quantity == null || quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 4) {
			return refuse(line, "quantityT " + v[7] + " is not above zero with at most 4 decimals");
		}
		Instant finished = v[14] == null ? null : micros(LedgerTimes.parse(v[14]));
		if (v[14] != null && finished == null) {
			return refuse(line, "finishedAt " + v[14] + " is no date");
		}
		if (stage == LedgerStage.GENERATED && v[18] != null) {
			return refuse(line, "a GENERATED record takes from no batch (sourceBatchCode " + v[18] + ")");
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
		String problem = this.registry.problem(site, stage, kind, v[5], day, v[11], v[12],
				source == null && stage == LedgerStage.STORED_IN, v[21]);
		if (problem != null) {
			return refuse(line, problem);
		}
		Object[] cells = { site, stage.name(), v[2], at, kind, v[5], v[6] != null ? v[6] : name, quantity, v[8], v[9],
				v[10] == null ? null : parseLong(v[10]), v[11], v[12], v[13], finished, v[15], v[16], source, v[18],
				v[19], v[20], v[21], v[22] };
		if (v[10] != null && (cells[10] == null || (Long) cells[10] <= 0)) {
			return refuse(line, "containerCount " + v[10] + " is not a whole number above zero");
		}
		String twice = this.chain.row(line, site, stage, v[2], v[5], at, quantity, source, v[18]);
		if (twice != null) {
			return refuse(line, twice);
		}
		this.years.add(day.getYear());
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

	private static Instant micros(Instant at) {
		return at == null ? null : at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
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
