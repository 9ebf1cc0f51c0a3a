package io.greenloop.supervision.seed;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.greenloop.plan.ConceptView;
import io.greenloop.plan.IndicatorCatalogue;
import io.greenloop.plan.IndicatorQuery;
import io.greenloop.supervision.domain.TargetMentions;
import io.greenloop.supervision.domain.TargetMentions.Candidate;
import io.greenloop.supervision.persistence.TargetLinkRepository;
import io.greenloop.supervision.persistence.TargetLinkRepository.LinkRow;

import org.springframework.stereotype.Component;

/**
 * Links each loaded task to the catalogue targets its words name
 * ({@link TargetMentions}), unless an administrator has edited its links.
 */
@Component
class TaskTargetSeed {

	private final IndicatorCatalogue catalogue;

	private final TargetLinkRepository links;

	private final Clock clock;

	TaskTargetSeed(IndicatorCatalogue catalogue, TargetLinkRepository links, Clock clock) {
		this.catalogue = catalogue;
		this.links = links;
		this.clock = clock;
	}

	/** The catalogue's targets with their names and their concepts' names. */
	List<Candidate> candidates() {
		Map<String, String> concepts = this.catalogue.concepts()
			.stream()
			.collect(Collectors.toMap(ConceptView::code, ConceptView::name));
		return this.catalogue.indicators(IndicatorQuery.all()).stream().map(target -> {
			List<String> names = new ArrayList<>();
			names.add(target.name());
			if (target.concept() != null && concepts.containsKey(target.concept())) {
				names.add(concepts.get(target.concept()));
			}
			return new Candidate(target.code(), target.planCode(), names);
		}).toList();
	}

	/** How many links the task got; none when its links were edited by hand. */
	int link(String taskCode, String planCode, String name, String content, List<Candidate> candidates) {
		if (this.links.edited(taskCode)) {
			return 0;
		}
		List<LinkRow> rows = TargetMentions.of(planCode, name, content, candidates)
			.stream()
			.map(mention -> new LinkRow(taskCode, mention.targetCode(), "seed", mention.words()))
			.toList();
		this.links.replace(taskCode, rows, this.clock.instant());
		return rows.size();
	}

}
