#!/usr/bin/env bash
#
# Benchmark: the administrator's bulk import of approved values, POST /api/values/import,
# with a 50,000-row workbook, over HTTP against the packaged application.
#
#   bench/import-50k.sh
#
# What it does:
#   1. builds target/greenloop-*.jar if it is missing (./mvnw -q -DskipTests package; an
#      existing executable jar is used as it is: rebuild it after changing src/) and
#      resolves the runtime classpath (POI) for the generator (./mvnw dependency:build-classpath);
#   2. starts the jar with -Xmx512m and a GC log (-Xlog:gc*), on a free port (server.port=0,
#      the port read from the log), the prod profile (no demo data), a throwaway embedded
#      PostgreSQL data directory (greenloop.database.data-dir) and GREENLOOP_ADMIN_PASSWORD set,
#      and waits for /actuator/health;
#   3. asks the running application for real keys (/api/indicators: numeric targets,
#      /api/regions, /api/periods) and writes the workbook with bench/GenerateValues.java:
#      50,000 rows with distinct (item, region, period) keys and valid values;
#   4. uploads it RUNS times (curl, HTTP Basic as admin), timing each upload (%{time_total})
#      and checking: HTTP 200, "values" = rows, the import number; GET /api/values?item=...
#      for every item used adds up to the rows, all at revision = run number, source IMPORT;
#      one key's history has one revision per run;
#   5. reports per run: seconds, peak heap used (MB), the heap left after GC (MB) and the
#      number of full GCs, read from the GC log lines written during that upload plus
#      `jcmd GC.heap_info` right after it; an OutOfMemoryError fails the run;
#   6. stops the application (and its PostgreSQL) and removes the working directory on exit.
#
# Needs: a JDK 17 (java, jar, jcmd), curl, jq; Maven Central (or a filled ~/.m2) for the first build.
# Settings (environment): BENCH_ROWS (50000), BENCH_RUNS (3), BENCH_XMX (512m),
# BENCH_KEEP=1 keeps the working directory (app log, GC log, workbook, answers).
# A summary is also written to bench/results/ (ignored by git).
# Exit status: 0 if every run imported every row within BENCH_TARGET_SECONDS (30) without
# an OutOfMemoryError; 1 otherwise.

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

ROWS=${BENCH_ROWS:-50000}
RUNS=${BENCH_RUNS:-3}
XMX=${BENCH_XMX:-512m}
TARGET_SECONDS=${BENCH_TARGET_SECONDS:-30}
PASSWORD="bench-$RANDOM-$RANDOM-$RANDOM"

for tool in java jar jcmd curl jq; do
	command -v "$tool" >/dev/null || { echo "bench: $tool is needed" >&2; exit 2; }
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/greenloop-bench.XXXXXX")
APP_PID=""

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

alive() { [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null; }

cleanup() {
	local status=$?
	set +e
	if alive "$APP_PID"; then
		log "stopping the application (pid $APP_PID)"
		kill -TERM "$APP_PID"
		for _ in $(seq 1 60); do alive "$APP_PID" || break; sleep 1; done
		if alive "$APP_PID"; then
			log "still running after 60 s: killing it"
			kill -KILL "$APP_PID"
		fi
		wait "$APP_PID" 2>/dev/null
	fi
	# the embedded PostgreSQL is a separate process; stop it if the JVM left it behind
	local pgpid
	pgpid=$(head -n1 "$WORK/pgdata/postmaster.pid" 2>/dev/null)
	if [[ "$pgpid" =~ ^[0-9]+$ ]] && alive "$pgpid"; then
		log "stopping the embedded PostgreSQL left behind (pid $pgpid)"
		kill -TERM "$pgpid"
		for _ in $(seq 1 20); do alive "$pgpid" || break; sleep 1; done
		alive "$pgpid" && kill -KILL "$pgpid"
	fi
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

GC_LOG="$WORK/gc.log"
APP_LOG="$WORK/app.log"
log "starting the application (-Xmx$XMX, data directory $WORK/pgdata)"
GREENLOOP_ADMIN_PASSWORD="$PASSWORD" java "-Xmx$XMX" \
	"-Xlog:gc*:file=$GC_LOG:uptime,level,tags:filecount=0" \
	-jar "$JAR" \
	--server.port=0 \
	--greenloop.database.data-dir="$WORK/pgdata" \
	--spring.profiles.active=prod \
	>"$APP_LOG" 2>&1 &
APP_PID=$!

PORT=""
for _ in $(seq 1 240); do
	alive "$APP_PID" || { echo "bench: the application stopped; its log:" >&2; tail -50 "$APP_LOG" >&2; exit 1; }
	if [[ -z "$PORT" ]]; then
		PORT=$(sed -n 's/.*Tomcat started on port \([0-9][0-9]*\).*/\1/p' "$APP_LOG")
	fi
	if [[ -n "$PORT" ]] && curl -sf "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then
		break
	fi
	sleep 1
done
[[ -n "$PORT" ]] || { echo "bench: the application did not start in 240 s" >&2; exit 1; }
BASE="http://127.0.0.1:$PORT"
AUTH=(-u "admin:$PASSWORD")
log "up on port $PORT (pid $APP_PID)"

# --- 3. real keys and the workbook ---------------------------------------------------------------

curl -sSf "${AUTH[@]}" "$BASE/api/indicators" \
	| jq -r '.[] | select(.target.comparator != "MILESTONE") | [.code, (.unit // ""), .name] | @tsv' \
	| LC_ALL=C sort >"$WORK/items.tsv"
curl -sSf "${AUTH[@]}" "$BASE/api/regions" \
	| jq -r '.. | objects | select(has("code") and has("level")) | .code' | LC_ALL=C sort -u >"$WORK/regions.txt"
curl -sSf "${AUTH[@]}" "$BASE/api/periods" | jq -r '.[].code' >"$WORK/periods.txt"
N_ITEMS=$(wc -l <"$WORK/items.tsv")
N_REGIONS=$(wc -l <"$WORK/regions.txt")
N_PERIODS=$(wc -l <"$WORK/periods.txt")
PER_ITEM=$((N_REGIONS * N_PERIODS))
ITEMS_USED=$(((ROWS + PER_ITEM - 1) / PER_ITEM))
log "keys: $N_ITEMS numeric items x $N_REGIONS regions x $N_PERIODS periods; $ITEMS_USED items used"
((PER_ITEM <= 10000)) || { echo "bench: $PER_ITEM values per item exceed GET /api/values' 10,000 limit" >&2; exit 2; }

WORKBOOK="$WORK/values-$ROWS.xlsx"
java -cp "$(cat "$CP_FILE")" bench/GenerateValues.java "$ROWS" "$WORK/items.tsv" "$WORK/regions.txt" \
	"$WORK/periods.txt" "$WORKBOOK" >&2
log "workbook: $(du -k "$WORKBOOK" | cut -f1) KB"
head -n "$ITEMS_USED" "$WORK/items.tsv" | cut -f1 >"$WORK/items-used.txt"
FIRST_KEY=$(printf '%s' "item=$(head -n1 "$WORK/items-used.txt")&region=$(head -n1 "$WORK/regions.txt")&period=$(head -n1 "$WORK/periods.txt")")

# --- 4/5. the runs -----------------------------------------------------------------------------

# The GC log lines of the "gc" tag carry the heap before and after each pause:
# "... GC(7) Pause Young (Normal) (G1 Evacuation Pause) 231M->40M(512M) 12.345ms".
# Prints: the highest "before" of any pause (MB), the highest "after" of an evacuating
# pause (Young, Mixed or Full: what survived, MB), the number of full GCs.
gc_figures() {
	awk '
		function mb(text,   unit, n) {
			unit = substr(text, length(text), 1); n = substr(text, 1, length(text) - 1) + 0
			return unit == "G" ? n * 1024 : unit == "K" ? n / 1024 : unit == "B" ? n / 1048576 : n
		}
		/\]\[gc *\] GC\([0-9]+\)/ && match($0, /[0-9]+[BKMG]->[0-9]+[BKMG]\(/) {
			pair = substr($0, RSTART, RLENGTH - 1); split(pair, sides, "->")
			before = mb(sides[1]); after = mb(sides[2])
			if (before > maxBefore) maxBefore = before
			# only evacuating pauses free the heap; Remark and Cleanup leave it as it was
			if ($0 ~ /Pause (Young|Full)/ && after > maxAfter) maxAfter = after
			if ($0 ~ /Pause Full/) full++
		}
		END { printf "%.0f %.0f %d\n", maxBefore, maxAfter, full }
	'
}

# The heap in use now (the first "used ...K" of GC.heap_info is the heap; later ones are metaspace).
heap_used_now_mb() {
	{ jcmd "$APP_PID" GC.heap_info 2>/dev/null || true; } | awk '
		!done && match($0, /used [0-9]+K/) { used = substr($0, RSTART + 5, RLENGTH - 6) / 1024; done = 1 }
		END { printf "%.0f\n", used }
	'
}

RESULTS="$WORK/results.tsv"
printf 'run\trows\tseconds\tpeak_heap_mb\tlive_after_gc_mb\tfull_gcs\tresult\n' >"$RESULTS"
failed=0
for run in $(seq 1 "$RUNS"); do
	offset=$(stat -c %s "$GC_LOG")
	answer="$WORK/answer-$run.json"
	read -r code seconds < <(curl -sS "${AUTH[@]}" -H 'Accept-Language: en' \
		-F "file=@$WORKBOOK;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \
		-o "$answer" -w '%{http_code} %{time_total}\n' "$BASE/api/values/import")
	used_now=$(heap_used_now_mb)
	sleep 1
	read -r gc_before gc_after full < <(tail -c +"$((offset + 1))" "$GC_LOG" | gc_figures)
	peak=$((gc_before > used_now ? gc_before : used_now))

	result=ok
	imported=$(jq -r '.values // empty' "$answer" 2>/dev/null || true)
	number=$(jq -r '.importNumber // empty' "$answer" 2>/dev/null || true)
	if [[ "$code" != 200 || "$imported" != "$ROWS" || "$number" != "$run" ]]; then
		result="FAILED: HTTP $code, $(head -c 300 "$answer")"
	else
		counted=0
		while read -r item; do
			n=$(curl -sSf "${AUTH[@]}" "$BASE/api/values?item=$item" \
				| jq --argjson run "$run" '[.[] | select(.revision == $run and .source == "IMPORT")] | length')
			counted=$((counted + n))
		done <"$WORK/items-used.txt"
		history=$(curl -sSf "${AUTH[@]}" "$BASE/api/values/history?$FIRST_KEY" | jq 'length')
		if [[ "$counted" != "$ROWS" || "$history" != "$run" ]]; then
			result="FAILED: GET /api/values shows $counted values at revision $run, history $history"
		fi
	fi
	if grep -q OutOfMemoryError "$APP_LOG"; then
		result="FAILED: OutOfMemoryError"
	fi
	if [[ "$result" != ok ]] || awk -v s="$seconds" -v t="$TARGET_SECONDS" 'BEGIN { exit !(s >= t) }'; then
		failed=1
	fi
	printf '%s\t%s\t%.1f\t%s\t%s\t%s\t%s\n' "$run" "$ROWS" "$seconds" "$peak" "$gc_after" "$full" "$result" \
		| tee -a "$RESULTS" >&2
done

# --- report ---------------------------------------------------------------------------------------

read -r all_before all_after all_full < <(gc_figures <"$GC_LOG")
{
	echo "# bench/import-50k.sh, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
	echo "# $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1), load $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "# $(java -version 2>&1 | head -n1); -Xmx$XMX; workbook $(du -k "$WORKBOOK" | cut -f1) KB"
	echo "# peak_heap_mb: highest heap used before a GC pause during the upload (GC log) or right after it (jcmd GC.heap_info)"
	echo "# live_after_gc_mb: highest heap used after an evacuating GC pause (young, mixed, full) during the upload"
	column -t -s $'\t' "$RESULTS"
	echo "# whole process, start-up included: peak used ${all_before} MB, highest after GC ${all_after} MB, full GCs ${all_full}"
} | tee "$WORK/summary.txt"
mkdir -p bench/results
cp "$WORK/summary.txt" "bench/results/import-50k-$(date -u +%Y%m%dT%H%M%SZ).txt"
exit "$failed"
