package io.greenloop.portal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.greenloop.plan.Direction;
import io.greenloop.plan.Measure;
import io.greenloop.plan.Nature;
import io.greenloop.plan.PlanKind;
import io.greenloop.plan.TargetComparator;
import io.greenloop.region.OrganisationKind;
import io.greenloop.region.RegionKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese and English say the same things, and every message a page asks for exists. */
class MessagesTests {

	static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z0-9.]+)[}(]");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		assertThat(load("messages_en.properties").stringPropertyNames())
			.isEqualTo(load("messages.properties").stringPropertyNames());
	}

	@Test
	void everyKeyThePagesUseExists() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		Set<String> used = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
				Matcher key = LITERAL_KEY.matcher(Files.readString(template));
				while (key.find()) {
					used.add(key.group(1));
				}
			}
		}
		addAll(used, "nature.", Nature.values());
		addAll(used, "measure.", Measure.values());
		addAll(used, "direction.", Direction.values());
		addAll(used, "comparator.", TargetComparator.values());
		addAll(used, "plan.kind.", PlanKind.values());
		addAll(used, "region.kind.", RegionKind.values());
		addAll(used, "org.kind.", OrganisationKind.values());
		assertThat(used).isNotEmpty();
		assertThat(keys).containsAll(used);
	}

	private static void addAll(Set<String> used, String prefix, Enum<?>[] values) {
		for (Enum<?> value : values) {
			used.add(prefix + value.name());
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream("/" + name)) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties;
	}

}
