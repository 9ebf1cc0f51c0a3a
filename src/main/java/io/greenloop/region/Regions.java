package io.greenloop.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.greenloop.region.persistence.RegionRepository;
import io.greenloop.shared.RegionCode;

import org.springframework.stereotype.Service;

/**
 * Reads the administrative hierarchy: one region, the regions below one, the whole tree,
 * a region's ancestors.
 */
@Service
public class Regions {

	private final RegionRepository repository;

	Regions(RegionRepository repository) {
		this.repository = repository;
	}

	public List<Region> all() {
		return this.repository.findAll();
	}

	public Optional<Region> find(RegionCode code) {
		return this.repository.find(code.value());
	}

	/** The region with the code, or {@link UnknownRegionException}. */
	public Region get(RegionCode code) {
		return find(code).orElseThrow(() -> new UnknownRegionException(code.value()));
	}

	/** The divisions directly below a region, by code. */
	public List<Region> children(RegionCode parent) {
		get(parent);
		return this.repository.findChildren(parent.value());
	}

	/** The region and every region it belongs to, from the autonomous region down. */
	public List<Region> path(RegionCode code) {
		List<Region> path = new ArrayList<>();
		for (Region region = get(code); region != null; region = region.parentCode() == null ? null
				: get(RegionCode.of(region.parentCode()))) {
			path.add(0, region);
		}
		return path;
	}

	/** The whole hierarchy as trees, one per top-level region. */
	public List<RegionNode> tree() {
		return tree(null);
	}

	/** The hierarchy below and including one region. */
	public RegionNode subtree(RegionCode root) {
		return tree(get(root).code()).get(0);
	}

	private List<RegionNode> tree(String rootCode) {
		List<Region> all = all();
		Map<String, List<Region>> byParent = new LinkedHashMap<>();
		for (Region region : all) {
			byParent.computeIfAbsent(region.parentCode(), key -> new ArrayList<>()).add(region);
		}
		List<Region> roots = (rootCode == null) ? byParent.getOrDefault(null, List.of())
				: all.stream().filter(region -> region.code().equals(rootCode)).toList();
		return roots.stream().map(region -> node(region, byParent)).toList();
	}

	private static RegionNode node(Region region, Map<String, List<Region>> byParent) {
		List<RegionNode> children = byParent.getOrDefault(region.code(), List.of())
			.stream()
			.sorted(Comparator.comparing(Region::code))
			.map(child -> node(child, byParent))
			.toList();
		return new RegionNode(region.code(), region.name(), region.kind(), region.level(), children);
	}

}
