package io.greenloop.waste;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import io.greenloop.region.Organisations;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Container labels printed from the ledger: one per generation record with the waste's
 * category, code and hazard characteristics from the 名录, and a QR code that decodes to
 * the address of the batch, which finds the record again.
 */
@GreenloopTest
class LedgerLabelTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void aLabelCarriesTheWasteAndAQrCodeThatFindsItsBatch() throws Exception {
		Api api = new Api(this.mvc);
		TransferFixture f = new TransferFixture(this.context);
		String batch = "HWCS" + TransferFixture.SERIAL.incrementAndGet();
		Map<String, Object> entry = ManifestLedgerTests.entry("GENERATED", batch, "2025-11-12T08:00", null);
		entry.put("containerCode", "T-0007");
		entry.put("containerType", "吨袋");
		api.expect(f.senderUser, "POST", "/api/waste/sites/" + f.site + "/ledger", List.of(entry), 201);

		String page = api
			.page(f.senderUser, "/waste/sites/" + f.site + "/ledger/labels?stage=GENERATED&code=900-041-49")
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("HW49 · 900-041-49", "T 毒性", "In 感染性", "T-0007 · 吨袋", batch, "2025-11-12", "10 t");
		String url = decode(page.substring(page.indexOf("data-batch=\"" + batch + "\"")));
		assertThat(url).endsWith("/waste/ledger/batch/" + batch);

		String found = api.page(f.senderUser, url.substring(url.indexOf("/waste/")))
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(found).contains(batch, "900-041-49");
		// another enterprise's staff may not print them
		assertThat(api.page(f.outsiderUser, "/waste/sites/" + f.site + "/ledger/labels")).hasStatus(403);
	}

	/** Reads the first QR code's SVG in the HTML back into pixels and decodes it. */
	static String decode(String html) throws Exception {
		Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(html);
		assertThat(box.find()).isTrue();
		int width = Integer.parseInt(box.group(1));
		int height = Integer.parseInt(box.group(2));
		Matcher path = Pattern.compile("<path fill=\"#000\" d=\"([^\"]*)\"").matcher(html);
		assertThat(path.find()).isTrue();
		int scale = 4;
		int[] pixels = new int[width * scale * height * scale];
		java.util.Arrays.fill(pixels, 0xFFFFFF);
		Matcher module = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(path.group(1));
		while (module.find()) {
			int x = Integer.parseInt(module.group(1));
			int y = Integer.parseInt(module.group(2));
			for (int dy = 0; dy < scale; dy++) {
				for (int dx = 0; dx < scale; dx++) {
					pixels[(y * scale + dy) * width * scale + x * scale + dx] = 0;
				}
			}
		}
		return new QRCodeReader()
			.decode(new BinaryBitmap(
					new HybridBinarizer(new RGBLuminanceSource(width * scale, height * scale, pixels))))
			.getText();
	}

}
