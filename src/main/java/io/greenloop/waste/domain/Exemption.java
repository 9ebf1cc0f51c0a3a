package io.greenloop.waste.domain;

/**
 * A row of 附录 危险废物豁免管理清单 (名录 第三条): in the stage named, under the condition, the waste is
 * exempted as the last column says. An entry may have several rows (one per stage or
 * condition).
 *
 * @param entry 序号
 * @param codeOrCategory 废物类别/代码 as written: codes separated by spaces, a category (HW34),
 * a name, or "-"
 * @param waste 危险废物
 * @param stage 豁免环节
 * @param condition 豁免条件
 * @param exemption 豁免内容
 */
public record Exemption(int entry, String codeOrCategory, String waste, String stage, String condition,
		String exemption) {

}
