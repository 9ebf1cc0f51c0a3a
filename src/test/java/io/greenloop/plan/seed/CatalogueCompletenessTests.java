package io.greenloop.plan.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.greenloop.plan.Nature;
import io.greenloop.plan.domain.SeedText;
import io.greenloop.plan.seed.CatalogueFile.TargetEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue holds every row of the plans' indicator tables: the 49 rows of Hohhot's
 * 无废城市 table (003) and the 21 rows of the regional eco-environment plan's 专栏1 (004), each
 * with the words of its row, and well over 150 targets in all.
 */
class CatalogueCompletenessTests {

	static final Pattern HOHHOT_ROW = Pattern.compile("^(\\d{1,2})\\t+(.*)$");

	final SeedTexts seeds = new SeedTexts();

	final Catalogue catalogue = new CatalogueReader(this.seeds).read();

	final Map<String, TargetEntry> targets = this.catalogue.targets()
		.stream()
		.map(Catalogue.PlacedTarget::entry)
		.collect(Collectors.toMap(TargetEntry::code, Function.identity()));

	@Test
	void everyRowOfHohhotsFortyNineIndicatorTableIsATarget() {
		SeedText text = this.seeds.find("003_254e334816a2e296.txt").orElseThrow();
		int rows = 0;
		for (int line = 31; line <= 90; line++) {
			Matcher row = HOHHOT_ROW.matcher(text.lines(line, line).get(0));
			if (!row.matches()) {
				continue;
			}
			rows++;
			String code = "003-T%02d".formatted(Integer.parseInt(row.group(1)));
			assertThat(this.targets).as("row %s on line %d", row.group(1), line).containsKey(code);
			TargetEntry target = this.targets.get(code);
			assertThat(target.seq()).isEqualTo(Integer.parseInt(row.group(1)));
			assertThat(target.source().lines()).as(code).containsExactly(line, line);
			assertThat(squeeze(row.group(2))).as(code).contains(squeeze(target.name()));
			assertThat(target.selfSelected()).as(code + " ★").isEqualTo(row.group(2).contains(target.name() + "★"));
		}
		assertThat(rows).isEqualTo(49);
	}

	@Test
	void hohhotsSelfSelectedIndicatorsAreMarked() {
		long starred = this.targets.values()
			.stream()
			.filter(t -> t.code().startsWith("003-T") && t.selfSelected())
			.count();
		assertThat(starred).isEqualTo(25);
	}

	@Test
	void everyRowOfTheEcoEnvironmentPlansColumnOneIsATarget() {
		SeedText text = this.seeds.find("004_f727c7bed9c47f2d.txt").orElseThrow();
		String table = squeeze(String.join("", text.lines(497, 707)));
		List<Row> rows = List.of(new Row("地级城市空气质量优良天数比率", Nature.BINDING), new Row("地级城市细颗粒物浓度下降比例", Nature.BINDING),
				new Row("地表水考核断面水质好于Ⅲ类水体比例", Nature.BINDING), new Row("地表水考核断面水质劣Ⅴ类水体比例", Nature.BINDING),
				new Row("城市黑臭水体比例", Nature.EXPECTED), new Row("单位国内生产总值二氧化碳排放降低", Nature.BINDING),
				new Row("单位国内生产总值能源消耗降低", Nature.BINDING), new Row("非化石能源占一次能源消费比例", Nature.EXPECTED),
				new Row("氮氧化物排放量减少比例", Nature.BINDING), new Row("挥发性有机污染物排放量减少比例", Nature.BINDING),
				new Row("化学需氧量排放量减少比例", Nature.BINDING), new Row("氨氮排放量减少比例", Nature.BINDING),
				new Row("生态保护红线占国土空间面积的比例", Nature.EXPECTED), new Row("生态质量指数", Nature.EXPECTED),
				new Row("森林覆盖率", Nature.BINDING), new Row("草原综合植被盖度", Nature.BINDING),
				new Row("受污染耕地安全利用率", Nature.EXPECTED), new Row("污染地块安全利用率", Nature.EXPECTED),
				new Row("地下水质量Ⅴ类水体比例", Nature.EXPECTED), new Row("农村生活污水治理率", Nature.EXPECTED),
				new Row("放射源辐射事故发生率", Nature.EXPECTED));
		for (int i = 0; i < rows.size(); i++) {
			String code = "004-T%02d".formatted(i + 1);
			Row row = rows.get(i);
			assertThat(table).as("the seed's 专栏1").contains(row.name());
			assertThat(this.targets).as("row %d, %s", i + 1, row.name()).containsKey(code);
			assertThat(squeeze(this.targets.get(code).name())).as(code).startsWith(row.name());
			assertThat(this.targets.get(code).nature()).as(code).isEqualTo(row.nature());
			assertThat(this.targets.get(code).source().lines().get(0)).as(code).isBetween(497, 707);
		}
		assertThat(this.targets.keySet().stream().filter(code -> code.startsWith("004-T"))).hasSize(21);
	}

	@Test
	void everyPlanSetsTargetsAndTheCatalogueIsFarLargerThanItsTables() {
		assertThat(this.catalogue.plans()).containsOnlyKeys("000", "001", "002", "003", "004");
		Map<String, Long> perPlan = this.catalogue.targets()
			.stream()
			.collect(Collectors.groupingBy(Catalogue.PlacedTarget::planCode, Collectors.counting()));
		assertThat(perPlan).containsOnlyKeys("000", "001", "002", "003", "004");
		assertThat(this.catalogue.targets()).hasSizeGreaterThan(150);
	}

	@Test
	void theSameMeasureInDifferentPlansSharesOneConcept() {
		assertThat(conceptOf("004-T07")).isEqualTo("energy-intensity");
		assertThat(this.targets.values()
			.stream()
			.filter(t -> t.code().startsWith("002-") && "energy-intensity".equals(t.concept()))
			.map(t -> t.target().value().doubleValue())).contains(16.5);
		assertThat(this.targets.values()
			.stream()
			.filter(t -> "industrial-solid-waste-utilisation-rate".equals(t.concept()))
			.map(t -> t.code().substring(0, 3))).contains("002", "003", "004");
	}

	@Test
	void theDocumentedCountsAreTheCatalogues() throws IOException {
		String documented = Files.readString(Path.of("docs/catalogue.md")).replaceAll("\\n(?!\\|)", " ");
		Map<String, Long> perPlan = this.catalogue.targets()
			.stream()
			.collect(Collectors.groupingBy(Catalogue.PlacedTarget::planCode, Collectors.counting()));
		perPlan.forEach((plan, count) -> assertThat(documented)
			.containsPattern("(?m)^\\| %s \\|[^\\n]*\\| %d \\|".formatted(plan, count)));
		assertThat(documented).contains(this.catalogue.targets().size() + " targets",
				this.catalogue.concepts().size() + " indicator concepts");
	}

	private String conceptOf(String code) {
		return this.targets.get(code).concept();
	}

	private static String squeeze(String text) {
		return text.replaceAll("\\s+", "");
	}

	record Row(String name, Nature nature) {
	}

}
