package io.greenloop.supervision;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.greenloop.identity.DataScope;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorView;
import io.greenloop.supervision.domain.InvalidInputException;
import io.greenloop.supervision.persistence.TargetLinkRepository;
import io.greenloop.supervision.persistence.TargetLinkRepository.LinkRow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue targets each task serves: read by anyone who sees the task, replaced by
 * an administrator with codes the catalogue knows. Once edited, a task's links are the
 * administrator's and later loads of the seeds leave them alone.
 */
@Service
@Transactional(readOnly = true)
public class TaskTargets {

	static final String SEED = "seed";

	private final TargetLinkRepository links;

	private final Tasks tasks;

	private final IndicatorCatalogue catalogue;

	private final Permissions permissions;

	private final Clock clock;

	TaskTargets(TargetLinkRepository links, Tasks tasks, IndicatorCatalogue catalogue, Permissions permissions,
			Clock clock) {
		this.links = links;
		this.tasks = tasks;
		this.catalogue = catalogue;
		this.permissions = permissions;
		this.clock = clock;
	}

	/** The targets a task serves, if the caller sees the task. */
	public List<TargetLinkView> of(String taskCode) {
		this.tasks.visible(taskCode);
		return this.links.of(taskCode)
			.stream()
			.map(link -> new TargetLinkView(link.targetCode(),
					this.catalogue.indicator(link.targetCode()).map(IndicatorView::name).orElse(null), link.linkedBy(),
					link.evidence()))
			.toList();
	}

	/**
	 * Replaces the task's targets (administrators only); every code must be a target of
	 * the catalogue, once. Nothing is written if one is not.
	 */
	@Transactional
	public List<TargetLinkView> replace(String taskCode, List<String> targetCodes) {
		DataScope scope = this.permissions.scope();
		this.permissions.requireAdmin(scope, "修改任务服务的指标 / change the targets a task serves");
		this.tasks.get(taskCode);
		if (targetCodes == null) {
			throw new InvalidInputException("targets", "targets: 需要指标代码列表 / a list of target codes is required");
		}
		Set<String> seen = new HashSet<>();
		List<LinkRow> rows = new ArrayList<>();
		for (int i = 0; i < targetCodes.size(); i++) {
			String code = (targetCodes.get(i) != null) ? targetCodes.get(i).strip() : "";
			String field = "targets[%d]".formatted(i);
			if (this.catalogue.indicator(code).isEmpty()) {
				throw new InvalidInputException(field,
						"%s: “%s”不是指标目录中的指标 / \"%s\" is not a target of the catalogue".formatted(field, code, code));
			}
			if (!seen.add(code)) {
				throw new InvalidInputException(field,
						"%s: 指标%s重复 / target %s is listed twice".formatted(field, code, code));
			}
			rows.add(new LinkRow(taskCode, code, scope.username(), null));
		}
		this.links.replace(taskCode, rows, this.clock.instant());
		this.links.markEdited(taskCode, scope.username(), this.clock.instant());
		return of(taskCode);
	}

}
