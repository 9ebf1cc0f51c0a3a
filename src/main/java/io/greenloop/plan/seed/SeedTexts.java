package io.greenloop.plan.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.greenloop.plan.domain.SeedText;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The five seed documents the catalogue is transcribed from, as shipped in
 * {@code src/main/resources/seeds/} (identical copies of {@code ../shared/seeds/}), read
 * once. Exposed as the named interface {@code seeds}: the supervision module checks its
 * tasks' quotes against the same texts.
 */
@Component
@NamedInterface("seeds")
public class SeedTexts {

	private final Map<String, SeedText> documents;

	public SeedTexts() {
		this("classpath:seeds/*.txt");
	}

	SeedTexts(String pattern) {
		Map<String, SeedText> documents = new TreeMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
				String name = resource.getFilename();
				documents.put(name, new SeedText(name, resource.getContentAsString(StandardCharsets.UTF_8)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the seed documents " + pattern, ex);
		}
		this.documents = Map.copyOf(documents);
	}

	public Optional<SeedText> find(String document) {
		return Optional.ofNullable(this.documents.get(document));
	}

}
