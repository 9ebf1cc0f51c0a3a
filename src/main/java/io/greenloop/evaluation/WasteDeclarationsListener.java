package io.greenloop.evaluation;

import io.greenloop.evaluation.persistence.WarningRepository.NewWarning;
import io.greenloop.waste.events.DeclarationsOverdue;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A yellow warning for each hazardous waste declaration (申报, HJ 1259—2022 §7.2) past its
 * due date and not confirmed, naming the enterprise that should have declared. One per
 * site and period while open (the warning's target is the site, {@code waste-site-<id>}).
 */
@Component
class WasteDeclarationsListener {

	static final String KIND = "LATE_DECLARATION";

	private final Warnings warnings;

	WasteDeclarationsListener(Warnings warnings) {
		this.warnings = warnings;
	}

	@EventListener
	void on(DeclarationsOverdue event) {
		for (DeclarationsOverdue.Overdue late : event.overdue()) {
			this.warnings.missing(new NewWarning(KIND, 1, "waste-site-" + late.siteId(), null, late.regionCode(),
					late.year(), late.periodCode(), late.enterpriseName(),
					"%s（%s）%s期危险废物申报截至%s未确认（HJ 1259—2022 §7.2）".formatted(late.enterpriseName(), late.siteName(),
							late.periodCode(), late.dueOn()),
					"%s (%s) has not confirmed its hazardous waste declaration for %s, due by %s (HJ 1259—2022 §7.2)"
						.formatted(late.enterpriseName(), late.siteName(), late.periodCode(), late.dueOn())));
		}
	}

}
