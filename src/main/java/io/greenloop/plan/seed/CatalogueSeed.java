package io.greenloop.plan.seed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.greenloop.plan.UnitRole;
import io.greenloop.plan.domain.ResponsibilityText;
import io.greenloop.plan.domain.UnitMention;
import io.greenloop.plan.persistence.CatalogueWriter;
import io.greenloop.plan.persistence.CatalogueWriter.Responsibility;
import io.greenloop.plan.seed.Catalogue.PlacedTarget;
import io.greenloop.plan.seed.CatalogueFile.TargetEntry;
import io.greenloop.region.Organisation;
import io.greenloop.region.Organisations;
import io.greenloop.region.Regions;
import io.greenloop.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the plans and their indicator catalogue at start-up, after the regions: checks
 * the whole catalogue first (format, quotes, regions) and then writes it in one
 * transaction, so a bad file loads nothing. The departments each target names become
 * organisations of the region module. Loading is idempotent: a second start changes
 * nothing, and a target removed from the files is removed from the catalogue.
 */
@Component
@Order(CatalogueSeed.ORDER)
class CatalogueSeed implements ApplicationRunner {

	/** After the regions (100). */
	static final int ORDER = 200;

	private static final Logger log = LoggerFactory.getLogger(CatalogueSeed.class);

	private final CatalogueReader reader;

	private final CatalogueWriter writer;

	private final Regions regions;

	private final Organisations organisations;

	private final TransactionTemplate transaction;

	CatalogueSeed(SeedTexts seeds, CatalogueWriter writer, Regions regions, Organisations organisations,
			TransactionTemplate transaction) {
		this.reader = new CatalogueReader(seeds);
		this.writer = writer;
		this.regions = regions;
		this.organisations = organisations;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		Catalogue catalogue = this.reader.read();
		checkRegions(catalogue);
		this.transaction.executeWithoutResult(status -> write(catalogue));
		log.info("Loaded {} plans, {} concepts and {} targets", catalogue.plans().size(), catalogue.concepts().size(),
				catalogue.targets().size());
	}

	private void checkRegions(Catalogue catalogue) {
		Set<String> known = this.regions.names().keySet();
		List<String> problems = new ArrayList<>();
		catalogue.plans().forEach((code, plan) -> {
			if (!known.contains(plan.region())) {
				problems.add("plan " + code + ": region " + plan.region() + " is not a known region");
			}
		});
		for (PlacedTarget target : catalogue.targets()) {
			if (!known.contains(target.entry().region())) {
				problems.add(target.entry().code() + ": region " + target.entry().region() + " is not a known region");
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidCatalogueException(problems);
		}
	}

	private void write(Catalogue catalogue) {
		catalogue.concepts().values().forEach(this.writer::saveConcept);
		catalogue.plans().forEach(this.writer::savePlan);
		int position = 0;
		for (PlacedTarget target : catalogue.targets()) {
			this.writer.saveTarget(target.planCode(), position++, target.entry());
			RegionCode planRegion = RegionCode.of(catalogue.plans().get(target.planCode()).region());
			this.writer.saveResponsibilities(target.entry().code(), responsibilities(target, planRegion));
		}
		int removed = this.writer
			.deleteTargetsOtherThan(catalogue.targets().stream().map(target -> target.entry().code()).toList());
		this.writer.deleteConceptsOtherThan(catalogue.concepts().keySet());
		this.writer.deletePlansOtherThan(catalogue.plans().keySet());
		if (removed > 0) {
			log.info("Removed {} targets no longer in the catalogue", removed);
		}
	}

	/**
	 * The organisations a target's responsibility texts name, each once per role. The
	 * names are those of the plan's region: "市生态环境局" in Hohhot's plan is Hohhot's bureau,
	 * also for a target placed in one of its districts.
	 */
	private List<Responsibility> responsibilities(PlacedTarget placed, RegionCode region) {
		TargetEntry target = placed.entry();
		String source = placed.planCode() + ":" + target.source().lines().get(0);
		List<UnitMention> mentions = new ArrayList<>(ResponsibilityText.read(target.lead(), UnitRole.LEAD));
		mentions.addAll(ResponsibilityText.read(target.responsible(), UnitRole.RESPONSIBLE));
		Set<Responsibility> responsibilities = new LinkedHashSet<>();
		for (UnitMention mention : mentions) {
			List<Organisation> named = mention.allBelow() ? this.organisations.governmentsBelow(region)
					: List.of(this.organisations.findOrRegister(region, mention.name(), source));
			for (Organisation organisation : named) {
				boolean leads = responsibilities.contains(new Responsibility(organisation.id(), UnitRole.LEAD));
				if (!(leads && mention.role() == UnitRole.RESPONSIBLE)) {
					responsibilities.add(new Responsibility(organisation.id(), mention.role()));
				}
			}
		}
		return List.copyOf(responsibilities);
	}

}
