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
