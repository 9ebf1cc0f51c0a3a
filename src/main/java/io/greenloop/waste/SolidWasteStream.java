package io.greenloop.waste;

/**
 * A general industrial solid waste category or another stream the plans count (建筑垃圾,
 * 生活垃圾, 污泥, 医疗废物, agricultural waste), with where it comes from.
 *
 * @param code a stable English key
 * @param kind GENERAL_INDUSTRIAL, CONSTRUCTION, MUNICIPAL, SLUDGE, MEDICAL or
 * AGRICULTURAL
 * @param nameZh the Chinese name
 * @param nameEn the English name
 * @param source the source note
 */
public record SolidWasteStream(String code, String kind, String nameZh, String nameEn, String source) {

}
