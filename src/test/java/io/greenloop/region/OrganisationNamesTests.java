package io.greenloop.region;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationNamesTests {

	final Region hohhot = new Region("150100", "呼和浩特市", RegionKind.PREFECTURE_CITY, 2, "150000");

	final Region innerMongolia = new Region("150000", "内蒙古自治区", RegionKind.AUTONOMOUS_REGION, 1, null);

	final Region alxa = new Region("152900", "阿拉善盟", RegionKind.LEAGUE, 2, "150000");

	@Test
	void completesACityDepartment() {
		assertThat(OrganisationNames.fullName(this.hohhot, "市生态环境局")).isEqualTo("呼和浩特市生态环境局");
		assertThat(OrganisationNames.fullName(this.hohhot, "市市场监督管理局")).isEqualTo("呼和浩特市市场监督管理局");
		assertThat(OrganisationNames.fullName(this.hohhot, "呼和浩特市生态环境局")).isEqualTo("呼和浩特市生态环境局");
	}

	@Test
	void expandsTheShortFormsThePlansUse() {
		assertThat(OrganisationNames.fullName(this.innerMongolia, "发改委")).isEqualTo("内蒙古自治区发展和改革委员会");
		assertThat(OrganisationNames.fullName(this.innerMongolia, "自治区住建厅")).isEqualTo("内蒙古自治区住房和城乡建设厅");
		assertThat(OrganisationNames.fullName(this.hohhot, "市金融办")).isEqualTo("呼和浩特市金融工作办公室");
		assertThat(OrganisationNames.fullName(this.alxa, "盟生态环境局")).isEqualTo("阿拉善盟生态环境局");
	}

	@Test
	void knowsKindsByName() {
		assertThat(OrganisationNames.kindOf("武川县人民政府")).isEqualTo(OrganisationKind.GOVERNMENT);
		assertThat(OrganisationNames.kindOf("市委组织部")).isEqualTo(OrganisationKind.PARTY_DEPARTMENT);
		assertThat(OrganisationNames.kindOf("市“无废办”")).isEqualTo(OrganisationKind.COORDINATION_OFFICE);
		assertThat(OrganisationNames.kindOf("市生态环境局")).isEqualTo(OrganisationKind.DEPARTMENT);
	}

	@Test
	void readsTheAreaBehindAManagementCommittee() {
		assertThat(OrganisationNames.committeeOf("和林格尔新区管委会")).isEqualTo("和林格尔新区");
		assertThat(OrganisationNames.committeeOf("经济技术开发区管理委员会")).isEqualTo("经济技术开发区");
		assertThat(OrganisationNames.committeeOf("市生态环境局")).isNull();
	}

}
