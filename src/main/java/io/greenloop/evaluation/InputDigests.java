package io.greenloop.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import io.greenloop.evaluation.domain.Judgement;
import io.greenloop.evaluation.domain.Thresholds;
import io.greenloop.evaluation.persistence.ObservationRepository.Observation;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Digests of everything a target's results in a region are computed from, so that a full
 * re-evaluation can tell which results would come out the same and leave them as they
 * are. The engine is deterministic: the same target, plan, region, observations,
 * judgements, year of evaluation, thresholds and code give the same results. The digest
 * covers each of those: the catalogue's view of the target and of its plan (every field),
 * the observations and judgements (every field), this year, the thresholds, and the
 * bytecode of the evaluation module itself, so that a new version of the engine
 * re-evaluates everything once.
 */
final class InputDigests {

	/**
	 * Between the fields of an observation or judgement: a control character no text has.
	 */
	private static final char SEPARATOR = '\u0002';

	private final byte[] engine;

	private InputDigests(byte[] engine) {
		this.engine = engine;
	}

	/**
	 * The digests for this engine: the classes of {@code io.greenloop.evaluation} on the
	 * class path, and the thresholds.
	 */
	static InputDigests of(Thresholds thresholds) {
		MessageDigest sha = sha256();
		try {
			Resource[] classes = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:io/greenloop/evaluation/**/*.class");
			Arrays.sort(classes, Comparator.comparing(InputDigests::path));
			for (Resource type : classes) {
				sha.update(path(type).getBytes(StandardCharsets.UTF_8));
				try (InputStream in = type.getInputStream()) {
					sha.update(in.readAllBytes());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the evaluation classes to digest them", ex);
		}
		sha.update(thresholds.toString().getBytes(StandardCharsets.UTF_8));
		return new InputDigests(sha.digest());
	}

	/**
	 * A target's own digest, the first part of the digest of each of its regions.
	 * @param target the target's and its plan's catalogue views, as text (their
	 * {@code toString})
	 */
	String ofTarget(String target) {
		MessageDigest sha = sha256();
		sha.update(this.engine);
		return HexFormat.of().formatHex(sha.digest(target.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * The digest of one target in one region.
	 * @param target the target's digest ({@link #ofTarget})
	 * @param observed the target's observations in the region
	 * @param judged the judgements of it there
	 * @param thisYear the year the evaluation runs in (the last year evaluated)
	 */
	String of(String target, String region, List<Observation> observed, List<Judgement> judged, int thisYear) {
		MessageDigest sha = sha256();
		StringBuilder text = new StringBuilder(512).append(target)
			.append('\u0000')
			.append(region)
			.append('\u0000')
			.append(thisYear);
		observed.stream()
			.sorted(Comparator.comparing(Observation::periodCode))
			.forEach(o -> text.append('\u0000')
				.append(o.periodCode())
				.append(SEPARATOR)
				.append(o.year())
				.append(SEPARATOR)
				.append(o.subPeriod())
				.append(SEPARATOR)
				.append(o.value())
				.append(SEPARATOR)
				.append(o.text())
				.append(SEPARATOR)
				.append(o.revision())
				.append(SEPARATOR)
				.append(o.source())
				.append(SEPARATOR)
				.append(o.sourceId())
				.append(SEPARATOR)
				.append(o.approvedAt().toEpochMilli()));
		judged.forEach(j -> text.append('\u0001')
			.append(j.year())
			.append(SEPARATOR)
			.append(j.status())
			.append(SEPARATOR)
			.append(j.reviewer())
			.append(SEPARATOR)
			.append(j.reason()));
		sha.update(text.toString().getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(sha.digest(), 0, 16);
	}

	private static String path(Resource type) {
		try {
			String url = type.getURL().toString();
			int at = url.lastIndexOf("io/greenloop/evaluation/");
			return at < 0 ? url : url.substring(at);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
