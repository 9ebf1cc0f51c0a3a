package io.greenloop.dashboard;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a value came from, as evaluation records it: "SUBMISSION 12 r2" (a submission and
 * the revision approved), "IMPORT 3 r1" (a bulk import), "DEMO …" (demonstration data,
 * 演示数据).
 *
 * @param text the recorded source
 */
record ValueSource(String text) {

	static final String SUBMISSION = "SUBMISSION ";

	static final String DEMO = "DEMO";

	boolean known() {
		return this.text != null && !this.text.isBlank();
	}

	boolean demo() {
		return known() && this.text.startsWith(DEMO);
	}

	/**
	 * The page that shows the value: its submission, else the approved values of the
	 * target in the region, with their history and import; null when there is no value.
	 */
	String link(String targetCode, String regionCode) {
		if (!known()) {
			return null;
		}
		if (this.text.startsWith(SUBMISSION)) {
			String id = this.text.substring(SUBMISSION.length()).split(" ")[0];
			if (id.chars().allMatch(Character::isDigit) && !id.isEmpty()) {
				return "/submissions/" + id;
			}
		}
		return UriComponentsBuilder.fromPath("/values")
			.queryParam("item", targetCode)
			.queryParam("region", regionCode)
			.encode()
			.build()
			.toUriString();
	}

}
