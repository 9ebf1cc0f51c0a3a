package io.greenloop.waste;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** CSV records read one at a time (RFC 4180 quoting, line breaks inside quotes). */
final class CsvRows {

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
