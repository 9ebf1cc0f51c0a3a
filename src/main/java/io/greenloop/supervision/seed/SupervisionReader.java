package io.greenloop.supervision.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.greenloop.plan.domain.SeedText;
import io.greenloop.plan.seed.SeedTexts;
import io.greenloop.supervision.seed.SupervisionFile.Source;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the supervision files and checks all of them before anything is written: every
 * quote must be in the lines it cites of the document it names, every code unique. The
 * problems are reported together, naming file and entry.
 */
class SupervisionReader {

	private final YAMLMapper yaml = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final SeedTexts seeds;

	private final String pattern;

	SupervisionReader(SeedTexts seeds, String pattern) {
		this.seeds = seeds;
		this.pattern = pattern;
	}

	List<SupervisionFile> read() {
		List<SupervisionFile> files = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(this.pattern)) {
				try (InputStream in = resource.getInputStream()) {
					SupervisionFile file = this.yaml.readValue(in, SupervisionFile.class);
					check(resource.getFilename(), file, codes, problems);
					files.add(file);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the supervision files " + this.pattern, ex);
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The supervision files have problems:\n" + String.join("\n", problems));
		}
		return files;
	}

	private void check(String name, SupervisionFile file, Set<String> codes, List<String> problems) {
		SeedText text = this.seeds.find(file.document()).orElse(null);
		if (text == null) {
			problems.add(name + ": no seed document " + file.document());
			return;
		}
		file.tasks().forEach(task -> {
			checkEntry(name, task.code(), file.plan(), codes, problems);
			checkQuote(name, task.code(), "source", text, task.source(), problems);
			if (task.unitsSource() != null) {
				checkQuote(name, task.code(), "unitsSource", text, task.unitsSource(), problems);
			}
		});
		file.projects().forEach(project -> {
			checkEntry(name, project.code(), file.plan(), codes, problems);
			checkQuote(name, project.code(), "source", text, project.source(), problems);
		});
	}

	private static void checkEntry(String name, String code, String plan, Set<String> codes, List<String> problems) {
		if (code == null || !code.startsWith(plan + "-")) {
			problems.add(name + ": " + code + ": the code must start with the plan's code " + plan);
		}
		else if (!codes.add(code)) {
			problems.add(name + ": " + code + ": the code is used twice");
		}
	}

	private static void checkQuote(String name, String code, String field, SeedText text, Source source,
			List<String> problems) {
		if (source == null || source.lines() == null || source.lines().isEmpty()
				|| !text.contains(source.from(), source.to(), source.quote())) {
			problems.add("%s: %s: %s: the quote is not in lines %s".formatted(name, code, field,
					(source != null) ? source.lines() : null));
		}
	}

}
