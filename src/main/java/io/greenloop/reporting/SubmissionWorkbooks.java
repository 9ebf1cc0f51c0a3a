package io.greenloop.reporting;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.greenloop.identity.CurrentAccount;
import io.greenloop.reporting.domain.NotPermittedException;
import io.greenloop.reporting.domain.SubmissionState;
import io.greenloop.reporting.excel.Column;
import io.greenloop.reporting.excel.ColumnSpec;
import io.greenloop.reporting.excel.Preamble;
import io.greenloop.reporting.excel.SheetLayout;
import io.greenloop.reporting.excel.SheetRow;
import io.greenloop.reporting.excel.WorkbookContent;
import io.greenloop.reporting.excel.WorkbookLimits;
import io.greenloop.reporting.excel.WorkbookProblem;
import io.greenloop.reporting.excel.WorkbookReader;
import io.greenloop.reporting.excel.WorkbookWriter;
import io.greenloop.reporting.persistence.ImportAttemptRepository;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * A submission as an Excel workbook: the pre-filled template to download (the items,
 * units, targets, last period's values, what is already entered), and the filled-in
 * workbook uploaded back. An upload is all or nothing: a file that is not a usable
 * workbook, or any bad row, changes nothing; the answer names every problem by row and
 * cell, and a copy of the workbook with the bad cells marked can be downloaded.
 */
@Service
public class SubmissionWorkbooks {

	static final SheetLayout LAYOUT = SheetLayout.of(Column.required("code", "编号", "code"),
			Column.required("value", "本期值", "value"), Column.optional("unit", "单位", "unit"),
			Column.optional("numerator", "分子", "numerator"), Column.optional("denominator", "分母", "denominator"),
			Column.optional("note", "备注", "note"));

	static final String SUBMISSION_KEY = "报送编号";

	private final Submissions submissions;

	private final ImportAttemptRepository attempts;

	private final CurrentAccount current;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	SubmissionWorkbooks(Submissions submissions, ImportAttemptRepository attempts, CurrentAccount current,
			Clock clock) {
		this.submissions = submissions;
		this.attempts = attempts;
		this.current = current;
		this.clock = clock;
	}

	/** Writes the pre-filled template of a submission the caller may see. */
	public void template(long id, OutputStream out) {
		SubmissionView submission = this.submissions.get(id);
		List<List<Object>> rows = new ArrayList<>();
		for (SubmissionView.Line line : submission.lines()) {
			rows.add(List.of(line.item().code(), line.item().name(), nullToEmpty(line.item().unit()),
					nullToEmpty(line.item().targetText()), line.previous() == null ? "" : line.previous(),
					line.value() != null ? line.value() : nullToEmpty(line.text()),
					line.numerator() == null ? "" : line.numerator(),
					line.denominator() == null ? "" : line.denominator(), nullToEmpty(line.note())));
		}
		WorkbookWriter.write(out,
				new WorkbookContent("填报", submission.formName(),
						List.of(Map.entry(SUBMISSION_KEY, String.valueOf(submission.id())),
								Map.entry("报表", submission.formCode()),
								Map.entry("单位", nullToEmpty(submission.organisationName())),
								Map.entry("地区", submission.regionCode() + " " + nullToEmpty(submission.regionName())),
								Map.entry("期间", submission.periodCode())),
						List.of(new ColumnSpec("编号", 12, false, "请勿修改 / do not change"),
								new ColumnSpec("指标", 48, false, null), new ColumnSpec("单位", 10, false, null),
								new ColumnSpec("目标值", 16, false, null), new ColumnSpec("上期值", 10, true, null),
								new ColumnSpec("本期值", 12, false, "数值指标填数字；定性指标填完成情况 / a number, or progress in words"),
								new ColumnSpec("分子", 10, true, null), new ColumnSpec("分母", 10, true, null),
								new ColumnSpec("备注", 30, false, null)),
						rows));
	}

	/**
	 * Imports a filled-in template into its submission, all or nothing.
	 * @throws NotPermittedException if the caller may not change the submission now; the
	 * file is not read, and no attempt is recorded
	 * @throws ImportRefusedException naming every problem; nothing was written
	 */
	public List<ValueProblem> importWorkbook(long id, Path file, String fileName, Locale locale) {
		SubmissionView submission = editable(id);
		WorkbookRows rows = new WorkbookRows();
		Preamble preamble;
		try {
			preamble = new WorkbookReader(WorkbookLimits.STANDARD).read(file, LAYOUT, rows::add);
		}
		catch (WorkbookProblem problem) {
			record(id, fileName, 0, false, List.of(), null);
			throw new ImportRefusedException(problem.message(locale), problem.kind().name(), List.of(), null);
		}
		String target = preamble.values().get(SUBMISSION_KEY);
		if (target != null && !target.strip().equals(String.valueOf(id))) {
			String message = "这是报送#%s的模板，不是报送#%d的 / this workbook is the template of submission %s, not of %d"
				.formatted(target, id, target, id);
			throw new ImportRefusedException(message, "OTHER_SUBMISSION", List.of(), null);
		}
		Map<String, String> known = new HashMap<>();
		submission.lines().forEach(line -> known.put(line.item().code(), line.item().name()));
		List<ValueProblem> problems = new ArrayList<>();
		List<ValueInput> inputs = new ArrayList<>();
		Map<String, Integer> rowOf = new HashMap<>();
		for (SheetRow row : rows.all()) {
			String code = WorkbookRows.text(row, "code");
			if (code == null || !known.containsKey(code)) {
				problems.add(problem(code, "code", "UNKNOWN_ITEM", "指标不在本表",
						"编号“%s”不是本次报送的指标".formatted(code == null ? "" : code),
						"“%s” is not an item of this submission".formatted(code == null ? "" : code))
					.at(row.number(), rows.cell(row.number(), "code")));
				continue;
			}
			if (rowOf.putIfAbsent(code, row.number()) != null) {
				problems.add(problem(code, "code", "DUPLICATE_ITEM", "指标重复",
						"%s：与第%d行重复".formatted(known.get(code), rowOf.get(code)),
						"%s: repeats row %d".formatted(known.get(code), rowOf.get(code)))
					.at(row.number(), rows.cell(row.number(), "code")));
				continue;
			}
			inputs.add(new ValueInput(code, WorkbookRows.text(row, "value"), WorkbookRows.text(row, "numerator"),
					WorkbookRows.text(row, "denominator"), WorkbookRows.text(row, "unit"),
					WorkbookRows.text(row, "note")));
		}
		if (problems.isEmpty()) {
			try {
				List<ValueProblem> warnings = this.submissions.save(id, inputs, "导入工作簿 " + fileName);
				record(id, fileName, rows.size(), true, warnings, null);
				return place(warnings, rowOf, rows);
			}
			catch (ValuesRejectedException ex) {
				problems.addAll(ex.problems());
			}
		}
		List<ValueProblem> placed = place(problems, rowOf, rows);
		UUID attempt = record(id, fileName, rows.size(), false, placed,
				WorkbookRows.annotated(file, placed, locale.getLanguage().equals("en")));
		throw new ImportRefusedException(
				"工作簿未导入：%d处问题 / nothing imported: %d problems".formatted(placed.size(), placed.size()), "ROWS", placed,
				attempt);
	}

	/**
	 * The submission, if the caller may change its values now: its organisation's
	 * reporter, while it is a draft or returned. A reviewer's upload must not be read,
	 * nor recorded against someone else's submission.
	 */
	private SubmissionView editable(long id) {
		SubmissionView submission = this.submissions.get(id);
		if (submission.actions().contains("edit")) {
			return submission;
		}
		SubmissionState state = submission.state();
		boolean open = state == SubmissionState.DRAFT || state == SubmissionState.RETURNED;
		throw new NotPermittedException(open
				? "只有本单位的填报员可以向报送%d导入工作簿 / only the organisation's own reporters may import a workbook into submission %d"
					.formatted(id, id)
				: "报送%d状态为%s，不能导入工作簿 / submission %d is %s: only a draft or a returned one takes a workbook"
					.formatted(id, state, id, state));
	}

	/** The annotated copy of a refused import, for the person who imported it. */
	public Optional<byte[]> annotated(UUID attempt) {
		return this.attempts.annotated(attempt, this.current.require().username());
	}

	/** Puts each problem on its row and cell. */
	private static List<ValueProblem> place(List<ValueProblem> problems, Map<String, Integer> rowOf,
			WorkbookRows rows) {
		return problems.stream().map(problem -> {
			if (problem.row() != null || !rowOf.containsKey(problem.itemCode())) {
				return problem;
			}
			int row = rowOf.get(problem.itemCode());
			return problem.at(row, rows.cell(row, problem.field() == null ? "value" : problem.field()));
		}).toList();
	}

	private UUID record(long id, String fileName, int rows, boolean accepted, List<ValueProblem> problems,
			byte[] annotated) {
		UUID attempt = UUID.randomUUID();
		this.attempts.save(attempt, "SUBMISSION", id, fileName, this.current.require().username(), this.clock.instant(),
				rows, accepted, this.json.writeValueAsString(problems), annotated);
		return attempt;
	}

	private static ValueProblem problem(String code, String field, String rule, String ruleName, String zh, String en) {
		return new ValueProblem(code, null, field, rule, ruleName, "ERROR", zh, en, null, null);
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

}
