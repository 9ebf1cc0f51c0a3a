package io.greenloop.reporting.excel;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 50,000 rows of 8 columns are written and read back while streaming: the rows are
 * generated as they are written and counted as they are read, never held in a list.
 */
class LargeWorkbookTests {

	private static final int ROWS = 50_000;

	private static final SheetLayout LAYOUT = SheetLayout.of(Column.required("c1", "列1"), Column.required("c2", "列2"),
			Column.required("c3", "列3"), Column.required("c4", "列4"), Column.required("c5", "列5"),
			Column.required("c6", "列6"), Column.required("c7", "列7"), Column.required("c8", "列8"));

	@TempDir
	Path folder;

	@Test
	void writesAndReadsFiftyThousandRows() throws Exception {
		Path file = this.folder.resolve("large.xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			WorkbookWriter.write(out,
					new WorkbookContent("填报", "大文件", List.of(Map.entry("期间", "2025Q3")), columns(), () -> rows()));
		}
		AtomicInteger count = new AtomicInteger();
		AtomicReference<SheetRow> last = new AtomicReference<>();
		new WorkbookReader(WorkbookLimits.STANDARD).read(file, LAYOUT, (row) -> {
			count.incrementAndGet();
			last.set(row);
		});
		assertThat(count).hasValue(ROWS);
		assertThat(last.get().cells().get("c1").text()).isEqualTo("行" + (ROWS - 1));
		assertThat(last.get().cells().get("c8").number())
			.isEqualByComparingTo(new BigDecimal(ROWS - 1).movePointLeft(2));
	}

	private static List<ColumnSpec> columns() {
		return IntStream.rangeClosed(1, 8).mapToObj((i) -> new ColumnSpec("列" + i, 12, i > 4, null)).toList();
	}

	private static Iterator<List<Object>> rows() {
		return IntStream.range(0, ROWS).mapToObj(LargeWorkbookTests::row).iterator();
	}

	private static List<Object> row(int i) {
		List<Object> row = new ArrayList<>();
		row.add("行" + i);
		row.add("内蒙古自治区呼和浩特市" + (i % 97));
		row.add("A" + (i % 1000));
		row.add("吨");
		row.add(i);
		row.add(i * 1.5);
		row.add(new BigDecimal(i).movePointLeft(1));
		row.add(new BigDecimal(i).movePointLeft(2));
		return row;
	}

}
