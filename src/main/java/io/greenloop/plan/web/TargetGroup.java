package io.greenloop.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.greenloop.plan.IndicatorView;

/**
 * A run of targets that share plan and groups, the way the plans' tables group their rows
 * (一级指标 / 二级指标).
 *
 * @param planCode the plan
 * @param level1 the first-level group
 * @param level2 the second-level group
 * @param targets the targets, in the plan's order
 */
record TargetGroup(String planCode, String level1, String level2, List<IndicatorView> targets) {

	/** Splits targets, already in plan order, into runs of the same plan and groups. */
	static List<TargetGroup> of(List<IndicatorView> targets) {
		List<TargetGroup> groups = new ArrayList<>();
		TargetGroup current = null;
		for (IndicatorView target : targets) {
			if (current == null || !current.holds(target)) {
				current = new TargetGroup(target.planCode(), target.level1(), target.level2(), new ArrayList<>());
				groups.add(current);
			}
			current.targets().add(target);
		}
		return groups;
	}

	private boolean holds(IndicatorView target) {
		return this.planCode.equals(target.planCode()) && Objects.equals(this.level1, target.level1())
				&& Objects.equals(this.level2, target.level2());
	}

}
