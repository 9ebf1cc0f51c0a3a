package io.greenloop.reporting.seed;

import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorQuery;
import io.greenloop.plan.IndicatorView;
import io.greenloop.plan.TargetComparator;
import io.greenloop.region.Organisation;
import io.greenloop.region.Organisations;
import io.greenloop.reporting.persistence.AssignmentRepository;
import io.greenloop.shared.RegionCode;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the demo profile, Ordos's 生态环境局 reports the quantified targets of Ordos's task
 * division, whose unit list is missing from the seed text (002's attachment), so that the
 * Ordos demonstration accounts have something to report.
 */
@Component
@Profile("demo & !prod")
@Order(320)
class DemoAssignments implements ApplicationRunner {

	private final IndicatorCatalogue catalogue;

	private final Organisations organisations;

	private final AssignmentRepository assignments;

	DemoAssignments(IndicatorCatalogue catalogue, Organisations organisations, AssignmentRepository assignments) {
		this.catalogue = catalogue;
		this.organisations = organisations;
		this.assignments = assignments;
	}

	@Override
	public void run(ApplicationArguments args) {
		Organisation bureau = this.organisations.findOrRegister(RegionCode.of("150600"), "市生态环境局", "demo");
		for (IndicatorView target : this.catalogue.indicators(new IndicatorQuery("002", "150600", null, null, null))) {
			if (target.target().comparator() != TargetComparator.MILESTONE) {
				this.assignments.add(target.code(), bureau.id(), "DEMO");
			}
		}
	}

}
