package io.greenloop.reporting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import io.greenloop.Api;
import io.greenloop.GreenloopTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workbook over the 20 MB Greenloop reads reaches Greenloop through the real server
 * (whose multipart limit is higher), and is refused with a message that names the limit,
 * not with the server's bare 413.
 */
@GreenloopTest
class UploadLimitTests {

	@LocalServerPort
	int port;

	@Test
	void aWorkbookOverTheLimitIsRefusedWithAMessageNamingIt() throws Exception {
		byte[] file = new byte[26 * 1024 * 1024];
		Arrays.fill(file, (byte) 'x');
		String boundary = "greenloop-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/values/import"))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString(("admin:" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, file, tail)))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body()).contains("\"code\":\"TOO_LARGE\"", "20.0 MB");
	}

}
