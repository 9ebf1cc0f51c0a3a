#!/usr/bin/env bash
#
# Benchmark: the evaluation module with every numeric target reported in all 116 regions for 6 years.
#   (1) a full re-evaluation, POST /api/evaluation/recompute, timed BENCH_RECOMPUTES times;
#   (2) reading the results under load: BENCH_CLIENTS concurrent clients for bounded runs against
#       GET /api/evaluation and the evaluation overview page, as admin, with a session cookie and
#       with HTTP Basic.
#
#   bench/evaluation.sh
#
# What it does:
#   1. builds target/greenloop-*.jar if it is missing (./mvnw -q -DskipTests package; an existing
#      executable jar is used as it is: rebuild it after changing src/) and resolves the runtime
#      classpath (POI) for the workbook generator (./mvnw dependency:build-classpath);
#   2. starts the jar with -Xmx1g (BENCH_XMX) on a free port (server.port=0, the port read from the
#      log), the prod profile (no demo data), a throwaway embedded PostgreSQL data directory
#      (greenloop.database.data-dir), GREENLOOP_ADMIN_PASSWORD set and Tomcat's access log on
#      (unbuffered; per request: method, path, query, status, bytes, %D = the server's own time in
#      microseconds, when it began), and waits for /actuator/health;
#   3. asks the running application for real keys: /api/indicators (every target that is not a
#      MILESTONE: the numeric ones, with measure, comparator, direction, baseline and target),
#      /api/regions (116) and /api/periods (the years BENCH_FIRST_YEAR..BENCH_LAST_YEAR, 2020..2025,
#      must exist); bench/GenerateEvaluationValues.java writes one yearly value per target, region
#      and year (plausible: from the baseline, or from 0 for a change, towards the target, each
#      region covering 50-120 % of the way), in workbooks of at most BENCH_WORKBOOK_ROWS (70,000)
#      rows: the import reads at most 100,000 rows per workbook;
#   4. imports them, POST /api/values/import (HTTP Basic as admin), one after another, checking
#      HTTP 200 and "values" = the workbook's rows; each import re-evaluates its targets in its
#      regions (ValuesApproved);
#   5. restarts the application on the same data directory (BENCH_RESTART=1), so that the start-up
#      re-evaluation runs on the full data, and reports its log line ("Evaluated every target: N
#      targets in their regions, K with changed inputs re-evaluated, R results written in M ms",
#      EvaluationSchedule: after the imports, nothing has changed);
#   6. logs in once through the form (GET /login for the _csrf field, POST /login), keeps the
#      JSESSIONID cookie and the session's CSRF token, and times POST /api/evaluation/recompute
#      BENCH_RECOMPUTES (3) times with that session (curl %{time_total}, and the server's %D): the
#      first with everything=true (every result recomputed and rewritten, checked: evaluated =
#      targets), the others as the start-up and nightly runs do it (only the targets whose inputs
#      changed, checked: none); checks that GET /api/evaluation?region=150000&year=2024 (read in
#      pages of 10,000) has an imported value for every numeric target
#      due in 2024 or later in every region; measures what authenticating costs: BENCH_AUTH_PROBES
#      (20) GET /api/periods one after another with HTTP Basic, then with the cookie (server's mean);
#   7. runs bench/LoadTest.java (java.net.http.HttpClient, BENCH_CLIENTS = 50 threads, each sending
#      the next request as soon as it has read the last answer: a closed loop, no think time) for
#      BENCH_WARMUP = 5 s not counted, then BENCH_SECONDS = 30 s counted; requests still running
#      then get BENCH_GRACE = 30 s more, after which they count as errors ("unfinished", with the
#      time they had run as a lower bound of their latency). The runs, in this order (BENCH_LOADS
#      picks some by name):
#        baseline-health                      GET /actuator/health (the least a request costs here: the
#                                             filters, one query, a small answer)
#        api-one-session, api-one-basic       GET /api/evaluation?target=<first target of plan 003>&region=150100&year=2024
#        api-city-session, api-city-basic     GET /api/evaluation?region=150100&year=2024&plan=003
#        page-city-session                    GET /evaluation?region=150100&year=2024&plan=003 (the overview page)
#        dashboard-api-session                GET /api/dashboard?region=150000&year=2024
#        dashboard-page-session               GET /dashboard?region=150000&year=2024 (the leaders' page)
#        dashboard-live-session               GET /dashboard/live?region=150000&year=2024 (its htmx refresh)
#        dashboard-city-session               GET /dashboard?region=150100&year=2024
#        api-region-session, api-region-basic GET /api/evaluation?region=150000&year=2024 (its first page:
#                                             1,000 of 33,065)
#        page-region-session                  GET /evaluation?region=150000&year=2024
#      Each reports requests, errors, requests/s, p50/p95/p99/max latency (ms, every counted request),
#      mean body size, and the server's own p50/p99/max (%D of the requests that began after the
#      warm-up). After each run but the last it waits (at most BENCH_DRAIN = 600 s) until the server
#      has answered every request sent, abandoned ones included, so that the next run starts idle;
#   8. stops the application (and its PostgreSQL) and removes the working directory on exit.
#
# Needs: a JDK 17 (java, jar), curl, jq; Maven Central (or a filled ~/.m2) for the first build.
# Settings (environment): BENCH_XMX (1g), BENCH_FIRST_YEAR (2020), BENCH_LAST_YEAR (2025),
# BENCH_WORKBOOK_ROWS (70000), BENCH_RECOMPUTES (3), BENCH_AUTH_PROBES (20), BENCH_CLIENTS (50),
# BENCH_WARMUP (5), BENCH_SECONDS (30), BENCH_GRACE (30), BENCH_DRAIN (600), BENCH_MAX_REQUESTS
# (0: no limit), BENCH_LOADS (run names separated by spaces; default all), BENCH_RESTART (1),
# BENCH_APP_ARGS (more arguments for the application), BENCH_JFR=1 (a Java Flight Recording,
# settings=profile, per start, in the working directory), BENCH_KEEP=1 (keep the working directory:
# app log, access logs, workbooks, answers, recordings).
# A summary is also written to bench/results/ (ignored by git). It takes 10-25 minutes on 2 cores,
# most of it in the runs that read every region (their requests take longer than the run).
# Exit status: 0 if every step ran and every check passed and no OutOfMemoryError was logged
# (whether or not the time targets were met: the summary shows the figures), 1 otherwise.

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

XMX=${BENCH_XMX:-1g}
FIRST_YEAR=${BENCH_FIRST_YEAR:-2020}
LAST_YEAR=${BENCH_LAST_YEAR:-2025}
WORKBOOK_ROWS=${BENCH_WORKBOOK_ROWS:-70000}
RECOMPUTES=${BENCH_RECOMPUTES:-3}
CLIENTS=${BENCH_CLIENTS:-50}
WARMUP=${BENCH_WARMUP:-5}
SECONDS_PER_RUN=${BENCH_SECONDS:-30}
MAX_REQUESTS=${BENCH_MAX_REQUESTS:-0}
GRACE=${BENCH_GRACE:-30}
# more arguments for the application, e.g. BENCH_APP_ARGS="--spring.mvc.static-path-pattern=/css/**"
read -r -a APP_ARGS <<<"${BENCH_APP_ARGS:-}"
DRAIN=${BENCH_DRAIN:-600}
LOADS=${BENCH_LOADS:-}
RESTART=${BENCH_RESTART:-1}
PASSWORD="bench-$RANDOM-$RANDOM-$RANDOM"

for tool in java jar curl jq; do
	command -v "$tool" >/dev/null || { echo "bench: $tool is needed" >&2; exit 2; }
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/greenloop-evbench.XXXXXX")
APP_PID=""

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

alive() { [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null; }

stop_app() {
	if alive "$APP_PID"; then
		log "stopping the application (pid $APP_PID)"
		kill -TERM "$APP_PID"
		for _ in $(seq 1 60); do alive "$APP_PID" || break; sleep 1; done
		if alive "$APP_PID"; then
			log "still running after 60 s: killing it"
			kill -KILL "$APP_PID"
		fi
		wait "$APP_PID" 2>/dev/null || true
	fi
	APP_PID=""
	# the embedded PostgreSQL is a separate process; stop it if the JVM left it behind
	local pgpid
	pgpid=$(head -n1 "$WORK/pgdata/postmaster.pid" 2>/dev/null || true)
	if [[ "$pgpid" =~ ^[0-9]+$ ]] && alive "$pgpid"; then
		log "stopping the embedded PostgreSQL left behind (pid $pgpid)"
		kill -TERM "$pgpid"
		for _ in $(seq 1 20); do alive "$pgpid" || break; sleep 1; done
		alive "$pgpid" && kill -KILL "$pgpid"
	fi
	return 0
}

cleanup() {
	local status=$?
	set +e
	stop_app
	if [[ "${BENCH_KEEP:-0}" == 1 ]]; then
		log "kept $WORK"
	else
		rm -rf "$WORK"
	fi
	exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- 1. the jar and the generator's classpath ------------------------------------------------

boot_jar() {
	local jar
	for jar in target/greenloop-*.jar; do
		# an executable (repackaged) jar carries its libraries in BOOT-INF/lib
		if [[ -f "$jar" ]] && (($(jar tf "$jar" 2>/dev/null | grep -c '^BOOT-INF/lib/') > 0)); then
			echo "$jar"
			return 0
		fi
	done
	return 1
}

if ! JAR=$(boot_jar); then
	log "building the jar (./mvnw -q -DskipTests package)"
	./mvnw -q -DskipTests package
	JAR=$(boot_jar) || { echo "bench: no executable jar in target/" >&2; exit 2; }
fi
log "jar: $JAR"

CP_FILE="$WORK/classpath.txt"
cp_args=(-q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime)
if ! ./mvnw -o "${cp_args[@]}" >/dev/null 2>&1; then
	./mvnw "${cp_args[@]}"
fi

# --- 2. the application ------------------------------------------------------------------------

APP_LOG="$WORK/app.log"
STARTS=0

start_app() {
	STARTS=$((STARTS + 1))
	local jfr=()
	if [[ "${BENCH_JFR:-0}" == 1 ]]; then
		jfr=("-XX:StartFlightRecording=settings=profile,filename=$WORK/recording-$STARTS.jfr,dumponexit=true")
	fi
	log "starting the application (-Xmx$XMX, data directory $WORK/pgdata, start $STARTS)"
	# a fresh log per start (the start-up line is looked for in it); the previous one is kept beside it
	if [[ -s "$APP_LOG" ]]; then
		mv "$APP_LOG" "$WORK/app-$((STARTS - 1)).log"
	fi
	# there before the application writes to it: the wait below reads it at once
	: >"$APP_LOG"
	GREENLOOP_ADMIN_PASSWORD="$PASSWORD" java "-Xmx$XMX" "${jfr[@]}" \
		-jar "$JAR" \
		--server.port=0 \
		--greenloop.database.data-dir="$WORK/pgdata" \
		--spring.profiles.active=prod \
		--server.tomcat.accesslog.enabled=true \
		--server.tomcat.accesslog.directory="$WORK" \
		--server.tomcat.accesslog.prefix="access-$STARTS" \
		--server.tomcat.accesslog.suffix=.log \
		--server.tomcat.accesslog.rotate=false \
		--server.tomcat.accesslog.buffered=false \
		--server.tomcat.accesslog.pattern='%m %U %q %s %b %D %{begin:msec}t' \
		"${APP_ARGS[@]}" \
		>>"$APP_LOG" 2>&1 &
	APP_PID=$!
	PORT=""
	for _ in $(seq 1 300); do
		alive "$APP_PID" || { echo "bench: the application stopped; its log:" >&2; tail -50 "$APP_LOG" >&2; exit 1; }
		if [[ -z "$PORT" ]]; then
			PORT=$(sed -n 's/.*Tomcat started on port \([0-9][0-9]*\).*/\1/p' "$APP_LOG")
		fi
		if [[ -n "$PORT" ]] && curl -sf "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then
			break
		fi
		sleep 1
	done
	[[ -n "$PORT" ]] || { echo "bench: the application did not start in 300 s" >&2; exit 1; }
	BASE="http://127.0.0.1:$PORT"
	ACCESS_LOG="$WORK/access-$STARTS.log"
	log "up on port $PORT (pid $APP_PID)"
}

# The start-up re-evaluation's line: "Evaluated every target: N results in M ms".
startup_line() {
	local line=""
	for _ in $(seq 1 120); do
		line=$(grep -o 'Evaluated every target: .*' "$APP_LOG" | tail -n1 || true)
		[[ -n "$line" ]] && break
		sleep 1
	done
	echo "$line"
}

# The access log's fields: method, path, query ("-" if none), status, bytes, time taken (%D: microseconds),
# when the request began (epoch ms); a line is written when the request has been answered.
# The server's own time (ms) of the last logged request for a path.
server_ms() {
	awk -v p="$1" '$2 == p { us = $6 } END { if (us == "") print "?"; else printf "%.0f\n", us / 1000 }' "$ACCESS_LOG"
}

# The server's own times (ms) of the requests logged after line $1 that began at or after $2 (epoch ms):
# "p50 p99 max count".
server_percentiles() {
	tail -n +"$(($1 + 1))" "$ACCESS_LOG" | awk -v from="$2" '$7 >= from { printf "%.3f\n", $6 / 1000 }' | sort -n | awk '
		{ v[NR] = $1 }
		function at(p,   r) { r = int(p / 100 * NR); if (r < p / 100 * NR) r++; if (r < 1) r = 1; return v[r] }
		END { if (NR == 0) print "- - - 0"; else printf "%.1f %.1f %.1f %d\n", at(50), at(99), v[NR], NR }'
}

start_app
AUTH=(-u "admin:$PASSWORD")
FIRST_LINE=$(startup_line)
log "start-up, catalogue only: $FIRST_LINE"

# --- 3. real keys and the workbooks -------------------------------------------------------------

curl -sSf "${AUTH[@]}" "$BASE/api/indicators" \
	| jq -r '.[] | select(.target.comparator != "MILESTONE")
		| [.code, (.unit // ""), .name, .measure, .target.comparator, (.direction // ""),
		   (.baseline.value // "" | tostring), (.target.value // "" | tostring), (.target.upper // "" | tostring),
		   .target.year]
		| @tsv' \
	| LC_ALL=C sort >"$WORK/items.tsv"
N_TARGETS=$(curl -sSf "${AUTH[@]}" "$BASE/api/indicators" | jq 'length')
curl -sSf "${AUTH[@]}" "$BASE/api/regions" \
	| jq -r '.. | objects | select(has("code") and has("level")) | .code' | LC_ALL=C sort -u >"$WORK/regions.txt"
curl -sSf "${AUTH[@]}" "$BASE/api/periods" | jq -r '.[].code' >"$WORK/periods.txt"
for year in $(seq "$FIRST_YEAR" "$LAST_YEAR"); do
	grep -qx "$year" "$WORK/periods.txt" || { echo "bench: no period $year in /api/periods" >&2; exit 2; }
done
N_ITEMS=$(wc -l <"$WORK/items.tsv")
N_REGIONS=$(wc -l <"$WORK/regions.txt")
N_YEARS=$((LAST_YEAR - FIRST_YEAR + 1))
ROWS=$((N_ITEMS * N_REGIONS * N_YEARS))
log "keys: $N_ITEMS numeric targets (of $N_TARGETS) x $N_REGIONS regions x $N_YEARS years = $ROWS values"

java -cp "$(cat "$CP_FILE")" bench/GenerateEvaluationValues.java "$WORK/items.tsv" "$WORK/regions.txt" \
	"$FIRST_YEAR" "$LAST_YEAR" "$WORKBOOK_ROWS" "$WORK/values" >"$WORK/workbooks.tsv"
log "workbooks: $(wc -l <"$WORK/workbooks.tsv"), $(du -ck "$WORK"/values-*.xlsx | tail -n1 | cut -f1) KB"

# --- 4. the imports -----------------------------------------------------------------------------

IMPORTS="$WORK/imports.tsv"
printf 'workbook\trows\tseconds\tresult\n' >"$IMPORTS"
failed=0
n=0
while IFS=$'\t' read -r workbook rows; do
	n=$((n + 1))
	answer="$WORK/import-$n.json"
	read -r code seconds < <(curl -sS "${AUTH[@]}" -H 'Accept-Language: en' \
		-F "file=@$workbook;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \
		-o "$answer" -w '%{http_code} %{time_total}\n' "$BASE/api/values/import")
	imported=$(jq -r '.values // empty' "$answer" 2>/dev/null || true)
	result=ok
	if [[ "$code" != 200 || "$imported" != "$rows" ]]; then
		result="FAILED: HTTP $code, $(head -c 300 "$answer")"
		failed=1
	fi
	printf '%s\t%s\t%.1f\t%s\n' "$(basename "$workbook")" "$rows" "$seconds" "$result" | tee -a "$IMPORTS" >&2
done <"$WORK/workbooks.tsv"
((failed == 0)) || { echo "bench: an import failed" >&2; exit 1; }

# --- 5. restart: the start-up re-evaluation on the full data ------------------------------------

STARTUP_LINE="(not restarted)"
if [[ "$RESTART" == 1 ]]; then
	stop_app
	start_app
	STARTUP_LINE=$(startup_line)
	log "start-up, full data: $STARTUP_LINE"
fi

# --- 6. a session; the re-evaluations -----------------------------------------------------------

JAR_FILE="$WORK/cookies.txt"
csrf_of() { sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -n1; }
LOGIN_CSRF=$(curl -sSf -c "$JAR_FILE" -b "$JAR_FILE" "$BASE/login" | csrf_of)
code=$(curl -sS -c "$JAR_FILE" -b "$JAR_FILE" -o /dev/null -w '%{http_code}' \
	--data-urlencode username=admin --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$LOGIN_CSRF" \
	"$BASE/login")
SESSION=$(awk '$6 == "JSESSIONID" { print $7 }' "$JAR_FILE" | tail -n1)
[[ "$code" == 302 && -n "$SESSION" ]] || { echo "bench: the form login failed (HTTP $code)" >&2; exit 1; }
COOKIE=(-H "Cookie: JSESSIONID=$SESSION")
# the session's CSRF token, for the POST (requests without an Authorization header need one)
CSRF=$(curl -sSf "${COOKIE[@]}" "$BASE/" | csrf_of)
[[ -n "$CSRF" ]] || { echo "bench: no CSRF token on / after logging in" >&2; exit 1; }
log "logged in: session cookie JSESSIONID"

RECOMPUTE="$WORK/recompute.tsv"
printf 'run\tasked\ttargets\tevaluated\tresults\tcurl_seconds\tserver_ms\n' >"$RECOMPUTE"
for run in $(seq 1 "$RECOMPUTES"); do
	answer="$WORK/recompute-$run.json"
	# the first recomputes and rewrites everything; the others, as the nightly and start-up runs, only what
	# changed: nothing
	if ((run == 1)); then asked=everything; query="?everything=true"; else asked=changed; query=""; fi
	read -r code seconds < <(curl -sS "${COOKIE[@]}" -H "X-CSRF-TOKEN: $CSRF" -X POST -o "$answer" \
		-w '%{http_code} %{time_total}\n' "$BASE/api/evaluation/recompute$query")
	read -r targets evaluated count < <(jq -r '"\(.targets) \(.evaluated) \(.results)"' "$answer" 2>/dev/null \
		|| echo "? ? ?")
	if [[ "$code" != 200 || ("$asked" == everything && "$evaluated" != "$targets") \
		|| ("$asked" == changed && "$evaluated" != 0) ]]; then
		echo "bench: recompute $run: HTTP $code, $(head -c 300 "$answer")" >&2
		failed=1
	fi
	printf '%s\t%s\t%s\t%s\t%s\t%.3f\t%s\n' "$run" "$asked" "$targets" "$evaluated" "$count" "$seconds" \
		"$(server_ms /api/evaluation/recompute)" | tee -a "$RECOMPUTE" >&2
done

# every numeric target due in 2024 or later is evaluated in 2024 with a value of its own in every region
# (valueSource: the observation used; a target the engine cannot take has a source but no value)
# (in pages of 10,000)
for offset in 0 10000 20000 30000 40000; do
	curl -sSf "${COOKIE[@]}" "$BASE/api/evaluation?region=150000&year=2024&limit=10000&offset=$offset"
done | jq -s 'add' >"$WORK/evaluation-2024.json"
DUE_2024=$(awk -F'\t' '$10 >= 2024' "$WORK/items.tsv" | wc -l)
with_source=$(jq '[.[] | select(.valueSource != null)] | length' "$WORK/evaluation-2024.json")
log "GET /api/evaluation?region=150000&year=2024: $(jq length "$WORK/evaluation-2024.json") results," \
	"$with_source from an imported value (expected $DUE_2024 targets due 2024 or later x $N_REGIONS regions)"
((with_source == DUE_2024 * N_REGIONS)) || { echo "bench: not every target has its value in every region" >&2; failed=1; }
STATUSES=$(jq -r 'group_by(.status) | map("\(.[0].status) \(length)") | join(", ")' "$WORK/evaluation-2024.json")
log "statuses, 2024: $STATUSES"

# what authenticating costs: BENCH_AUTH_PROBES sequential GET /api/periods (6 KB) each way, the server's mean time
AUTH_PROBES=${BENCH_AUTH_PROBES:-20}
auth_probe() {
	local from
	from=$(wc -l <"$ACCESS_LOG")
	for _ in $(seq 1 "$AUTH_PROBES"); do
		curl -sSf -o /dev/null "$@" "$BASE/api/periods"
	done
	sleep 0.5
	sed -n "$((from + 1)),\$p" "$ACCESS_LOG" | awk '{ s += $6; n++ } END { printf "%.1f\n", s / n / 1000 }'
}
auth_probe "${COOKIE[@]}" >/dev/null # warm-up
AUTH_BASIC_MS=$(auth_probe "${AUTH[@]}")
AUTH_SESSION_MS=$(auth_probe "${COOKIE[@]}")
log "GET /api/periods, $AUTH_PROBES in a row, server's mean: HTTP Basic $AUTH_BASIC_MS ms, session cookie $AUTH_SESSION_MS ms"

# --- 7. the load runs ---------------------------------------------------------------------------

BASIC="Authorization: Basic $(printf 'admin:%s' "$PASSWORD" | base64 -w0)"
SESSION_HEADER="Cookie: JSESSIONID=$SESSION"
# the small answers first: a run that leaves requests unfinished keeps the server busy after it
ONE_TARGET=$(cut -f1 "$WORK/items.tsv" | grep -m1 '^003-')
RUNS=(
	"baseline-health|/actuator/health|$SESSION_HEADER"
	"api-one-session|/api/evaluation?target=$ONE_TARGET&region=150100&year=2024|$SESSION_HEADER"
	"api-one-basic|/api/evaluation?target=$ONE_TARGET&region=150100&year=2024|$BASIC"
	"api-city-session|/api/evaluation?region=150100&year=2024&plan=003|$SESSION_HEADER"
	"api-city-basic|/api/evaluation?region=150100&year=2024&plan=003|$BASIC"
	"page-city-session|/evaluation?region=150100&year=2024&plan=003|$SESSION_HEADER"
)
RUNS+=(
	"dashboard-api-session|/api/dashboard?region=150000&year=2024|$SESSION_HEADER"
	"dashboard-page-session|/dashboard?region=150000&year=2024|$SESSION_HEADER"
	"dashboard-live-session|/dashboard/live?region=150000&year=2024|$SESSION_HEADER"
	"dashboard-city-session|/dashboard?region=150100&year=2024|$SESSION_HEADER"
	"api-region-session|/api/evaluation?region=150000&year=2024|$SESSION_HEADER"
	"api-region-basic|/api/evaluation?region=150000&year=2024|$BASIC"
	"page-region-session|/evaluation?region=150000&year=2024|$SESSION_HEADER"
)

SELECTED=()
for entry in "${RUNS[@]}"; do
	name=${entry%%|*}
	if [[ -z "$LOADS" || " $LOADS " == *" $name "* ]]; then
		SELECTED+=("$entry")
	fi
done

LOAD="$WORK/load.tsv"
printf 'run\trequests\terrors\tseconds\treq_per_s\tp50_ms\tp95_ms\tp99_ms\tmax_ms\tmean_bytes\tstatuses\tunfinished\tserver_p50_ms\tserver_p99_ms\tserver_max_ms\n' >"$LOAD"
for i in "${!SELECTED[@]}"; do
	IFS='|' read -r name path header <<<"${SELECTED[$i]}"
	last_run=$((i == ${#SELECTED[@]} - 1))
	log "load: $name, $CLIENTS clients, ${WARMUP} s warm-up + ${SECONDS_PER_RUN} s: GET $path"
	line=$(java bench/LoadTest.java "$BASE$path" "$CLIENTS" "$WARMUP" "$SECONDS_PER_RUN" "$MAX_REQUESTS" "$GRACE" \
		"--access-log=$ACCESS_LOG" "$header") || { echo "bench: the load generator failed" >&2; failed=1; continue; }
	# fields: requests errors seconds req/s p50 p95 p99 max mean_bytes statuses unfinished measured_from log_from sent
	IFS=$'\t' read -r -a fields <<<"$line"
	# requests given up on are still being answered: wait until the server has logged every request sent
	# (not after the last run: the application is stopped)
	for _ in $(seq 1 "$((last_run ? 0 : DRAIN))"); do
		(($(wc -l <"$ACCESS_LOG") - fields[12] >= fields[13])) && break
		sleep 1
	done
	# the server's own times (Tomcat %D) of the counted requests: those that began after the warm-up
	read -r s50 s99 smax _ < <(server_percentiles "${fields[12]}" "${fields[11]}")
	printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$(IFS=$'\t'; echo "${fields[*]:0:11}")" "$s50" "$s99" "$smax" \
		| tee -a "$LOAD" >&2
	if grep -q OutOfMemoryError "$APP_LOG"; then
		log "OutOfMemoryError in the application log"
		failed=1
	fi
	alive "$APP_PID" || { echo "bench: the application stopped" >&2; failed=1; break; }
done

# --- report ---------------------------------------------------------------------------------------

{
	echo "# bench/evaluation.sh, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
	echo "# $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1), load $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "# $(java -version 2>&1 | head -n1); -Xmx$XMX"
	echo "# data: $N_ITEMS numeric targets (of $N_TARGETS) x $N_REGIONS regions x $N_YEARS years ($FIRST_YEAR-$LAST_YEAR) = $ROWS values"
	echo "# imports:"
	column -t -s $'\t' "$IMPORTS"
	echo "# start-up, catalogue only: $FIRST_LINE"
	echo "# start-up, full data:      $STARTUP_LINE"
	echo "# POST /api/evaluation/recompute (session cookie; server_ms: Tomcat %D):"
	column -t -s $'\t' "$RECOMPUTE"
	echo "# 2024 statuses (PLAN): $STATUSES"
	echo "# GET /api/periods one at a time, server's mean: HTTP Basic $AUTH_BASIC_MS ms, session cookie $AUTH_SESSION_MS ms"
	echo "# load: $CLIENTS clients, closed loop, ${WARMUP} s warm-up, ${SECONDS_PER_RUN} s measured; latency in ms"
	column -t -s $'\t' "$LOAD"
} | tee "$WORK/summary.txt"
mkdir -p bench/results
cp "$WORK/summary.txt" "bench/results/evaluation-$(date -u +%Y%m%dT%H%M%SZ).txt"
exit "$failed"
