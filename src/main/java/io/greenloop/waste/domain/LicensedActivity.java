package io.greenloop.waste.domain;

/**
 * What a 危险废物经营许可证 permits: the activities of 收集, 贮存, 利用 and 处置 named by the
 * 危险废物经营许可证管理办法 (the article was not checked against its text, which is not among our
 * sources). Finer utilisation and disposal methods (R/D codes) are not modelled yet.
 */
public enum LicensedActivity {

	/** 收集. */
	COLLECTION,
	/** 贮存. */
	STORAGE,
	/** 利用. */
	UTILISATION,
	/** 处置. */
	DISPOSAL

}
