package io.greenloop.supervision;

import java.util.Collection;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.identity.Role;
import io.greenloop.supervision.domain.NotPermittedException;

import org.springframework.stereotype.Component;

/**
 * Who may do what in supervision, by the data scope of the reporting issue: everyone sees
 * the tasks of its region and the regions below (administrators everything); a unit
 * reports only on the tasks that name it, through an account of its own (填报 or 审核); the
 * lead unit (牵头单位) reviews the reports on its tasks through a reviewer's account; where a
 * task names no lead organisation, the reviewers of the task's region do; administrators
 * may review anything.
 */
@Component
class Permissions {

	private final CurrentAccount current;

	Permissions(CurrentAccount current) {
		this.current = current;
	}

	DataScope scope() {
		return this.current.scope();
	}

	/** The region, if the caller sees it. */
	DataScope seeing(String region) {
		DataScope scope = scope();
		if (!scope.sees(region)) {
			throw new NotPermittedException(
					"地区%s不在您的数据范围内 / region %s is outside your data scope".formatted(region, region));
		}
		return scope;
	}

	/** The caller's organisation, if it is one of the units and the caller may report. */
	long reportingUnit(DataScope scope, String subject, Collection<Long> units) {
		boolean mayReport = scope.has(Role.REPORTER) || scope.has(Role.REVIEWER);
		if (!mayReport || !units.contains(scope.organisationId())) {
			throw new NotPermittedException(
					"%s不是您单位的任务，不能报送 / %s is not your unit's to report on".formatted(subject, subject));
		}
		return scope.organisationId();
	}

	/** Whether the caller reviews for the lead units (or the region, when none). */
	boolean reviews(DataScope scope, String region, Collection<Long> leads) {
		if (scope.isAdmin()) {
			return true;
		}
		if (!scope.has(Role.REVIEWER)) {
			return false;
		}
		return leads.isEmpty() ? scope.regionCode().equals(region) : leads.contains(scope.organisationId());
	}

	void requireReviews(DataScope scope, String subject, String region, Collection<Long> leads) {
		if (!reviews(scope, region, leads)) {
			throw new NotPermittedException(
					"只有%s的牵头单位审核人或管理员可以审核 / only the lead unit's reviewer or an administrator ".formatted(subject)
							+ "reviews reports on " + subject);
		}
	}

	void requireAdmin(DataScope scope, String what) {
		if (!scope.isAdmin()) {
			throw new NotPermittedException("只有管理员可以%s / only administrators may %s".formatted(what, what));
		}
	}

}
