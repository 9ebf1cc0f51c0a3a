package io.greenloop.reporting;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.greenloop.reporting.domain.Actor;
import io.greenloop.reporting.domain.NotPermittedException;
import io.greenloop.reporting.domain.Submission;
import io.greenloop.reporting.domain.SubmissionState;
import io.greenloop.reporting.domain.TransitionRefusedException;
import io.greenloop.reporting.domain.rules.ItemFacts;
import io.greenloop.reporting.persistence.ApprovedValueRepository;
import io.greenloop.reporting.persistence.AttachmentRepository;
import io.greenloop.reporting.persistence.FormRepository;
import io.greenloop.reporting.persistence.PeriodRepository;
import io.greenloop.reporting.persistence.SubmissionRepository;
import io.greenloop.reporting.persistence.SubmissionRepository.SubmissionRow;
import io.greenloop.reporting.persistence.SubmissionRepository.ValueRow;
import io.greenloop.region.Organisation;
import io.greenloop.region.Organisations;
import io.greenloop.region.Regions;
import io.greenloop.shared.Decimals;

import org.springframework.stereotype.Component;

/**
 * Puts a submission together as people see it: its items in the plan's order, each value
 * beside the previous period's and the last approved one, and what the viewer may do now.
 */
@Component
class SubmissionViews {

	private final SubmissionRepository submissions;

	private final FormRepository forms;

	private final PeriodRepository periods;

	private final ApprovedValueRepository approved;

	private final ReportItems items;

	private final Organisations organisations;

	private final Regions regions;

	private final AttachmentRepository attachments;

	SubmissionViews(SubmissionRepository submissions, FormRepository forms, PeriodRepository periods,
			ApprovedValueRepository approved, ReportItems items, Organisations organisations, Regions regions,
			AttachmentRepository attachments) {
		this.submissions = submissions;
		this.forms = forms;
		this.periods = periods;
		this.approved = approved;
		this.items = items;
		this.organisations = organisations;
		this.regions = regions;
		this.attachments = attachments;
	}

	SubmissionView view(SubmissionRow row, Actor actor) {
		Form form = this.forms.find(row.formCode()).orElseThrow();
		List<ValueRow> values = this.submissions.values(row.id());
		Map<String, ReportItem> byCode = items(row, values);
		Map<String, BigDecimal> previous = previous(row, byCode.keySet());
		Map<String, ApprovedValue> approvedNow = this.approved.find(byCode.keySet(), row.regionCode(), row.periodId())
			.stream()
			.collect(Collectors.toMap(ApprovedValue::itemCode, Function.identity()));
		Map<String, List<AttachmentView>> attached = this.attachments.findBySubmission(row.id())
			.stream()
			.collect(Collectors.groupingBy(AttachmentView::itemCode));
		List<SubmissionView.Line> lines = values.stream()
			.filter(value -> byCode.containsKey(value.itemCode()))
			.map(value -> line(byCode.get(value.itemCode()), value, previous.get(value.itemCode()),
					approvedNow.get(value.itemCode()), attached.getOrDefault(value.itemCode(), List.of())))
			.toList();
		String organisation = this.organisations.find(row.organisationId()).map(Organisation::name).orElse(null);
		return new SubmissionView(row.id(), row.formCode(), form.name(), row.organisationId(), organisation,
				row.regionCode(), this.regions.names().get(row.regionCode()), row.periodCode(), row.state(),
				row.chain(), row.state() == SubmissionState.SUBMITTED ? row.chain().get(row.step()) : null,
				row.revision(), row.createdBy(), row.createdAt(), row.updatedAt(), lines, actions(row, actor));
	}

	/**
	 * The items of the submission, by code: those its organisation was assigned when it
	 * was created, in the form's order.
	 */
	Map<String, ReportItem> items(SubmissionRow row) {
		return items(row, this.submissions.values(row.id()));
	}

	private Map<String, ReportItem> items(SubmissionRow row, List<ValueRow> values) {
		Set<String> lines = values.stream().map(ValueRow::itemCode).collect(Collectors.toSet());
		return formItems(row).values()
			.stream()
			.filter(item -> lines.contains(item.code()))
			.collect(Collectors.toMap(ReportItem::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/** Every item of the submission's form, by code, whoever reports it. */
	Map<String, ReportItem> formItems(SubmissionRow row) {
		Form form = this.forms.find(row.formCode()).orElseThrow();
		return this.items.of(form)
			.stream()
			.collect(Collectors.toMap(ReportItem::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/**
	 * The approved values of the period before the submission's, by item: real values
	 * only, as the validation rules compare with them; a demonstration value is no
	 * previous value of a real one.
	 */
	Map<String, BigDecimal> previous(SubmissionRow row, Set<String> itemCodes) {
		return this.periods.find(row.periodId())
			.flatMap(this.periods::previous)
			.map(period -> this.approved.find(itemCodes, row.regionCode(), period.id())
				.stream()
				.filter(value -> value.value() != null && !value.demo())
				.collect(Collectors.toMap(ApprovedValue::itemCode, ApprovedValue::value)))
			.orElse(Map.of());
	}

	private static SubmissionView.Line line(ReportItem item, ValueRow value, BigDecimal previous,
			ApprovedValue approved, List<AttachmentView> attachments) {
		boolean changed = approved != null
				&& !(Objects.equals(Decimals.plain(approved.value()), Decimals.plain(value.value()))
						&& Objects.equals(approved.text(), value.text()));
		return new SubmissionView.Line(item, Decimals.plain(value.value()), value.text(),
				Decimals.plain(value.numerator()), Decimals.plain(value.denominator()), value.unit(), value.note(),
				previous, approved, changed, attachments);
	}

	/** What the actor may do to the submission now. */
	private static Set<String> actions(SubmissionRow row, Actor actor) {
		Set<String> actions = new LinkedHashSet<>();
		try {
			Submissions.domain(row).checkEditableBy(actor);
			actions.add("edit");
			actions.add("submit");
		}
		catch (NotPermittedException | TransitionRefusedException ex) {
			// not this actor's to edit now
		}
		Submission submission = Submissions.domain(row);
		if (submission.state() == SubmissionState.SUBMITTED && actor.reviewer()
				&& actor.regionCode().equals(submission.awaiting())) {
			actions.add("approve");
			actions.add("return");
		}
		if (submission.state() == SubmissionState.APPROVED && submission.mayBeReopenedBy(actor)) {
			actions.add("reopen");
		}
		return actions;
	}

	static ValueInput input(ValueRow row) {
		return new ValueInput(row.itemCode(), row.value() != null ? row.value().toPlainString() : row.text(),
				plain(row.numerator()), plain(row.denominator()), row.unit(), row.note());
	}

	/**
	 * The stored form of a typed value: numbers for numeric items, text for milestones.
	 */
	static ValueRow row(ReportItem item, ValueInput input, int position) {
		boolean numeric = item.numeric();
		return new ValueRow(input.itemCode(), position, numeric ? ItemFacts.parseValue(input.value()) : null,
				numeric ? null : input.value(), ItemFacts.parseValue(input.numerator()),
				ItemFacts.parseValue(input.denominator()), input.unit(), input.note());
	}

	static boolean sameContent(ValueRow a, ValueRow b) {
		return same(a.value(), b.value()) && Objects.equals(a.text(), b.text()) && same(a.numerator(), b.numerator())
				&& same(a.denominator(), b.denominator()) && Objects.equals(a.unit(), b.unit())
				&& Objects.equals(a.note(), b.note());
	}

	/** A value in words, for the change history: "60.5", "60.5 (45/74.4)", "已完成". */
	static String describe(ValueRow row) {
		String value = row.value() != null ? plain(row.value()) : row.text();
		if (value == null) {
			return null;
		}
		String parts = row.numerator() != null || row.denominator() != null
				? " (" + plain(row.numerator()) + "/" + plain(row.denominator()) + ")" : "";
		return value + parts + (row.note() == null ? "" : " 注:" + row.note());
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : Decimals.plain(value).toPlainString();
	}

}
