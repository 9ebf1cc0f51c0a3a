package io.greenloop.shared;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Bulk loads through PostgreSQL {@code COPY ... FROM STDIN (FORMAT csv)}, on the
 * connection of the current transaction: rows become CSV (null as an empty field, numbers
 * plain, text quoted with quotes doubled) and go in with one statement.
 */
public final class CsvCopy {

	private CsvCopy() {
	}

	/**
	 * Copies the rows with the statement, such as
	 * {@code COPY staging FROM STDIN (FORMAT csv)}; each row's fields in the table's
	 * column order.
	 */
	public static void copyIn(DataSource dataSource, String copy, Collection<? extends List<?>> rows) {
		StringBuilder csv = new StringBuilder(rows.size() * 64);
		for (List<?> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				if (i > 0) {
					csv.append(',');
				}
				csv.append(field(row.get(i)));
			}
			csv.append('\n');
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(csv.toString()));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("COPY failed: " + copy, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static String field(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		return '"' + value.toString().replace("\"", "\"\"") + '"';
	}

}
