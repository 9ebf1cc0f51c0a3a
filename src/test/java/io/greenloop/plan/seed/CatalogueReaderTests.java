package io.greenloop.plan.seed;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.greenloop.plan.Direction;
import io.greenloop.plan.Measure;
import io.greenloop.plan.PlanKind;
import io.greenloop.plan.TargetComparator;
import io.greenloop.plan.seed.CatalogueFile.ConceptEntry;
import io.greenloop.plan.seed.CatalogueFile.PlanEntry;
import io.greenloop.plan.seed.CatalogueFile.SourceEntry;
import io.greenloop.plan.seed.CatalogueFile.TargetEntry;
import io.greenloop.plan.seed.CatalogueFile.TargetValueEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A bad catalogue is refused as a whole, and the refusal says which file, which target,
 * which field, why.
 */
class CatalogueReaderTests {

	static final String DOCUMENT = "003_254e334816a2e296.txt";

	final CatalogueReader reader = new CatalogueReader(new SeedTexts());

	final PlanEntry plan = new PlanEntry(DOCUMENT, "呼和浩特市“十四五”时期“无废城市”建设实施方案", PlanKind.IMPLEMENTATION_PLAN, null, null,
			null, "150100", 2021, 2025, 2020, null, new SourceEntry(List.of(3, 3), "呼和浩特市“十四五”时期 “无废城市”建设实施方案"));

	final ConceptEntry concept = new ConceptEntry("green-factories", "开展绿色工厂建设的企业数量", "个", Direction.HIGHER_IS_BETTER,
			"count", null);

	@Test
	void acceptsAConsistentCatalogue() {
		Catalogue catalogue = this.reader.check(files(target("003-T04", "4\t\t\t开展绿色工厂建设的企业数量\t16\t45\t个\t市工业和信息化局",
				TargetComparator.GE, new BigDecimal("45"))));
		assertThat(catalogue.targets()).extracting(placed -> placed.entry().code()).containsExactly("003-T04");
	}

	@Test
	void namesAQuoteThatIsNotInTheCitedLines() {
		assertThatExceptionOfType(InvalidCatalogueException.class)
			.isThrownBy(() -> this.reader
				.check(files(target("003-T04", "开展绿色工厂建设的企业数量\t16\t50\t个", TargetComparator.GE, new BigDecimal("50")))))
			.satisfies(ex -> assertThat(ex.problems()).singleElement()
				.asString()
				.contains("plan-003.yaml 003-T04", "source", "quote is not in 003_254e334816a2e296.txt lines 37-37"));
	}

	@Test
	void namesEveryProblemAtOnce() {
		TargetEntry unknownConcept = new TargetEntry("003-T4", "x", 4, null, null, false, null, "15010", null, "nope",
				Measure.LEVEL, "个", Direction.HIGHER_IS_BETTER, null,
				new TargetValueEntry(2025, TargetComparator.GE, null, null, "45"), null, null, null,
				new SourceEntry(List.of(37, 37), "开展绿色工厂建设的企业数量"));
		assertThatExceptionOfType(InvalidCatalogueException.class)
			.isThrownBy(() -> this.reader.check(files(unknownConcept)))
			.satisfies(
					ex -> assertThat(ex.problems()).anySatisfy(p -> assertThat(p).contains("003-T4", "code must read"))
						.anySatisfy(p -> assertThat(p).contains("region must be a six-digit GB/T 2260 code, not 15010"))
						.anySatisfy(p -> assertThat(p).contains("concept is not a known concept: nope"))
						.anySatisfy(p -> assertThat(p).contains("target.value is required by the comparator GE")));
	}

	@Test
	void refusesTheSameCodeTwice() {
		TargetEntry target = target("003-T04", "开展绿色工厂建设的企业数量", TargetComparator.GE, new BigDecimal("45"));
		Map<String, CatalogueFile> files = files(target);
		files.put("plan-003-b.yaml", new CatalogueFile("003", null, List.of(), List.of(target)));
		assertThatExceptionOfType(InvalidCatalogueException.class).isThrownBy(() -> this.reader.check(files))
			.withMessageContaining("plan-003-b.yaml: 003-T04 code is used twice");
	}

	@Test
	void namesAPlanWithoutADocumentAndTargetsWithoutAPlan() {
		Map<String, CatalogueFile> files = files(
				target("003-T04", "开展绿色工厂建设的企业数量", TargetComparator.GE, new BigDecimal("45")));
		files.put("plan-003.yaml", new CatalogueFile("003", new PlanEntry(null, "t", PlanKind.PLAN, null, null, null,
				"150100", null, null, null, null, new SourceEntry(List.of(1, 1), "x")), List.of(), List.of()));
		files.put("stray.yaml", new CatalogueFile(null, null, List.of(),
				List.of(target("003-T05", "x", TargetComparator.GE, BigDecimal.ONE))));
		assertThatExceptionOfType(InvalidCatalogueException.class).isThrownBy(() -> this.reader.check(files))
			.satisfies(ex -> assertThat(ex.problems())
				.anySatisfy(p -> assertThat(p).contains("plan 003: document is required"))
				.anySatisfy(p -> assertThat(p).contains("stray.yaml: planCode is required for a file with targets")));
	}

	@Test
	void refusesAMalformedFileByName() {
		assertThatExceptionOfType(InvalidCatalogueException.class)
			.isThrownBy(() -> this.reader.read("classpath:catalogue-bad/*.yaml"))
			.withMessageContaining("unknown-field.yaml")
			.withMessageContaining("responsibleUnit");
	}

	private Map<String, CatalogueFile> files(TargetEntry target) {
		Map<String, CatalogueFile> files = new LinkedHashMap<>();
		files.put("concepts.yaml", new CatalogueFile(null, null, List.of(this.concept), List.of()));
		files.put("plan-003.yaml", new CatalogueFile("003", this.plan, List.of(), List.of(target)));
		return files;
	}

	private static TargetEntry target(String code, String quote, TargetComparator comparator, BigDecimal value) {
		return new TargetEntry(code, "开展绿色工厂建设的企业数量", 4, "固体废物源头减量", "工业源头减量", false, null, "150100", null,
				"green-factories", Measure.LEVEL, "个", Direction.HIGHER_IS_BETTER, null,
				new TargetValueEntry(2025, comparator, value, null, "45"), "市工业和信息化局", null, null,
				new SourceEntry(List.of(37, 37), quote));
	}

}
