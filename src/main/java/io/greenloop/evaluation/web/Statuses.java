package io.greenloop.evaluation.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.greenloop.evaluation.domain.SdgStatus;
import io.greenloop.evaluation.domain.Status;
import io.greenloop.evaluation.domain.StatusLabel;

/**
 * The statuses as the pages show them: worst first, so what needs attention leads every
 * list, and named in the reader's language by the domain's own labels.
 */
final class Statuses {

	static final String PLAN = "PLAN";

	static final String OPEN_SDG = "OPEN_SDG";

	/** The plan method's statuses, the lagging ones first. */
	static final List<String> PLAN_ORDER = List.of(Status.SERIOUSLY_LAGGING.name(), Status.LAGGING.name(),
			Status.NEEDS_JUDGEMENT.name(), Status.NO_DATA.name(), Status.ON_TRACK.name(), Status.ACHIEVED.name());

	/** The Open SDG statuses, moving away from the target first. */
	static final List<String> SDG_ORDER = List.of(SdgStatus.DETERIORATION.name(), SdgStatus.LIMITED_PROGRESS.name(),
			SdgStatus.MODERATE_PROGRESS.name(), SdgStatus.NOT_AVAILABLE.name(), SdgStatus.SUBSTANTIAL_PROGRESS.name(),
			SdgStatus.TARGET_ACHIEVED.name());

	private Statuses() {
	}

	static List<String> order(String method) {
		return OPEN_SDG.equals(method) ? SDG_ORDER : PLAN_ORDER;
	}

	/** Compares status names by {@link #order}; an unknown one goes last. */
	static Comparator<String> worstFirst(String method) {
		List<String> order = order(method);
		return Comparator.comparingInt(status -> order.contains(status) ? order.indexOf(status) : order.size());
	}

	/** Every status of both methods, by name, in the locale's language. */
	static Map<String, String> labels(Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		Map<String, String> labels = new LinkedHashMap<>();
		Stream.<StatusLabel>concat(Stream.of(Status.values()), Stream.of(SdgStatus.values()))
			.forEach(status -> labels.put(status.name(), english ? status.en() : status.zh()));
		return labels;
	}

	/** The statuses a reviewer may give in a judgement. */
	static List<Status> judgeable() {
		return Stream.of(Status.values()).filter(Status::isJudgeable).toList();
	}

}
