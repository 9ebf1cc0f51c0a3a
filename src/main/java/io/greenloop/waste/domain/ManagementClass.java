package io.greenloop.waste.domain;

/**
 * The management class (管理类别) of a site that produces hazardous waste, HJ 1259—2022
 * §4.2.1. It decides what the annual management plan contains (§4.3.1, §5.3) and how
 * often the site declares (§4.3.2, §7.2).
 */
public enum ManagementClass {

	/** 危险废物环境重点监管单位 (§4.2.1 a). */
	KEY("危险废物环境重点监管单位", "key supervision"),
	/** 危险废物简化管理单位 (§4.2.1 b). */
	SIMPLIFIED("危险废物简化管理单位", "simplified management"),
	/** 危险废物登记管理单位 (§4.2.1 c). */
	REGISTERED("危险废物登记管理单位", "registration management");

	private final String zh;

	private final String en;

	ManagementClass(String zh, String en) {
		this.zh = zh;
		this.en = en;
	}

	public String zh() {
		return this.zh;
	}

	public String en() {
		return this.en;
	}

}
