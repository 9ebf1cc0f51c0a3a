package io.greenloop.plan.domain;

import org.junit.jupiter.api.Test;

import static io.greenloop.plan.UnitRole.DATA_PROVIDER;
import static io.greenloop.plan.UnitRole.LEAD;
import static io.greenloop.plan.UnitRole.RESPONSIBLE;
import static org.assertj.core.api.Assertions.assertThat;

class ResponsibilityTextTests {

	@Test
	void sharesTheLevelPrefixAndSeparatesDataProviders() {
		assertThat(ResponsibilityText.read("市工业和信息化局、生态环境局（市统计局提供数据）", RESPONSIBLE)).containsExactly(
				new UnitMention("市工业和信息化局", RESPONSIBLE, false), new UnitMention("市生态环境局", RESPONSIBLE, false),
				new UnitMention("市统计局", DATA_PROVIDER, false));
	}

	@Test
	void sharesTheCommitteeSuffixAndKnowsTheCollectiveOfCountyGovernments() {
		assertThat(ResponsibilityText.read("各旗县区人民政府，经济技术开发区、和林格尔新区管委会，市工业和信息化局", RESPONSIBLE)).containsExactly(
				new UnitMention("各旗县区人民政府", RESPONSIBLE, true), new UnitMention("经济技术开发区管委会", RESPONSIBLE, false),
				new UnitMention("和林格尔新区管委会", RESPONSIBLE, false), new UnitMention("市工业和信息化局", RESPONSIBLE, false));
	}

	@Test
	void sharesTheGovernmentSuffixAcrossCounties() {
		assertThat(ResponsibilityText.read("市应急管理局、生态环境局，武川县、新城区人民政府", RESPONSIBLE)).extracting(UnitMention::name)
			.containsExactly("市应急管理局", "市生态环境局", "武川县人民政府", "新城区人民政府");
	}

	@Test
	void doesNotMistakeTheMarketBureauForALevelPrefix() {
		assertThat(ResponsibilityText.read("市卫生健康委员会、商务局、市场监督管理局", RESPONSIBLE)).extracting(UnitMention::name)
			.containsExactly("市卫生健康委员会", "市商务局", "市市场监督管理局");
		assertThat(ResponsibilityText.read("市市场监督管理局、工业和信息化局", RESPONSIBLE)).extracting(UnitMention::name)
			.containsExactly("市市场监督管理局", "市工业和信息化局");
	}

	@Test
	void splitsLeadsJoinedBy会同AndDropsVagueTails() {
		assertThat(ResponsibilityText.read("发改委、生态环境厅会同工业和信息化厅、商务厅、供销社等部门", LEAD)).extracting(UnitMention::name)
			.containsExactly("发改委", "生态环境厅", "工业和信息化厅", "商务厅", "供销社");
		assertThat(ResponsibilityText.read("发改委、工业和信息化厅会同有关部门", LEAD)).extracting(UnitMention::name)
			.containsExactly("发改委", "工业和信息化厅");
	}

	@Test
	void readsNothingFromNothing() {
		assertThat(ResponsibilityText.read(null, RESPONSIBLE)).isEmpty();
		assertThat(ResponsibilityText.read("  ", RESPONSIBLE)).isEmpty();
	}

}
