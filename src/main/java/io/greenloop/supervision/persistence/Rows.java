package io.greenloop.supervision.persistence;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import io.greenloop.supervision.Review;

/** PostgreSQL array literals for the few array columns of supervision. */
final class Rows {

	private Rows() {
	}

	/**
	 * An array literal of the values' text: {"a","b"}. The values are codes, years and
	 * task codes, quoted and escaped all the same.
	 */
	static String textArray(Collection<?> values) {
		return values.stream()
			.map(value -> "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
			.collect(Collectors.joining(",", "{", "}"));
	}

	static List<Review> reviews(Array array) throws SQLException {
		return Arrays.stream((String[]) array.getArray()).map(Review::valueOf).toList();
	}

}
