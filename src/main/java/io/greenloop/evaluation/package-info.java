/**
 * Evaluation (评估): where every target of the plans stands. For each target and region
 * with data it computes the latest value, the progress towards the target, the value
 * expected on the trajectory from baseline to target year, the gap, a projection of the
 * target-year value and a status (已达标, 按进度, 滞后, 严重滞后, 无数据, 待人工评定), or the Open SDG
 * progress status as a second method, each with the inputs and an explanation of how it
 * was reached. Reads targets from the plan catalogue and learns of approved values only
 * from reporting's events ({@code ValuesApproved}, {@code DemoValuesRemoved},
 * {@code DeadlinePassed}), keeping its own copy; the results are stored, so pages never
 * compute on request. The computation itself is plain Java in {@code domain}. A target's
 * page lists the supervision tasks that serve it.
 */
@ApplicationModule(displayName = "Evaluation", allowedDependencies = { "shared", "region", "plan", "identity",
		"reporting :: events", "supervision", "waste :: events" })
package io.greenloop.evaluation;

import org.springframework.modulith.ApplicationModule;
