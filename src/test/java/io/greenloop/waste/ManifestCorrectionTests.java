package io.greenloop.waste;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import io.greenloop.region.Organisations;
import io.greenloop.waste.persistence.ManifestRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed manifest is never edited: a correction is proposed by one party, confirmed by
 * the others that signed, and applied as a new version each signer signs again, the old
 * frozen copies kept. Serial numbers stay unique under concurrent issues.
 */
@GreenloopTest
class ManifestCorrectionTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ManifestRepository manifests;

	Api api;

	TransferFixture f;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.mvc);
		this.f = new TransferFixture(this.context);
	}

	JsonNode step(String user, long id, String step, Object body, int status) {
		return this.api.expect(user, "POST", "/api/waste/manifests/" + id + "/" + step, body, status);
	}

	long received() {
		Map<String, Object> body = this.f.draft();
		body.put("carriers", List.of(Map.of("carrierId", this.f.carrier1, "vehicleId", this.f.vehicle1)));
		long id = this.api.expect(this.f.senderUser, "POST", "/api/waste/manifests", body, 201).get("id").asLong();
		step(this.f.senderUser, id, "issue", null, 200);
		step(this.f.carrier1User, id, "pick-up", null, 200);
		step(this.f.carrier1User, id, "deliver", null, 200);
		step(this.f.receiverUser, id, "receive", Map.of("receivedQuantityTonnes", 10), 200);
		return id;
	}

	@Test
	void appliesACorrectionOnceEverySignerConfirmsKeepingTheOldCopies() {
		long id = received();
		JsonNode proposed = step(this.f.senderUser, id, "corrections",
				Map.of("changes", Map.of("quantityTonnes", 9.5, "packaging", "桶装"), "reason", "过磅单录入错误"), 201);
		JsonNode correction = proposed.get("openCorrection");
		assertThat(proposed.get("version").asInt()).isEqualTo(1);
		assertThat(correction.get("awaiting").valueStream().map(JsonNode::asLong))
			.containsExactlyInAnyOrder(this.f.carrier1Enterprise, this.f.receiver);
		long correctionId = correction.get("id").asLong();
		step(this.f.receiverUser, id, "corrections", Map.of("changes", Map.of("form", "液态"), "reason", "x"), 409);
		step(this.f.receiverUser, id, "close", Map.of("treatmentMethod", "D10"), 409);
		step(this.f.outsiderUser, id, "corrections/" + correctionId + "/confirm", null, 403);
		step(this.f.senderUser, id, "corrections/" + correctionId + "/confirm", null, 403);
		assertThat(step(this.f.carrier1User, id, "corrections/" + correctionId + "/confirm", null, 200).get("version")
			.asInt()).isEqualTo(1);
		JsonNode applied = step(this.f.receiverUser, id, "corrections/" + correctionId + "/confirm", null, 200);
		assertThat(applied.get("version").asInt()).isEqualTo(2);
		assertThat(applied.get("openCorrection").isNull()).isTrue();
		assertThat(applied.get("quantityTonnes").decimalValue()).isEqualByComparingTo("9.5");
		assertThat(applied.get("packaging").asString()).isEqualTo("桶装");
		JsonNode signatures = applied.get("signatures");
		assertThat(signatures.valueStream().map(s -> s.get("version").asInt() + "/" + s.get("position").asInt()))
			.containsExactly("1/0", "1/1", "1/2", "2/0", "2/1", "2/2");
		assertThat(signatures.get(0).get("content").asString()).contains("\"quantityTonnes\":\"10\"");
		assertThat(signatures.get(3).get("content").asString()).contains("\"quantityTonnes\":\"9.5\"")
			.contains("\"version\":2");
		assertThat(signatures.get(3).get("contentSha256").asString())
			.isNotEqualTo(signatures.get(0).get("contentSha256").asString());
		assertThat(signatures.get(5).get("signedBy").asString()).isEqualTo(this.f.receiverUser);
		step(this.f.receiverUser, id, "close", Map.of("treatmentMethod", "D10"), 200);
	}

	@Test
	void letsOnlyTheProposerWithdrawAndRefusesUnknownFields() {
		long id = received();
		JsonNode bad = step(this.f.receiverUser, id, "corrections",
				Map.of("changes", Map.of("colour", "red"), "reason", "x"), 400);
		assertThat(bad.get("field").asString()).isEqualTo("changes.colour");
		long correctionId = step(this.f.receiverUser, id, "corrections",
				Map.of("changes", Map.of("receivedQuantityTonnes", 9.9), "reason", "复磅"), 201)
			.get("openCorrection")
			.get("id")
			.asLong();
		step(this.f.senderUser, id, "corrections/" + correctionId + "/withdraw", null, 403);
		JsonNode withdrawn = step(this.f.receiverUser, id, "corrections/" + correctionId + "/withdraw", null, 200);
		assertThat(withdrawn.get("openCorrection").isNull()).isTrue();
		assertThat(withdrawn.get("version").asInt()).isEqualTo(1);
		assertThat(withdrawn.get("receivedQuantityTonnes").decimalValue()).isEqualByComparingTo("10");
		step(this.f.receiverUser, id, "corrections/" + correctionId + "/confirm", null, 409);
	}

	@Test
	void givesEachConcurrentIssueItsOwnSerial() throws Exception {
		Set<Integer> serials = ConcurrentHashMap.newKeySet();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			IntStream.range(0, 40)
				.forEach(i -> pool.submit(() -> serials.add(this.manifests.nextSerial("9901", 2099))));
		}
		finally {
			pool.shutdown();
			assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(serials).isEqualTo(IntStream.rangeClosed(1, 40).boxed().collect(Collectors.toSet()));
	}

}
