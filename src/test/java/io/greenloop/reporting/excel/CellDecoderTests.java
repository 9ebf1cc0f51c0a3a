package io.greenloop.reporting.excel;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Numbers are read exactly from the cell's XML text, in plain notation; a number out of
 * range (more than 40 digits before or after its point) comes back as its text at once,
 * for the TYPE rule to refuse, however it is written.
 */
class CellDecoderTests {

	final CellDecoder decoder = new CellDecoder(null, null, false);

	@Test
	void readsANumberExactlyInPlainNotation() {
		assertThat(decode("63.68")).satisfies((cell) -> {
			assertThat(cell.kind()).isEqualTo(CellKind.NUMBER);
			assertThat(cell.text()).isEqualTo("63.68");
			assertThat(cell.number()).isEqualByComparingTo("63.68");
		});
		assertThat(decode("1.25E4").text()).isEqualTo("12500");
		assertThat(decode("1.2345678901234567E-5").text()).isEqualTo("0.000012345678901234567");
	}

	/**
	 * A hang guard, not a speed target: writing out 1E+1000000 took minutes, and parsing
	 * a million digits seconds.
	 */
	@Test
	void readsANumberOfAbsurdSizeAsItsTextWithoutWritingItOut() {
		List<String> absurd = List.of("1E+1000000", "-2.5E+100000", "1E-1000000", "1E+99999999999",
				"1" + "0".repeat(1_000_000));
		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
			for (String raw : absurd) {
				Cell cell = decode(raw);
				assertThat(cell.kind()).as("%.20s", raw).isEqualTo(CellKind.TEXT);
				assertThat(cell.text()).isEqualTo(raw);
			}
		});
	}

	@Test
	void keepsEveryFigureOfUpToFortyDigitsBeforeAndAfterThePoint() {
		assertThat(decode("9".repeat(40)).kind()).isEqualTo(CellKind.NUMBER);
		assertThat(decode("1" + "0".repeat(40)).kind()).isEqualTo(CellKind.TEXT);
		assertThat(decode("1E+39").text()).isEqualTo("1" + "0".repeat(39));
		assertThat(decode("1E+40").kind()).isEqualTo(CellKind.TEXT);
		assertThat(decode("0." + "0".repeat(39) + "1").kind()).isEqualTo(CellKind.NUMBER);
		assertThat(decode("0." + "0".repeat(40) + "1").kind()).isEqualTo(CellKind.TEXT);
		assertThat(decode("1.5" + "0".repeat(60)).text()).isEqualTo("1.5");
		assertThat(decode("4.9406564584124654E-324").kind()).isEqualTo(CellKind.TEXT);
	}

	private Cell decode(String raw) {
		return this.decoder.decode(2, "C6", null, null, raw).cell();
	}

}
