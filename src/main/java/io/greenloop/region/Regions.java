package io.greenloop.region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.greenloop.region.persistence.RegionRepository;
import io.greenloop.shared.RegionCode;

import org.springframework.stereotype.Service;

/**
 * Reads the administrative hierarchy: one region, the regions below one, the whole tree,
 * a region's ancestors. The hierarchy is reference data that changes only when
 * {@link RegionSeed} loads it, so it is read from the database once and then served from
 * memory.
 */
@Service
public class Regions {

	private final RegionRepository repository;

	private volatile Hierarchy hierarchy;

	Regions(RegionRepository repository) {
		this.repository = repository;
	}

	/** Every region, by code. */
	public List<Region> all() {
		return hierarchy().all();
	}

	public Optional<Region> find(RegionCode code) {
		return Optional.ofNullable(hierarchy().byCode().get(code.value()));
	}

	/** The region with the code, or {@link UnknownRegionException}. */
	public Region get(RegionCode code) {
		return find(code).orElseThrow(() -> new UnknownRegionException(code.value()));
	}

	/** The names of all regions, by code. */
	public Map<String, String> names() {
		return hierarchy().all().stream().collect(Collectors.toMap(Region::code, Region::name));
	}

	/** The divisions directly below a region, by code. */
	public List<Region> children(RegionCode parent) {
		get(parent);
		return hierarchy().byParent().getOrDefault(parent.value(), List.of());
	}

	/** The region and every region it belongs to, from the autonomous region down. */
	public List<Region> path(RegionCode code) {
		List<Region> path = new ArrayList<>();
		for (Region region = get(code); region != null; region = hierarchy().byCode().get(region.parentCode())) {
			path.add(0, region);
		}
		return path;
	}

	/** The whole hierarchy as trees, one per top-level region. */
	public List<RegionNode> tree() {
		return hierarchy().byParent().getOrDefault(null, List.of()).stream().map(this::node).toList();
	}

	/** The hierarchy below and including one region. */
	public RegionNode subtree(RegionCode root) {
		return node(get(root));
	}

	/** Forgets what was read, after the hierarchy was loaded anew. */
	void reload() {
		this.hierarchy = null;
	}

	private RegionNode node(Region region) {
		List<RegionNode> children = hierarchy().byParent()
			.getOrDefault(region.code(), List.of())
			.stream()
			.map(this::node)
			.toList();
		return new RegionNode(region.code(), region.name(), region.kind(), region.level(), region.parentCode(),
				children);
	}

	private Hierarchy hierarchy() {
		Hierarchy current = this.hierarchy;
		if (current == null) {
			current = Hierarchy.of(this.repository.findAll());
			this.hierarchy = current;
		}
		return current;
	}

	/** The regions as read, indexed. */
	private record Hierarchy(List<Region> all, Map<String, Region> byCode, Map<String, List<Region>> byParent) {

		static Hierarchy of(List<Region> regions) {
			Map<String, List<Region>> byParent = new LinkedHashMap<>();
			regions
				.forEach(region -> byParent.computeIfAbsent(region.parentCode(), key -> new ArrayList<>()).add(region));
			return new Hierarchy(List.copyOf(regions),
					regions.stream().collect(Collectors.toMap(Region::code, Function.identity())), byParent);
		}

	}

}
