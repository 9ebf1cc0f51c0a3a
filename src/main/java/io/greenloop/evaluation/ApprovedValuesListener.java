package io.greenloop.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.greenloop.evaluation.persistence.ObservationRepository.Observation;
import io.greenloop.reporting.events.ValuesApproved;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Re-evaluates exactly the targets and regions whose values were approved, in the
 * transaction that approved them: the read model is never behind the data.
 */
@Component
class ApprovedValuesListener {

	private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:Q([1-4])|-(\\d{2}))?");

	private final Evaluations evaluations;

	ApprovedValuesListener(Evaluations evaluations) {
		this.evaluations = evaluations;
	}

	@EventListener
	void on(ValuesApproved event) {
		Map<String, Boolean> targets = new HashMap<>();
		List<Observation> observed = event.values()
			.stream()
			.filter(value -> targets.computeIfAbsent(value.itemCode(), this.evaluations::isTarget))
			.map(value -> observation(event, value))
			.toList();
		if (!observed.isEmpty()) {
			this.evaluations.observe(observed);
		}
	}

	static Observation observation(ValuesApproved event, ValuesApproved.ApprovedValue value) {
		Matcher period = PERIOD.matcher(value.periodCode());
		if (!period.matches()) {
			throw new IllegalArgumentException("Not a period code: " + value.periodCode());
		}
		int sub = period.group(2) != null ? Integer.parseInt(period.group(2))
				: period.group(3) != null ? Integer.parseInt(period.group(3)) : 0;
		return new Observation(value.itemCode(), value.regionCode(), value.periodCode(),
				Integer.parseInt(period.group(1)), sub, value.value(), value.text(), value.revision(), event.source(),
				event.sourceId(), event.approvedAt());
	}

}
