package io.greenloop.reporting;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.identity.DataScope;
import io.greenloop.region.Regions;
import io.greenloop.reporting.domain.NotPermittedException;
import io.greenloop.reporting.domain.rules.ItemFacts;
import io.greenloop.reporting.domain.rules.RuleSet;
import io.greenloop.reporting.events.ValuesApproved;
import io.greenloop.reporting.excel.Column;
import io.greenloop.reporting.excel.SheetLayout;
import io.greenloop.reporting.excel.SheetRow;
import io.greenloop.reporting.excel.WorkbookLimits;
import io.greenloop.reporting.excel.WorkbookProblem;
import io.greenloop.reporting.excel.WorkbookReader;
import io.greenloop.reporting.persistence.ApprovedValueRepository.NewApprovedValue;
import io.greenloop.reporting.persistence.ImportAttemptRepository;
import io.greenloop.reporting.persistence.PeriodRepository;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Administrators' bulk import of approved values (history before Greenloop, statistics
 * published elsewhere): one row per item, region and period. All or nothing: every row is
 * checked (known item, region and period; a number for a numeric item; the unit; the
 * validation rules) before anything is written; then the values are approved in one
 * transaction through {@code COPY} and announced with {@link ValuesApproved}.
 */
@Service
public class ValueImports {

	static final SheetLayout LAYOUT = SheetLayout.of(Column.required("code", "编号", "code"),
			Column.required("region", "地区", "region"), Column.required("period", "期间", "period"),
			Column.required("value", "值", "value"), Column.optional("unit", "单位", "unit"),
			Column.optional("note", "备注", "note"));

	private final ReportItems items;

	private final Regions regions;

	private final PeriodRepository periods;

	private final ValueChecks checks;

	private final Approvals approvals;

	private final ImportAttemptRepository attempts;

	private final CurrentAccount current;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	ValueImports(ReportItems items, Regions regions, PeriodRepository periods, ValueChecks checks, Approvals approvals,
			ImportAttemptRepository attempts, CurrentAccount current, TransactionTemplate transaction, Clock clock) {
		this.items = items;
		this.regions = regions;
		this.periods = periods;
		this.checks = checks;
		this.approvals = approvals;
		this.attempts = attempts;
		this.current = current;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Imports the workbook's values as approved, all or nothing.
	 * @return the import's number (the values' source)
	 * @throws ImportRefusedException naming every problem by row and cell; nothing was
	 * written
	 */
	public ImportResult importValues(Path file, String fileName, Locale locale) {
		DataScope scope = this.current.scope();
		if (!scope.isAdmin()) {
			throw new NotPermittedException("只有管理员可以批量导入 / only administrators import values in bulk");
		}
		WorkbookRows rows = new WorkbookRows();
		try {
			new WorkbookReader(WorkbookLimits.STANDARD).read(file, LAYOUT, rows::add);
		}
		catch (WorkbookProblem problem) {
			throw new ImportRefusedException(problem.message(locale), problem.kind().name(), List.of(), null);
		}
		Map<String, ReportItem> items = this.items.all();
		Set<String> regionCodes = this.regions.names().keySet();
		Map<String, Period> periodsByCode = this.periods.findAll(null, null)
			.stream()
			.collect(Collectors.toMap(Period::code, Function.identity()));
		RuleSet rules = this.checks.rules(false);
		List<ValueProblem> problems = new ArrayList<>();
		List<NewApprovedValue> values = new ArrayList<>(rows.size());
		List<String> periodCodes = new ArrayList<>(rows.size());
		Set<String> seen = new HashSet<>();
		for (SheetRow row : rows.all()) {
			int number = row.number();
			String code = WorkbookRows.text(row, "code");
			String region = WorkbookRows.text(row, "region");
			String periodCode = WorkbookRows.text(row, "period");
			ReportItem item = code == null ? null : items.get(code);
			Period period = periodCode == null ? null : periodsByCode.get(periodCode);
			int before = problems.size();
			if (item == null) {
				problems.add(problem(code, "code", "UNKNOWN_ITEM", "没有编号为“%s”的指标或统计项".formatted(orEmpty(code)),
						"no target or series “%s”".formatted(orEmpty(code)))
					.at(number, rows.cell(number, "code")));
			}
			if (region == null || !regionCodes.contains(region)) {
				problems.add(problem(code, "region", "UNKNOWN_REGION", "没有代码为“%s”的地区".formatted(orEmpty(region)),
						"no region “%s”".formatted(orEmpty(region)))
					.at(number, rows.cell(number, "region")));
			}
			if (period == null) {
				problems.add(problem(code, "period", "UNKNOWN_PERIOD",
						"没有期间“%s”（如2024、2025Q3、2025-07）".formatted(orEmpty(periodCode)),
						"no period “%s” (such as 2024, 2025Q3, 2025-07)".formatted(orEmpty(periodCode)))
					.at(number, rows.cell(number, "period")));
			}
			if (problems.size() > before) {
				continue;
			}
			if (!seen.add(code + "|" + region + "|" + periodCode)) {
				problems.add(problem(code, "code", "DUPLICATE_ROW",
						"%s在%s %s重复出现".formatted(item.name(), region, periodCode),
						"%s appears twice for %s %s".formatted(item.name(), region, periodCode))
					.at(number, rows.cell(number, "code")));
				continue;
			}
			ValueInput input = new ValueInput(code, WorkbookRows.text(row, "value"), null, null,
					WorkbookRows.text(row, "unit"), WorkbookRows.text(row, "note"));
			List<ValueProblem> found = new ArrayList<>(this.checks.checkOne(rules, item, input, null));
			if (found.stream().noneMatch(ValueProblem::isError)) {
				unstorable(item, input).ifPresent(found::add);
			}
			for (ValueProblem problem : found) {
				problems.add(problem.at(number, rows.cell(number, problem.field())));
			}
			values.add(new NewApprovedValue(code, region, period.id(),
					item.numeric() ? ItemFacts.parseValue(input.value()) : null, item.numeric() ? null : input.value(),
					null, null, input.unit() == null ? item.unit() : input.unit(), input.note()));
			periodCodes.add(periodCode);
		}
		Instant now = this.clock.instant();
		List<ValueProblem> errors = problems.stream().filter(ValueProblem::isError).toList();
		if (!errors.isEmpty()) {
			UUID attempt = UUID.randomUUID();
			this.attempts.save(attempt, "VALUES", null, fileName, scope.username(), now, rows.size(), false,
					this.json.writeValueAsString(errors.size() > 1000 ? errors.subList(0, 1000) : errors),
					WorkbookRows.annotated(file, errors, "en".equals(locale.getLanguage())));
			throw new ImportRefusedException(
					"未导入：%d处错误 / nothing imported: %d errors".formatted(errors.size(), errors.size()), "ROWS", errors,
					attempt);
		}
		return this.transaction.execute(status -> {
			long number = this.attempts.nextValueImportNumber();
			ValuesApproved approved = this.approvals.approve(values, periodCodes, "IMPORT", number, scope.username(),
					now);
			this.attempts.save(UUID.randomUUID(), "VALUES", null, fileName, scope.username(), now, rows.size(), true,
					this.json.writeValueAsString(problems), null);
			return new ImportResult(number, approved.values().size(), problems);
		});
	}

	/**
	 * A value an approved value cannot hold: none at all, or not a number for a numeric
	 * item. The TYPE rule usually says the latter, and REQUIRED is not checked on
	 * imports; but an import must not rely on rules an administrator may disable, as an
	 * empty approved value would replace a good one.
	 */
	private static Optional<ValueProblem> unstorable(ReportItem item, ValueInput input) {
		if (input.value() == null || input.value().isBlank()) {
			return Optional.of(problem(item.code(), "value", "REQUIRED", "%s：未填写值".formatted(item.name()),
					"%s: no value".formatted(item.name())));
		}
		return item.numeric() ? ValueLimits.notANumber(item, "value", input.value()) : Optional.empty();
	}

	private static ValueProblem problem(String code, String field, String rule, String zh, String en) {
		return new ValueProblem(code, null, field, rule, null, "ERROR", zh, en, null, null);
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

	/**
	 * A bulk import done.
	 *
	 * @param importNumber the number the values carry as their source
	 * @param values how many values were approved
	 * @param warnings problems that did not block
	 */
	public record ImportResult(long importNumber, int values, List<ValueProblem> warnings) {
	}

}
