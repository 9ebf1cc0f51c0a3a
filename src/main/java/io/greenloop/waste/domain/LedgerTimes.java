package io.greenloop.waste.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Times in ledger records: entered as an ISO date ({@code 2025-11-03}, the start of the
 * day), a local date-time ({@code 2025-11-03T08:30} or {@code 2025-11-03 08:30}) in China
 * time, or a date-time with an offset; kept as instants.
 */
public final class LedgerTimes {

	/** The zone local ledger times are in (China Standard Time). */
	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private LedgerTimes() {
	}

	/** The instant, or null if the text is no time of one of the accepted forms. */
	public static Instant parse(String text) {
		String value = text.strip().replace(' ', 'T');
		LocalDateTime local = plain(value);
		if (local != null) {
			return local.atZone(CHINA).toInstant();
		}
		try {
			if (value.length() == 10) {
				return LocalDate.parse(value).atStartOfDay(CHINA).toInstant();
			}
			if (value.endsWith("Z") || hasOffset(value)) {
				return OffsetDateTime.parse(value).toInstant();
			}
			return LocalDateTime.parse(value).atZone(CHINA).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * The common forms {@code 2025-11-03T08:30} and {@code 2025-11-03T08:30:15} read
	 * digit by digit (bulk loads read millions); null for anything else, left to the
	 * formatters.
	 */
	private static LocalDateTime plain(String v) {
		int length = v.length();
		if ((length != 16 && length != 19) || v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(10) != 'T'
				|| v.charAt(13) != ':' || (length == 19 && v.charAt(16) != ':')) {
			return null;
		}
		int year = digits(v, 0, 4);
		int month = digits(v, 5, 2);
		int day = digits(v, 8, 2);
		int hour = digits(v, 11, 2);
		int minute = digits(v, 14, 2);
		int second = length == 19 ? digits(v, 17, 2) : 0;
		if ((year | month | day | hour | minute | second) < 0) {
			return null;
		}
		try {
			return LocalDateTime.of(year, month, day, hour, minute, second);
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

	private static int digits(String v, int from, int count) {
		int value = 0;
		for (int i = from; i < from + count; i++) {
			char c = v.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static boolean hasOffset(String value) {
		int sign = value.length() - 6;
		return sign > 10 && (value.charAt(sign) == '+' || value.charAt(sign) == '-') && value.charAt(sign + 3) == ':';
	}

	/** The local date in China of the instant. */
	public static LocalDate date(Instant instant) {
		return instant.atZone(CHINA).toLocalDate();
	}

	/**
	 * The instant as a local date-time in China, as the template and exports write it.
	 */
	public static String format(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, CHINA).toString();
	}

}
