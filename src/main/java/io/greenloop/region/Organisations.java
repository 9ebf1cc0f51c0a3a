package io.greenloop.region;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.greenloop.region.persistence.OrganisationRepository;
import io.greenloop.region.persistence.OrganisationRepository.NewOrganisation;
import io.greenloop.shared.RegionCode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations acting in the regions: lists them, and turns a body a plan mentions
 * ("市生态环境局", "经济技术开发区管委会") into the organisation it means, registering a department the
 * first time a plan names it.
 */
@Service
public class Organisations {

	private final OrganisationRepository repository;

	private final Regions regions;

	Organisations(OrganisationRepository repository, Regions regions) {
		this.repository = repository;
		this.regions = regions;
	}

	public List<Organisation> list(OrganisationQuery query) {
		return this.repository.findAll(query);
	}

	public Optional<Organisation> find(long id) {
		return this.repository.find(id);
	}

	public long count() {
		return this.repository.count();
	}

	/** The government (人民政府, 行政公署) of a region. */
	public Organisation governmentOf(RegionCode code) {
		Region region = this.regions.get(code);
		String name = region.kind().governmentName(region.name());
		return this.repository.findByName(region.code(), name)
			.orElseThrow(() -> new IllegalStateException("The region " + code + " has no government " + name));
	}

	/**
	 * The governments of the divisions directly below a region: "各旗县区人民政府" in a city's
	 * plan.
	 */
	public List<Organisation> governmentsBelow(RegionCode code) {
		return this.regions.children(code).stream().map(child -> governmentOf(RegionCode.of(child.code()))).toList();
	}

	/**
	 * The organisation a plan of the region means by a name: an existing body known by
	 * that name in the region or below it (a functional area for "…管委会"), or else a
	 * department of the region's government, registered now. This is the one write the
	 * region module takes from others: the plans' loaders name departments, and the
	 * region module decides what they are.
	 * @param code the region of the plan
	 * @param mention the name as the plan writes it, such as 市生态环境局
	 * @param source where the plan names it, such as 003:34
	 */
	@Transactional
	public Organisation findOrRegister(RegionCode code, String mention, String source) {
		if (mention.startsWith(OrganisationNames.AUTONOMOUS_REGION) && !code.isProvince()) {
			return findOrRegister(code.province(), mention, source);
		}
		String committeeOf = OrganisationNames.committeeOf(mention);
		Optional<Organisation> area = committeeOf == null ? Optional.empty() : knownAs(code, committeeOf);
		if (area.isPresent()) {
			return area.get();
		}
		String fullName = OrganisationNames.fullName(this.regions.get(code), mention);
		Optional<Organisation> known = knownAs(code, mention).or(() -> knownAs(code, fullName));
		if (known.isPresent()) {
			Organisation organisation = known.get();
			if (!mention.equals(organisation.name()) && !mention.equals(organisation.shortName())) {
				this.repository.addAlias(organisation.id(), mention);
			}
			return this.repository.find(organisation.id()).orElseThrow();
		}
		long id = this.repository
			.save(new NewOrganisation(code.value(), fullName, fullName.equals(mention) ? null : mention,
					OrganisationNames.kindOf(mention), governmentOf(code).id(), null, List.of(), source));
		return this.repository.find(id).orElseThrow();
	}

	/** The organisations with these ids. */
	public List<Organisation> byIds(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.repository.findAll(ids);
	}

	private Optional<Organisation> knownAs(RegionCode code, String name) {
		return this.repository.findKnownAs(code.scopePrefix(), code.value(), name).stream().findFirst();
	}

}
