package io.greenloop.waste.domain;

import java.math.BigDecimal;

/**
 * One ledger record as an enterprise enters it (a page's form, a JSON element, a row of a
 * spreadsheet): the fields of HJ 1259—2022 §6.3 and 附录 B 表 B.1–B.5, as text so that every
 * bad value is refused naming its field rather than failing to parse.
 *
 * @param stage GENERATED, STORED_IN, STORED_OUT, OWN_TREATMENT or OFF_SITE (or 产生, 入库,
 * 出库, 自行利用/处置, 委外利用/处置)
 * @param batchCode the record's batch code (产生/入库/出库/自行利用/处置/委外 批次编码)
 * @param occurredAt when (ISO date or date-time, China time); 出厂时间 for OFF_SITE
 * @param wasteKind HAZARDOUS or GENERAL; when blank, taken from the code's form
 * @param wasteCode a 名录 code (DDD-SSS-CC) or a general solid waste stream code
 * @param wasteName the waste's name; when blank, the catalogue's
 * @param quantityT the quantity in tonnes, above zero, at most 4 decimals
 * @param containerCode 容器/包装编码
 * @param containerType 容器/包装类型
 * @param containerCount 容器/包装数量
 * @param facilityCode the site's facility (产生/贮存/自行利用/处置设施编码)
 * @param treatment UTILISATION or DISPOSAL (OWN_TREATMENT, OFF_SITE)
 * @param method 利用/处置方式 (HJ 1033 附录F code)
 * @param finishedAt 自行利用/处置完毕时间
 * @param handler 经办人
 * @param destination 去向
 * @param sourceStage the stage of the batch taken from, when its code is used by two
 * stages
 * @param sourceBatchCode the batch taken from
 * @param receiverType 接收单位类型
 * @param receiverName 利用/处置单位名称
 * @param receiverLicenceNumber the receiver's 危险废物经营许可证 number (or 出口核准通知单编号)
 * @param manifestNumber the 14-digit transfer manifest (部令第23号 第十五条)
 */
public record LedgerEntry(String stage, String batchCode, String occurredAt, String wasteKind, String wasteCode,
		String wasteName, BigDecimal quantityT, String containerCode, String containerType, Integer containerCount,
		String facilityCode, String treatment, String method, String finishedAt, String handler, String destination,
		String sourceStage, String sourceBatchCode, String receiverType, String receiverName,
		String receiverLicenceNumber, String manifestNumber) {

}
