package io.greenloop.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.greenloop.reporting.events.DemoValuesRemoved;
import io.greenloop.reporting.events.DemoValuesRemoved.RemovedValue;
import io.greenloop.reporting.events.ValuesApproved;
import io.greenloop.reporting.events.ValuesApproved.ApprovedValue;
import io.greenloop.reporting.persistence.ApprovedValueRepository;
import io.greenloop.reporting.persistence.ApprovedValueRepository.NewApprovedValue;
import io.greenloop.reporting.persistence.DemoValueRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Makes values approved: writes them with their next revision and publishes
 * {@link ValuesApproved}, in the same transaction, for a submission's last approval, for
 * an administrator's import, and for the demonstration values of the demo profile alike.
 * A real value supersedes the demonstration values of its item and region in the same
 * year ({@link DemoValuesRemoved}), so that the two never mix. Public only for the
 * reporting module's own seeding; other modules learn of approved values from the event.
 */
@Component
public class Approvals {

	private final ApprovedValueRepository values;

	private final DemoValueRepository demo;

	private final ApplicationEventPublisher events;

	Approvals(ApprovedValueRepository values, DemoValueRepository demo, ApplicationEventPublisher events) {
		this.values = values;
		this.demo = demo;
		this.events = events;
	}

	/**
	 * Approves the values.
	 * @param periodCodes the code of each value's period, in the same order
	 * @param source SUBMISSION, IMPORT or DEMO
	 */
	public ValuesApproved approve(List<NewApprovedValue> approved, List<String> periodCodes, String source,
			long sourceId, String by, Instant at) {
		List<Integer> revisions = this.values.approve(approved, source, sourceId, by, at);
		List<ApprovedValue> published = new ArrayList<>(approved.size());
		for (int i = 0; i < approved.size(); i++) {
			NewApprovedValue value = approved.get(i);
			published.add(new ApprovedValue(value.itemCode(), value.regionCode(), periodCodes.get(i), value.value(),
					value.text(), value.unit(), revisions.get(i)));
		}
		ValuesApproved event = new ValuesApproved(source, sourceId, by, at, List.copyOf(published));
		this.events.publishEvent(event);
		if (!DemoValuesRemoved.SOURCE.equals(source)) {
			List<RemovedValue> superseded = this.demo.removeSupersededBy(approved);
			if (!superseded.isEmpty()) {
				this.events.publishEvent(new DemoValuesRemoved(superseded));
			}
		}
		return event;
	}

}
