package io.greenloop.reporting.domain;

/** How often a form is reported: 年报, 季报 (quarterly 调度), 月报. */
public enum Cadence {

	YEAR, QUARTER, MONTH

}
