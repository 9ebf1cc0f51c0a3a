package io.greenloop.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.greenloop.plan.IndicatorView.Unit;
import io.greenloop.plan.persistence.CatalogueQueries;
import io.greenloop.plan.persistence.CatalogueQueries.Named;
import io.greenloop.plan.persistence.CatalogueQueries.TargetRow;
import io.greenloop.region.Organisation;
import io.greenloop.region.Organisations;
import io.greenloop.region.Regions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicator catalogue: the plans, every target they set, and the concepts that let
 * targets of different plans and regions be compared ("one concept, many plans").
 */
@Service
@Transactional(readOnly = true)
public class IndicatorCatalogue {

	private final CatalogueQueries queries;

	private final Regions regions;

	private final Organisations organisations;

	IndicatorCatalogue(CatalogueQueries queries, Regions regions, Organisations organisations) {
		this.queries = queries;
		this.regions = regions;
		this.organisations = organisations;
	}

	public List<PlanView> plans() {
		Map<String, String> regionNames = this.regions.names();
		return this.queries.plans()
			.stream()
			.map(plan -> new PlanView(plan.code(), plan.document(), plan.title(), plan.kind(), plan.issuer(),
					plan.number(), plan.issuedOn(), plan.region(), regionNames.get(plan.region()), plan.periodStart(),
					plan.periodEnd(), plan.baseYear(), plan.note(), plan.targetCount(), plan.source()))
			.toList();
	}

	public Optional<PlanView> plan(String code) {
		return plans().stream().filter(plan -> plan.code().equals(code)).findFirst();
	}

	public List<IndicatorView> indicators(IndicatorQuery query) {
		return views(this.queries.targets(query));
	}

	public Optional<IndicatorView> indicator(String code) {
		return this.queries.target(code).map(row -> views(List.of(row)).get(0));
	}

	/** Every target measuring the concept, in every plan and region. */
	public List<IndicatorView> indicatorsOf(String concept) {
		return indicators(new IndicatorQuery(null, null, null, concept, null));
	}

	/** How many targets each plan sets, by comparator: the catalogue's composition. */
	public Map<String, Map<TargetComparator, Long>> composition() {
		return this.queries.countsByPlanAndComparator();
	}

	/** The regions some target applies to, with their names, by code. */
	public Map<String, String> regionsWithTargets() {
		Map<String, String> names = this.regions.names();
		Map<String, String> regions = new LinkedHashMap<>();
		this.queries.regionsWithTargets().forEach(code -> regions.put(code, names.get(code)));
		return regions;
	}

	public List<ConceptView> concepts() {
		return this.queries.concepts();
	}

	public Optional<ConceptView> concept(String code) {
		return this.queries.concept(code);
	}

	private List<IndicatorView> views(List<TargetRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<String, String> regionNames = this.regions.names();
		List<Named> allNamed = this.queries.responsibilities(rows.stream().map(TargetRow::code).toList());
		Map<Long, Organisation> organisations = this.organisations
			.byIds(allNamed.stream().map(Named::organisationId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Organisation::id, Function.identity()));
		Map<String, List<Named>> named = allNamed.stream().collect(Collectors.groupingBy(Named::targetCode));
		return rows.stream().map(row -> {
			List<Named> units = named.getOrDefault(row.code(), List.of());
			return new IndicatorView(row.code(), row.name(), row.unit(), row.planCode(), row.seq(), row.level1(),
					row.level2(), row.selfSelected(), row.nature(), row.region(), regionNames.get(row.region()),
					row.scope(), row.concept(), row.conceptName(), row.measure(), row.direction(), row.baseline(),
					row.target(), units(units, UnitRole.RESPONSIBLE, organisations),
					units(units, UnitRole.LEAD, organisations), units(units, UnitRole.DATA_PROVIDER, organisations),
					row.responsibleText(), row.leadText(), row.note(), row.source());
		}).toList();
	}

	private static List<Unit> units(List<Named> named, UnitRole role, Map<Long, Organisation> organisations) {
		return named.stream()
			.filter(unit -> unit.role() == role)
			.map(unit -> organisations.get(unit.organisationId()))
			.map(organisation -> new Unit(organisation.id(), organisation.name(), organisation.shortName()))
			.toList();
	}

}
