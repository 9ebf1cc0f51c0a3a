package io.greenloop.region;

import io.greenloop.GreenloopTest;
import io.greenloop.shared.RegionCode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a name a plan writes becomes an organisation: found when known, registered once
 * when not.
 */
@GreenloopTest
@Transactional
class OrganisationsTests {

	static final RegionCode HOHHOT = RegionCode.of("150100");

	@Autowired
	Organisations organisations;

	@Test
	void findsTheSameDepartmentUnderItsShortAndFullNames() {
		Organisation bureau = this.organisations.findOrRegister(HOHHOT, "市生态环境局", "test");
		assertThat(bureau.name()).isEqualTo("呼和浩特市生态环境局");
		assertThat(this.organisations.findOrRegister(HOHHOT, "呼和浩特市生态环境局", "test").id()).isEqualTo(bureau.id());
		assertThat(this.organisations.findOrRegister(HOHHOT, "市生态环境局", "test").id()).isEqualTo(bureau.id());
	}

	@Test
	void registersANewDepartmentOnceAndRemembersOtherNamesForIt() {
		long before = this.organisations.count();
		Organisation office = this.organisations.findOrRegister(HOHHOT, "市外事办公室", "test");
		assertThat(office.kind()).isEqualTo(OrganisationKind.DEPARTMENT);
		assertThat(office.parentId()).isEqualTo(this.organisations.governmentOf(HOHHOT).id());
		assertThat(this.organisations.count()).isEqualTo(before + 1);

		Organisation finance = this.organisations.findOrRegister(HOHHOT, "市金融办", "test");
		assertThat(finance.name()).isEqualTo("呼和浩特市金融工作办公室");
		assertThat(finance.aliases()).contains("市金融办");
		assertThat(this.organisations.count()).isEqualTo(before + 1);
	}

	@Test
	void leavesTheGovernmentAsItIs() {
		Organisation government = this.organisations.governmentOf(HOHHOT);
		Organisation mentioned = this.organisations.findOrRegister(HOHHOT, "市人民政府", "test");
		assertThat(mentioned.id()).isEqualTo(government.id());
		assertThat(mentioned.kind()).isEqualTo(OrganisationKind.GOVERNMENT);
		assertThat(mentioned.parentId()).isNull();
	}

	@Test
	void findsTheAreaBehindAManagementCommitteeAndACountyGovernment() {
		assertThat(this.organisations.findOrRegister(HOHHOT, "和林格尔新区管委会", "test").name()).isEqualTo("和林格尔新区");
		assertThat(this.organisations.findOrRegister(HOHHOT, "经济技术开发区管委会", "test").statsCode()).isEqualTo("150172");
		assertThat(this.organisations.findOrRegister(HOHHOT, "武川县人民政府", "test").regionCode()).isEqualTo("150125");
	}

	@Test
	void sendsAnAutonomousRegionDepartmentToTheAutonomousRegion() {
		Organisation department = this.organisations.findOrRegister(HOHHOT, "自治区生态环境厅", "test");
		assertThat(department.name()).isEqualTo("内蒙古自治区生态环境厅");
		assertThat(department.regionCode()).isEqualTo("150000");
	}

}
