package io.greenloop.dashboard;

import java.util.List;

import io.greenloop.plan.IndicatorView;
import io.greenloop.plan.IndicatorView.Unit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who a lagging target's row names as answering for it. */
class ResponsibilityTests {

	static final Unit DRC = new Unit(1, "内蒙古自治区发展和改革委员会", "发改委");

	static final Unit COMMERCE = new Unit(2, "内蒙古自治区商务厅", "商务厅");

	@Test
	void namesTheLeadUnitsFirstAndEachUnitOnce() {
		assertThat(Dashboards.responsible(target(List.of(COMMERCE, DRC), List.of(DRC), "发改委、商务厅")))
			.isEqualTo("内蒙古自治区发展和改革委员会、内蒙古自治区商务厅");
	}

	@Test
	void fallsBackToThePlansWordsThenToADash() {
		assertThat(Dashboards.responsible(target(List.of(), List.of(), "各盟市人民政府"))).isEqualTo("各盟市人民政府");
		assertThat(Dashboards.responsible(target(List.of(), List.of(), null))).isEqualTo("—");
		assertThat(Dashboards.responsible(target(List.of(), List.of(), " "))).isEqualTo("—");
	}

	private static IndicatorView target(List<Unit> responsible, List<Unit> lead, String text) {
		return new IndicatorView("000-T01", "主要资源产出率", "元/吨", "000", 1, null, null, false, null, "150000", "内蒙古自治区",
				null, null, null, null, null, null, null, responsible, lead, List.of(), text, null, null, null);
	}

}
