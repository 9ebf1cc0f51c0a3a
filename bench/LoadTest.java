import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A small closed-loop load generator for bench/evaluation.sh: CLIENTS threads, each sending
 * one GET after another (the next as soon as the answer has been read to its end), for a
 * bounded run, and the latency of every request.
 * <p>
 * The clients start together and send for WARMUP + SECONDS seconds; the requests sent in
 * the first WARMUP seconds are the warm-up and are not counted, every request sent after
 * it is. A request counts from just before it is sent to when the last byte of its body
 * has been read; one whose status is not 200, or that fails, is an error. When the time
 * is up no new request is sent; the requests still running are given GRACE more seconds
 * to finish. Those that have not finished by then are counted as errors ("unfinished"),
 * with the time they had run as their latency: the percentiles are then lower bounds. The
 * run is bounded: at most WARMUP + SECONDS + GRACE seconds. (MAX_REQUESTS, if not 0, also
 * stops sending after that many counted requests.)
 * <p>
 * The percentiles are computed from every counted latency (nearest rank; no sampling, no
 * histogram buckets). Throughput is the counted requests that finished divided by the time
 * from the end of the warm-up to the last of them.
 * <p>
 * Usage: {@code java bench/LoadTest.java URL CLIENTS WARMUP SECONDS MAX_REQUESTS GRACE
 * [--access-log=FILE] [Header: value ...]}, for example {@code java bench/LoadTest.java
 * 'http://127.0.0.1:8080/api/evaluation?year=2024' 50 5 30 0 30 'Cookie: JSESSIONID=…'}.
 * Prints a human-readable summary to stderr and one tab-separated line to stdout: requests,
 * errors, seconds, requests per second, p50, p95, p99, max (ms), mean body bytes, statuses
 * (-1: failed or unfinished), unfinished, when the counted requests began (epoch ms); then,
 * with {@code --access-log} (the server's access log, one line per request), the number of
 * lines it had when the clients started, and the number of requests sent in all (warm-up
 * included): the server has answered them all when the log has that many more lines.
 * <p>
 * Uses java.net.http.HttpClient (HTTP/1.1, one client: up to CLIENTS keep-alive connections).
 * It ends with System.exit, which closes the connections of unfinished requests.
 */
public class LoadTest {

	public static void main(String[] args) throws Exception {
		if (args.length < 6) {
			System.err.println("usage: LoadTest URL CLIENTS WARMUP_SECONDS SECONDS MAX_REQUESTS GRACE_SECONDS "
					+ "[--access-log=FILE] [Header: value ...]");
			System.exit(2);
		}
		URI uri = URI.create(args[0]);
		int clients = Integer.parseInt(args[1]);
		int warmup = Integer.parseInt(args[2]);
		int seconds = Integer.parseInt(args[3]);
		long maxRequests = Long.parseLong(args[4]);
		int grace = Integer.parseInt(args[5]);
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri).GET();
		Path accessLog = null;
		for (String header : Arrays.copyOfRange(args, 6, args.length)) {
			if (header.startsWith("--access-log=")) {
				accessLog = Path.of(header.substring("--access-log=".length()));
				continue;
			}
			int colon = header.indexOf(':');
			builder.header(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
		}
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		String logFrom = lines(accessLog);
		Run run = new Run(builder.build(), client, clients, warmup, seconds, maxRequests, grace);
		run.go();

		long[] all = run.latencies.stream().flatMapToLong(list -> list.stream().mapToLong(Long::longValue)).toArray();
		Arrays.sort(all);
		long finished = all.length - run.unfinished;
		double elapsed = run.measuredNanos / 1e9;
		double rate = elapsed > 0 ? finished / elapsed : 0;
		double meanBytes = finished == 0 ? 0 : run.bytes.get() / (double) finished;
		String statuses = run.statuses.toString().replace(" ", "");
		String bound = run.unfinished > 0 ? "≥" : "";
		System.err.printf("%s%n  %d clients, warm-up %d s (%d requests, %d errors), then %d s: %d requests counted, "
				+ "%d errors (%d unfinished after %d s more), %.1f requests/s%n"
				+ "  latency ms: p50 %s%.1f, p95 %s%.1f, p99 %s%.1f, max %s%.1f; mean body %.0f bytes; statuses %s%n",
				uri, clients, warmup, run.warmupRequests.get(), run.warmupErrors.get(), seconds, all.length,
				run.errors.get(), run.unfinished, grace, rate, bound, ms(percentile(all, 50)), bound,
				ms(percentile(all, 95)), bound, ms(percentile(all, 99)), bound,
				ms(all.length == 0 ? 0 : all[all.length - 1]), meanBytes, statuses);
		if (!run.firstError.isEmpty()) {
			System.err.println("  first error: " + run.firstError);
		}
		System.out.printf("%d\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.0f\t%s\t%d\t%d\t%s\t%d%n", all.length,
				run.errors.get(), elapsed, rate, ms(percentile(all, 50)), ms(percentile(all, 95)),
				ms(percentile(all, 99)), ms(all.length == 0 ? 0 : all[all.length - 1]), meanBytes, statuses,
				run.unfinished, run.measuredFromEpochMillis, logFrom, run.sent.get());
		System.out.flush();
		System.exit(0);
	}

	/** The number of lines of the file; "-" without one. */
	static String lines(Path file) throws IOException {
		if (file == null) {
			return "-";
		}
		try (Stream<String> lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
			return Long.toString(lines.count());
		}
	}

	/** Nearest rank: the smallest latency with at least p % of all at or below it. */
	static long percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
	}

	static double ms(long nanos) {
		return nanos / 1e6;
	}

	/** CLIENTS threads sending the request one after another until the time is up. */
	static final class Run {

		final HttpRequest request;

		final HttpClient client;

		final int clients;

		final long warmupNanos;

		final long nanos;

		final long maxRequests;

		final long graceNanos;

		final AtomicBoolean stop = new AtomicBoolean();

		/** Every request sent, warm-up included. */
		final AtomicLong sent = new AtomicLong();

		final AtomicLong counted = new AtomicLong();

		final AtomicLong warmupRequests = new AtomicLong();

		final AtomicLong warmupErrors = new AtomicLong();

		final AtomicLong errors = new AtomicLong();

		final AtomicLong bytes = new AtomicLong();

		/** When the last counted request finished. */
		final AtomicLong lastFinished = new AtomicLong();

		final List<List<Long>> latencies = new ArrayList<>();

		/** Per client: when its current request was sent and whether it counts; 0 when idle. */
		final long[] current;

		final boolean[] currentCounts;

		final Map<Integer, Integer> statuses = new TreeMap<>();

		volatile String firstError = "";

		long measuredNanos;

		long measuredFromEpochMillis;

		int unfinished;

		Run(HttpRequest request, HttpClient client, int clients, int warmup, int seconds, long maxRequests,
				int grace) {
			this.request = request;
			this.client = client;
			this.clients = clients;
			this.warmupNanos = warmup * 1_000_000_000L;
			this.nanos = seconds * 1_000_000_000L;
			this.maxRequests = maxRequests;
			this.graceNanos = grace * 1_000_000_000L;
			this.current = new long[clients];
			this.currentCounts = new boolean[clients];
		}

		void go() throws InterruptedException {
			CountDownLatch ready = new CountDownLatch(this.clients);
			CountDownLatch start = new CountDownLatch(1);
			long[] began = new long[1];
			List<Thread> threads = new ArrayList<>();
			for (int i = 0; i < this.clients; i++) {
				int me = i;
				List<Long> mine = new ArrayList<>(4096);
				this.latencies.add(mine);
				Thread thread = new Thread(() -> {
					ready.countDown();
					try {
						start.await();
					}
					catch (InterruptedException ex) {
						return;
					}
					byte[] buffer = new byte[64 * 1024];
					long measuredFrom = began[0] + this.warmupNanos;
					while (!this.stop.get()) {
						long sentAt = System.nanoTime();
						boolean counts = sentAt >= measuredFrom;
						if (counts && this.maxRequests > 0 && this.counted.incrementAndGet() > this.maxRequests) {
							break;
						}
						synchronized (this.current) {
							this.current[me] = sentAt;
							this.currentCounts[me] = counts;
						}
						this.sent.incrementAndGet();
						int status = -1;
						long read = 0;
						String error = null;
						try {
							HttpResponse<InputStream> response = this.client.send(this.request,
									HttpResponse.BodyHandlers.ofInputStream());
							status = response.statusCode();
							try (InputStream body = response.body()) {
								for (int n; (n = body.read(buffer)) >= 0;) {
									read += n;
								}
							}
						}
						catch (IOException ex) {
							error = ex.toString();
						}
						catch (InterruptedException ex) {
							return;
						}
						long took = System.nanoTime() - sentAt;
						synchronized (this.current) {
							if (this.current[me] == 0) {
								return; // given up on: counted as unfinished
							}
							this.current[me] = 0;
							if (status != 200 && error == null) {
								error = "HTTP " + status;
							}
							if (!counts) {
								this.warmupRequests.incrementAndGet();
								if (error != null) {
									this.warmupErrors.incrementAndGet();
								}
								continue;
							}
							mine.add(took);
							this.bytes.addAndGet(read);
							this.lastFinished.accumulateAndGet(System.nanoTime(), Math::max);
							if (error != null) {
								this.errors.incrementAndGet();
								if (this.firstError.isEmpty()) {
									this.firstError = error;
								}
							}
							this.statuses.merge(status, 1, Integer::sum);
						}
					}
				}, "client-" + i);
				thread.setDaemon(true);
				threads.add(thread);
				thread.start();
			}
			ready.await();
			began[0] = System.nanoTime();
			this.measuredFromEpochMillis = System.currentTimeMillis() + this.warmupNanos / 1_000_000;
			start.countDown();
			long end = began[0] + this.warmupNanos + this.nanos;
			sleepUntil(end);
			this.stop.set(true);
			long cut = end + this.graceNanos;
			for (Thread thread : threads) {
				long left = cut - System.nanoTime();
				if (left > 0) {
					thread.join(Math.max(1, left / 1_000_000));
				}
			}
			long now = System.nanoTime();
			synchronized (this.current) {
				for (int i = 0; i < this.clients; i++) {
					if (this.current[i] != 0) {
						if (this.currentCounts[i]) {
							this.latencies.get(i).add(now - this.current[i]);
							this.errors.incrementAndGet();
							this.statuses.merge(-1, 1, Integer::sum);
							this.unfinished++;
						}
						this.current[i] = 0;
					}
				}
			}
			long last = Math.max(this.lastFinished.get(), this.unfinished > 0 ? now : 0);
			this.measuredNanos = Math.max(0, last - (began[0] + this.warmupNanos));
		}

		private static void sleepUntil(long deadline) throws InterruptedException {
			for (long left; (left = deadline - System.nanoTime()) > 0;) {
				Thread.sleep(Math.max(1, Math.min(left / 1_000_000, 1000)));
			}
		}

	}

}
