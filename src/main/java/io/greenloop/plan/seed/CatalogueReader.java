package io.greenloop.plan.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.greenloop.plan.Direction;
import io.greenloop.plan.TargetComparator;
import io.greenloop.plan.domain.SeedText;
import io.greenloop.plan.seed.CatalogueFile.ConceptEntry;
import io.greenloop.plan.seed.CatalogueFile.PlanEntry;
import io.greenloop.plan.seed.CatalogueFile.SourceEntry;
import io.greenloop.plan.seed.CatalogueFile.TargetEntry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the catalogue files and refuses an inconsistent catalogue as a whole, naming
 * every problem: which file, which target, which field, why. Checks the format of
 * docs/catalogue-format.md and that every quote is in the seed lines it cites.
 */
public class CatalogueReader {

	private static final Pattern TARGET_CODE = Pattern.compile("\\d{3}-(T\\d{2}|L\\d{4}[a-z]?)");

	private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");

	private final YAMLMapper yaml = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final SeedTexts seeds;

	public CatalogueReader(SeedTexts seeds) {
		this.seeds = seeds;
	}

	/** Reads {@code classpath:catalogue/*.yaml}. */
	public Catalogue read() {
		return read("classpath:catalogue/*.yaml");
	}

	Catalogue read(String pattern) {
		Map<String, CatalogueFile> files = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
			Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
			for (Resource resource : resources) {
				try (InputStream in = resource.getInputStream()) {
					files.put(resource.getFilename(), this.yaml.readValue(in, CatalogueFile.class));
				}
				catch (JacksonException ex) {
					problems.add(resource.getFilename() + ": " + ex.getMessage());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the catalogue " + pattern, ex);
		}
		if (problems.isEmpty()) {
			return check(files);
		}
		throw new InvalidCatalogueException(problems);
	}

	/**
	 * Checks the files together and assembles the catalogue, or throws naming every
	 * problem.
	 */
	Catalogue check(Map<String, CatalogueFile> files) {
		Problems problems = new Problems();
		Map<String, PlanEntry> plans = new LinkedHashMap<>();
		Map<String, ConceptEntry> concepts = new LinkedHashMap<>();
		files.forEach((file, content) -> {
			if (content.plan() != null) {
				if (plans.putIfAbsent(content.planCode(), content.plan()) != null) {
					problems.add(file, "plan " + content.planCode(), "has a second plan header");
				}
			}
			for (ConceptEntry concept : content.concepts()) {
				checkConcept(file, concept, problems);
				if (concepts.putIfAbsent(concept.code(), concept) != null) {
					problems.add(file, "concept " + concept.code(), "is defined twice");
				}
			}
		});
		plans.forEach((code, plan) -> checkPlan(code, plan, problems));
		List<Catalogue.PlacedTarget> targets = new ArrayList<>();
		Map<String, String> codes = new HashMap<>();
		files.forEach((file, content) -> {
			PlanEntry plan = plans.get(content.planCode());
			if (content.planCode() == null && !content.targets().isEmpty()) {
				problems.add(file, "planCode", "is required for a file with targets");
				return;
			}
			if (content.planCode() != null && plan == null) {
				problems.add(file, "planCode " + content.planCode(), "has no plan header in any file");
				return;
			}
			for (TargetEntry target : content.targets()) {
				if (codes.put(target.code(), file) != null) {
					problems.add(file, target.code(), "code is used twice");
				}
				new TargetChecks(file, content.planCode(), plan, target, concepts, problems).run();
				targets.add(new Catalogue.PlacedTarget(content.planCode(), target));
			}
		});
		problems.throwIfAny();
		targets.sort(Catalogue.PlacedTarget.DOCUMENT_ORDER);
		return new Catalogue(plans, concepts, targets);
	}

	private void checkPlan(String code, PlanEntry plan, Problems problems) {
		String where = "plan " + code;
		problems.require(where, plan.document(), "document");
		problems.require(where, plan.title(), "title");
		problems.require(where, plan.kind(), "kind");
		if (plan.region() == null || !REGION_CODE.matcher(plan.region()).matches()) {
			problems.add(where, "region", "must be a six-digit GB/T 2260 code, not " + plan.region());
		}
		checkQuote(where, "source", plan.document(), plan.source(), problems);
	}

	private static void checkConcept(String file, ConceptEntry concept, Problems problems) {
		String where = file + " concept " + concept.code();
		problems.require(where, concept.code(), "code");
		problems.require(where, concept.name(), "name");
		problems.require(where, concept.unit(), "unit");
		problems.require(where, concept.direction(), "direction");
		problems.require(where, concept.definition(), "definition");
	}

	void checkQuote(String where, String field, String document, SourceEntry source, Problems problems) {
		if (source == null || source.lines() == null || source.lines().size() != 2 || source.quote() == null) {
			problems.add(where, field, "needs lines [from, to] and a quote");
			return;
		}
		Optional<SeedText> text = document == null ? Optional.empty() : this.seeds.find(document);
		if (text.isEmpty()) {
			problems.add(where, field, "cites " + document + ", which is not a seed document");
			return;
		}
		int from = source.lines().get(0);
		int to = source.lines().get(1);
		if (!text.get().contains(from, to, source.quote())) {
			problems.add(where, field,
					"quote is not in %s lines %d-%d: %s".formatted(document, from, to, abbreviate(source.quote())));
		}
	}

	private static String abbreviate(String text) {
		return text.length() <= 60 ? text : text.substring(0, 60) + "…";
	}

	/** The checks of one target. */
	private final class TargetChecks {

		private final String where;

		private final String planCode;

		private final PlanEntry plan;

		private final TargetEntry target;

		private final Map<String, ConceptEntry> concepts;

		private final Problems problems;

		TargetChecks(String file, String planCode, PlanEntry plan, TargetEntry target,
				Map<String, ConceptEntry> concepts, Problems problems) {
			this.where = file + " " + target.code();
			this.planCode = planCode;
			this.plan = plan;
			this.target = target;
			this.concepts = concepts;
			this.problems = problems;
		}

		void run() {
			if (this.target.code() == null || !TARGET_CODE.matcher(this.target.code()).matches()
					|| !this.target.code().startsWith(this.planCode + "-")) {
				this.problems.add(this.where, "code",
						"must read %s-T<nn> or %s-L<nnnn>".formatted(this.planCode, this.planCode));
			}
			this.problems.require(this.where, this.target.name(), "name");
			this.problems.require(this.where, this.target.measure(), "measure");
			this.problems.require(this.where, this.target.unit(), "unit");
			this.problems.require(this.where, this.target.direction(), "direction");
			if (this.target.region() == null || !REGION_CODE.matcher(this.target.region()).matches()) {
				this.problems.add(this.where, "region",
						"must be a six-digit GB/T 2260 code, not " + this.target.region());
			}
			if (!this.concepts.containsKey(this.target.concept())) {
				this.problems.add(this.where, "concept", "is not a known concept: " + this.target.concept());
			}
			checkValue();
			checkQuote(this.where, "source", this.plan.document(), this.target.source(), this.problems);
			if (this.target.baseline() != null && this.target.baseline().source() != null) {
				checkQuote(this.where, "baseline.source", this.plan.document(), this.target.baseline().source(),
						this.problems);
			}
		}

		private void checkValue() {
			var value = this.target.target();
			if (value == null) {
				this.problems.add(this.where, "target", "is missing");
				return;
			}
			this.problems.require(this.where, value.year(), "target.year");
			this.problems.require(this.where, value.comparator(), "target.comparator");
			this.problems.require(this.where, value.text(), "target.text");
			if (value.comparator() != null && value.comparator().isNumeric() && value.value() == null) {
				this.problems.add(this.where, "target.value", "is required by the comparator " + value.comparator());
			}
			if (value.comparator() == TargetComparator.EQ && this.target.direction() != Direction.NONE) {
				this.problems.add(this.where, "target.comparator",
						"EQ is for a figure with no better direction; a bound in the better direction is GE or LE");
			}
			if (value.comparator() == TargetComparator.RANGE
					&& (value.upper() == null || value.value() == null || value.upper().compareTo(value.value()) < 0)) {
				this.problems.add(this.where, "target.upper", "a RANGE needs an upper bound not below its value");
			}
		}

	}

	/** The problems found so far. */
	static final class Problems {

		private final List<String> messages = new ArrayList<>();

		void add(String where, String field, String why) {
			this.messages.add(where + ": " + field + " " + why);
		}

		void require(String where, Object value, String field) {
			if (value == null || (value instanceof String text && text.isBlank() && !"unit".equals(field))) {
				add(where, field, "is required");
			}
		}

		void throwIfAny() {
			if (!this.messages.isEmpty()) {
				throw new InvalidCatalogueException(this.messages);
			}
		}

	}

}
