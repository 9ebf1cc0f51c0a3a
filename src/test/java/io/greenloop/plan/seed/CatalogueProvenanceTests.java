package io.greenloop.plan.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.greenloop.plan.domain.SeedText;
import io.greenloop.plan.seed.Catalogue.PlacedTarget;
import io.greenloop.plan.seed.CatalogueFile.SourceEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every target keeps the exact words it came from: its quote is read back from the seed
 * documents in {@code ../shared/seeds/} (whitespace removed on both sides, since the
 * texts break lines mid-word). The copies the application ships must be those documents,
 * byte for byte.
 */
class CatalogueProvenanceTests {

	static final Path SHARED_SEEDS = Path.of("../shared/seeds");

	static final Path SHIPPED_SEEDS = Path.of("src/main/resources/seeds");

	final Catalogue catalogue = new CatalogueReader(new SeedTexts()).read();

	@Test
	void everyQuoteIsInTheSeedLinesItCites() throws IOException {
		Path seeds = Files.isDirectory(SHARED_SEEDS) ? SHARED_SEEDS : SHIPPED_SEEDS;
		List<String> missing = new ArrayList<>();
		this.catalogue.plans().forEach((code, plan) -> {
			if (!quoted(seeds, plan.document(), plan.source())) {
				missing.add("plan " + code);
			}
		});
		for (PlacedTarget placed : this.catalogue.targets()) {
			String document = this.catalogue.plans().get(placed.planCode()).document();
			if (!quoted(seeds, document, placed.entry().source())) {
				missing.add(placed.entry().code() + " " + placed.entry().source().quote());
			}
			var baseline = placed.entry().baseline();
			if (baseline != null && baseline.source() != null && !quoted(seeds, document, baseline.source())) {
				missing.add(placed.entry().code() + " baseline " + baseline.source().quote());
			}
		}
		assertThat(missing).as("quotes not found in %s", seeds).isEmpty();
	}

	@Test
	void theShippedSeedsAreTheSharedOnes() throws IOException {
		assumeTrue(Files.isDirectory(SHARED_SEEDS), "../shared/seeds is not beside the project");
		try (Stream<Path> shared = Files.list(SHARED_SEEDS); Stream<Path> shipped = Files.list(SHIPPED_SEEDS)) {
			List<Path> documents = shared.toList();
			assertThat(shipped.map(Path::getFileName).map(Path::toString))
				.containsExactlyInAnyOrderElementsOf(documents.stream().map(d -> d.getFileName().toString()).toList());
			for (Path document : documents) {
				assertThat(SHIPPED_SEEDS.resolve(document.getFileName())).hasSameBinaryContentAs(document);
			}
		}
	}

	private static boolean quoted(Path seeds, String document, SourceEntry source) {
		try {
			SeedText text = new SeedText(document, Files.readString(seeds.resolve(document)));
			return text.contains(source.lines().get(0), source.lines().get(1), source.quote());
		}
		catch (IOException ex) {
			return false;
		}
	}

}
