package io.greenloop.evaluation;

import java.util.Optional;

import io.greenloop.evaluation.persistence.WarningRepository.NewWarning;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorView;
import io.greenloop.reporting.events.DeadlinePassed;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A yellow warning for each target value not reported by its period's deadline, naming
 * the organisation that should have reported it. Statistical series are not targets and
 * raise none.
 */
@Component
class DeadlinesListener {

	private final Warnings warnings;

	private final IndicatorCatalogue catalogue;

	DeadlinesListener(Warnings warnings, IndicatorCatalogue catalogue) {
		this.warnings = warnings;
		this.catalogue = catalogue;
	}

	@EventListener
	void on(DeadlinePassed event) {
		for (DeadlinePassed.Missing missing : event.missing()) {
			Optional<IndicatorView> target = this.catalogue.indicator(missing.itemCode());
			if (target.isEmpty()) {
				continue;
			}
			String name = target.get().name();
			this.warnings.missing(new NewWarning("MISSING_DATA", 1, missing.itemCode(), target.get().planCode(),
					missing.regionCode(), event.year(), event.periodCode(), missing.organisationName(),
					"%s（%s）%s期间截至%s未报送（%s）".formatted(name, missing.itemCode(), event.periodCode(), event.closedOn(),
							missing.organisationName()),
					"%s (%s) for %s was not reported by %s (%s)".formatted(name, missing.itemCode(), event.periodCode(),
							event.closedOn(), missing.organisationName())));
		}
	}

}
