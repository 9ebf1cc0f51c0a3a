package io.greenloop.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.greenloop.evaluation.domain.Status;
import io.greenloop.evaluation.persistence.ResultRepository.Key;
import io.greenloop.evaluation.persistence.ResultRepository.Result;
import io.greenloop.evaluation.persistence.WarningRepository;
import io.greenloop.evaluation.persistence.WarningRepository.NewWarning;
import io.greenloop.evaluation.persistence.WarningRepository.Warning;
import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.identity.Role;
import io.greenloop.plan.IndicatorView;
import io.greenloop.shared.RegionCode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Early warnings (预警): raised when a target turns 滞后 (orange) or 严重滞后 (red) in the latest
 * year it has a value for, or when a reporting deadline passes without its values
 * (yellow); acknowledged and closed by reviewers of the region or above, with a note.
 */
@Service
public class Warnings {

	private final WarningRepository warnings;

	private final CurrentAccount current;

	private final Clock clock;

	Warnings(WarningRepository warnings, CurrentAccount current, Clock clock) {
		this.warnings = warnings;
		this.current = current;
		this.clock = clock;
	}

	/**
	 * Raises a warning for each target and region whose latest year with a value turned
	 * lagging or seriously lagging with this evaluation; answers how many were raised.
	 */
	int afterEvaluation(Map<Key, Map<Integer, String>> previous, List<Result> rows,
			Map<String, IndicatorView> targets) {
		Map<Key, Result> latest = rows.stream()
			.filter(row -> Evaluations.PLAN.equals(row.method()) && row.value() != null)
			.collect(Collectors.toMap(row -> new Key(row.targetCode(), row.regionCode()), row -> row,
					(a, b) -> a.year() >= b.year() ? a : b));
		Instant now = this.clock.instant();
		int raised = 0;
		for (Map.Entry<Key, Result> entry : latest.entrySet()) {
			Result row = entry.getValue();
			boolean lagging = Status.LAGGING.name().equals(row.status());
			boolean serious = Status.SERIOUSLY_LAGGING.name().equals(row.status());
			String before = previous.getOrDefault(entry.getKey(), Map.of()).get(row.year());
			if ((lagging || serious) && !row.status().equals(before)) {
				Status status = Status.valueOf(row.status());
				IndicatorView target = targets.get(row.targetCode());
				String name = target == null ? row.targetCode() : target.name();
				if (this.warnings.raise(new NewWarning(row.status(), serious ? 3 : 2, row.targetCode(), row.planCode(),
						row.regionCode(), row.year(), null, responsible(target),
						"%s（%s）%d年%s：%s".formatted(name, row.targetCode(), row.year(), status.zh(),
								row.explanationZh()),
						"%s (%s) is %s in %d: %s".formatted(name, row.targetCode(), status.en(), row.year(),
								row.explanationEn())),
						now)) {
					raised++;
				}
			}
		}
		return raised;
	}

	/** Raises a yellow warning for a value not reported by its deadline. */
	void missing(NewWarning warning) {
		this.warnings.raise(warning, this.clock.instant());
	}

	/** The warnings of the caller's region and below (or of a region within it). */
	@Transactional(readOnly = true)
	public List<Warning> find(String region, String state) {
		String shown = region != null ? visible(region) : this.current.scope().isAdmin() ? null : visible(null);
		return this.warnings.findAll(shown == null ? null : RegionCode.of(shown).scopePrefix(), state, null);
	}

	/**
	 * The open warnings of a region and below (within the caller's scope), the most
	 * urgent first: how many there are, and the first few.
	 */
	@Transactional(readOnly = true)
	public OpenWarnings open(String region, int shown) {
		String prefix = RegionCode.of(visible(region)).scopePrefix();
		return new OpenWarnings(this.warnings.count(prefix, "OPEN"), this.warnings.findAll(prefix, "OPEN", shown));
	}

	@Transactional
	public Warning acknowledge(long id, String note) {
		Warning warning = mine(id);
		if (!"OPEN".equals(warning.state())) {
			throw new WarningStateException("只能确认未处理的预警 / only an open warning can be acknowledged");
		}
		this.warnings.acknowledge(id, this.current.scope().username(), blankToNull(note), this.clock.instant());
		return this.warnings.find(id).orElseThrow();
	}

	@Transactional
	public Warning close(long id, String note) {
		Warning warning = mine(id);
		if ("CLOSED".equals(warning.state())) {
			throw new WarningStateException("预警已关闭 / the warning is closed already");
		}
		if (blankToNull(note) == null) {
			throw new IllegalArgumentException("关闭预警须说明处理情况 / closing a warning needs a note");
		}
		this.warnings.close(id, this.current.scope().username(), note.strip(), this.clock.instant());
		return this.warnings.find(id).orElseThrow();
	}

	/**
	 * The warning, if the caller is a reviewer of its region or above, or an
	 * administrator.
	 */
	private Warning mine(long id) {
		Warning warning = this.warnings.find(id).orElseThrow(() -> new UnknownWarningException(id));
		DataScope scope = this.current.scope();
		if (!scope.sees(warning.regionCode())) {
			throw new UnknownWarningException(id);
		}
		if (!(scope.isAdmin() || scope.has(Role.REVIEWER))) {
			throw new EvaluationRefusedException("只有审核员可以处理预警 / only reviewers handle warnings");
		}
		return warning;
	}

	/**
	 * The region asked for, else the caller's own.
	 * @throws EvaluationRefusedException for a region outside the caller's scope
	 */
	private String visible(String region) {
		DataScope scope = this.current.scope();
		String shown = region != null ? region : scope.regionCode();
		if (!scope.sees(shown)) {
			throw new EvaluationRefusedException(
					"地区%s不在您的数据范围内 / region %s is outside your data scope".formatted(shown, shown));
		}
		return shown;
	}

	/** The units that answer for a target: its lead units, then the responsible ones. */
	static String responsible(IndicatorView target) {
		if (target == null) {
			return "—";
		}
		Set<String> names = Stream.of(target.leadUnits(), target.responsibleUnits())
			.flatMap(Collection::stream)
			.map(IndicatorView.Unit::name)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		return names.isEmpty() ? (target.responsibleText() == null ? "—" : target.responsibleText())
				: String.join("、", names);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	/** No such warning, or not in the caller's scope (404). */
	public static class UnknownWarningException extends RuntimeException {

		UnknownWarningException(long id) {
			super("没有预警 %d / no warning %d".formatted(id, id));
		}

	}

	/** The warning's state does not allow this (409). */
	public static class WarningStateException extends RuntimeException {

		WarningStateException(String message) {
			super(message);
		}

	}

	/**
	 * Open warnings: how many, and the first few.
	 *
	 * @param count how many are open
	 * @param first the most urgent of them
	 */
	public record OpenWarnings(long count, List<Warning> first) {
	}

}
