#!/usr/bin/env bash
#
# Benchmark: the waste ledger's bulk path (LedgerBulkLoad, POST /api/waste/ledger/bulk) against a raw
# PostgreSQL COPY of the same rows into a scratch table of the same shape, on the same run.
#
#   bench/ledger-ingest.sh
#
# What it does:
#   1. builds target/greenloop-*.jar (./mvnw -o -q -DskipTests package; BENCH_SKIP_BUILD=1 uses the jar
#      as it is);
#   2. starts it like the other benchmarks: prod profile, a throwaway embedded PostgreSQL data directory,
#      a free port, GREENLOOP_ADMIN_PASSWORD set; reads the embedded PostgreSQL's port from the log;
#   3. with psql: registers an enterprise with BENCH_SITES (100) sites, each with a production (P1) and a
#      storage (S1) facility, and an operator with a licence covering 900-041-49 for disposal;
#   4. writes BENCH_ROWS (1,000,000) ledger rows as CSV with awk: chains of 产生 → 入库 → 出库 → 委外处置
#      (GENERATED, STORED_IN, STORED_OUT, OFF_SITE), four rows a chain, round-robin over the sites, 2024;
#   5. raw: creates waste.ledger_scratch (LIKE waste.ledger_record INCLUDING ALL: the same columns,
#      defaults, checks and indexes, plus the same foreign key to waste.site) and times
#      psql \copy of the file into it (one transaction, no checks beyond the table's own); after the bulk
#      load, the same again into an empty waste.ledger_scratch2, and the raw time is the mean of the two;
#   6. bulk: times curl POST of the same file to /api/waste/ledger/bulk (as admin): the rows are checked
#      in Java, streamed through COPY into waste.ledger_record, then the chain, quantities, facilities
#      and licences are checked in SQL, in one transaction; checks the answer's count and the table's;
#      Autovacuum is off for both tables during the run, so that it does not start on the first load's
#      million rows while the second one runs.
#   7. prints the times, rows per second, the ratio (bulk speed / mean raw speed; the goal is >= 0.70) and
#      the load average, with a CHECKPOINT before each timed load.
#   8. times POST /api/waste/balances/recompute?year=2024 (BENCH_RECOMPUTE times, default 3): the balances,
#      checks and indicators of the year over the million records (goal < 5 s).
#
# Needs: a JDK 17, curl, jq, psql (a client of any recent version), awk.
# Settings: BENCH_ROWS (1000000, a multiple of 4), BENCH_SITES (100), BENCH_XMX (1g), BENCH_KEEP=1 keeps
# the working directory. Exit status 0 when both loads wrote every row (whatever the ratio).

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

ROWS=${BENCH_ROWS:-1000000}
SITES=${BENCH_SITES:-100}
XMX=${BENCH_XMX:-1g}
PASSWORD="bench-$RANDOM-$RANDOM-$RANDOM"
((ROWS % 4 == 0)) || { echo "bench: BENCH_ROWS must be a multiple of 4" >&2; exit 2; }

for tool in java curl jq psql awk; do
	command -v "$tool" >/dev/null || { echo "bench: $tool is needed" >&2; exit 2; }
done

mkdir -p "$ROOT/target"
WORK=$(mktemp -d "${BENCH_DIR:-$ROOT/target}/ledger-bench.XXXXXX")
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
		alive "$APP_PID" && kill -KILL "$APP_PID"
		wait "$APP_PID" 2>/dev/null
	fi
	local pgpid
	pgpid=$(head -n1 "$WORK/pgdata/postmaster.pid" 2>/dev/null)
	if [[ "$pgpid" =~ ^[0-9]+$ ]] && alive "$pgpid"; then
		log "stopping the embedded PostgreSQL left behind (pid $pgpid)"
		kill -TERM "$pgpid"
		for _ in $(seq 1 20); do alive "$pgpid" || break; sleep 1; done
		alive "$pgpid" && kill -KILL "$pgpid"
	fi
	if [[ "${BENCH_KEEP:-0}" == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
	exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- 1. the jar ---------------------------------------------------------------------------------
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
	log "building the jar (./mvnw -o -q -DskipTests package)"
	./mvnw -o -q -DskipTests package >&2
fi
JAR=$(ls target/greenloop-*.jar | grep -v plain | head -n1)
log "jar: $JAR"

# --- 2. the application -----------------------------------------------------------------------
APP_LOG="$WORK/app.log"
log "starting the application (-Xmx$XMX)"
GREENLOOP_ADMIN_PASSWORD="$PASSWORD" java "-Xmx$XMX" -jar "$JAR" --server.port=0 \
	--greenloop.database.data-dir="$WORK/pgdata" --spring.profiles.active=prod >"$APP_LOG" 2>&1 &
APP_PID=$!
PORT=""
for _ in $(seq 1 240); do
	alive "$APP_PID" || { echo "bench: the application stopped; its log:" >&2; tail -50 "$APP_LOG" >&2; exit 1; }
	[[ -n "$PORT" ]] || PORT=$(sed -n 's/.*Tomcat started on port \([0-9][0-9]*\).*/\1/p' "$APP_LOG")
	if [[ -n "$PORT" ]] && curl -sf "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then
		break
	fi
	sleep 1
done
[[ -n "$PORT" ]] || { echo "bench: the application did not start in 240 s" >&2; exit 1; }
BASE="http://127.0.0.1:$PORT"
JDBC=$(grep -o 'Embedded PostgreSQL at jdbc:postgresql://[^ ]*' "$APP_LOG" | head -n1)
PG_PORT=$(sed -E 's#.*://[^:/]+:([0-9]+)/.*#\1#' <<<"$JDBC")
PG_DB=$(sed -E 's#.*://[^/]+/([^?]+).*#\1#' <<<"$JDBC")
export PGHOST=localhost PGPORT=$PG_PORT PGUSER=postgres PGDATABASE=$PG_DB PGTZ=Asia/Shanghai
log "up on port $PORT; PostgreSQL on $PG_PORT, database $PG_DB"
sql() { psql -X -q -v ON_ERROR_STOP=1 -At "$@"; }

# --- 3. the registry ------------------------------------------------------------------------------
sql >"$WORK/sites.txt" <<SQL
INSERT INTO waste.enterprise (credit_code, name, region_code, created_by, created_at)
VALUES ('91150105MA0000001X', '基准测试产废单位', '150105', 'bench', now()),
       ('91150105MA0000002X', '基准测试处置单位', '150105', 'bench', now());
INSERT INTO waste.licence (enterprise_id, number, valid_from, valid_to, activities, annual_capacity_t, catalogue_edition)
SELECT id, 'BENCH-LIC', DATE '2020-01-01', DATE '2030-12-31', '{STORAGE,DISPOSAL}', 1000000, '2021'
FROM waste.enterprise WHERE credit_code = '91150105MA0000002X';
INSERT INTO waste.licence_waste SELECT id, '900-041-49' FROM waste.licence WHERE number = 'BENCH-LIC';
INSERT INTO waste.site (enterprise_id, name, region_code, industry_code)
SELECT e.id, '厂区' || n, '150105', 'C2614' FROM waste.enterprise e, generate_series(1, $SITES) n
WHERE e.credit_code = '91150105MA0000001X';
INSERT INTO waste.facility (site_id, code, name, kind)
SELECT s.id, f.code, f.code, f.kind FROM waste.site s, (VALUES ('P1', 'PRODUCTION'), ('S1', 'STORAGE')) f(code, kind)
WHERE s.name LIKE '厂区%';
SELECT id FROM waste.site WHERE name LIKE '厂区%' ORDER BY id;
SQL
log "registered $(wc -l <"$WORK/sites.txt") sites"

# --- 4. the rows ------------------------------------------------------------------------------------
CSV="$WORK/ledger-$ROWS.csv"
awk -v chains=$((ROWS / 4)) -v sitesfile="$WORK/sites.txt" 'BEGIN {
	while ((getline id < sitesfile) > 0) site[n++] = id
	print "siteId,stage,batchCode,occurredAt,wasteKind,wasteCode,wasteName,quantityT,containerCode,containerType," \
		"containerCount,facilityCode,treatment,method,finishedAt,handler,destination,sourceStage,sourceBatchCode," \
		"receiverType,receiverName,receiverLicenceNumber,manifestNumber"
	name = "废弃危险化学品"
	for (k = 0; k < chains; k++) {
		s = site[k % n]; day = 1 + int(k / n) % 28; month = 1 + int(k / (n * 28)) % 12
		d = sprintf("2024-%02d-%02d", month, day); q = sprintf("%.3f", 0.1 + (k % 97) / 10)
		c = "C" k
		print s ",GENERATED,G" k "," d "T08:00,HAZARDOUS,900-041-49," name "," q "," c ",桶,1,P1,,,,张三,入库,,,,,,"
		print s ",STORED_IN,R" k "," d "T09:00,HAZARDOUS,900-041-49," name "," q "," c ",桶,1,S1,,,,李四,,,G" k ",,,,"
		print s ",STORED_OUT,O" k "," d "T15:00,HAZARDOUS,900-041-49," name "," q "," c ",桶,1,S1,,,,李四,委外处置,,R" k ",,,,"
		print s ",OFF_SITE,W" k "," d "T16:00,HAZARDOUS,900-041-49," name "," q "," c ",桶,1,,DISPOSAL,D10,,王五,,STORED_OUT,O" k ",经营单位,基准测试处置单位,BENCH-LIC,"
	}
}' >"$CSV"
log "rows: $ROWS in $(du -m "$CSV" | cut -f1) MB"

now() { date +%s.%N; }

# --- 5. raw COPY into a table of the same shape ------------------------------------------------------
sql <<SQL
CREATE TABLE waste.ledger_scratch (LIKE waste.ledger_record INCLUDING ALL);
ALTER TABLE waste.ledger_scratch ADD FOREIGN KEY (site_id) REFERENCES waste.site (id),
    ALTER COLUMN recorded_by SET DEFAULT 'bench', ALTER COLUMN recorded_at SET DEFAULT now();
-- no autovacuum starting on the first million rows while the second load runs
ALTER TABLE waste.ledger_scratch SET (autovacuum_enabled = false);
ALTER TABLE waste.ledger_record SET (autovacuum_enabled = false);
CHECKPOINT;
SQL
COLUMNS="site_id, stage, batch_code, occurred_at, waste_kind, waste_code, waste_name, quantity_t, container_code,
 container_type, container_count, facility_code, treatment, method, finished_at, handler, destination, source_stage,
 source_batch_code, receiver_type, receiver_name, receiver_licence_number, manifest_number"
# raw_copy TABLE: a CHECKPOINT, then psql \copy of the file into the (empty) table; prints the seconds taken
raw_copy() {
	sql -c "CHECKPOINT" >&2
	local t0 t1
	t0=$(now)
	sql -c "\\copy $1 ($(tr -d '\n' <<<"$COLUMNS")) FROM '$CSV' WITH (FORMAT csv, HEADER true)" >&2
	t1=$(now)
	[[ "$(sql -c "SELECT count(*) FROM $1")" == "$ROWS" ]] || { echo "bench: $1 does not hold $ROWS rows" >&2; exit 1; }
	awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }'
}
log "raw COPY into waste.ledger_scratch"
RAW1=$(raw_copy waste.ledger_scratch)

# --- 6. the bulk path, between two raw loads -----------------------------------------------------------
# The machine may be shared: a second raw COPY after the bulk load, into a second empty table of the same
# shape, and the ratio against the mean of both raw times, so that a change of load during the run weighs on
# both sides.
sql -c "CHECKPOINT"
log "bulk path: POST /api/waste/ledger/bulk"
T2=$(now)
ANSWER=$(curl -sS -u "admin:$PASSWORD" -H 'Content-Type: text/csv' -H 'Accept: application/json' \
	--data-binary @"$CSV" "$BASE/api/waste/ledger/bulk")
T3=$(now)
BULK_ROWS=$(jq -r '.recorded // empty' <<<"$ANSWER")
[[ "$BULK_ROWS" == "$ROWS" ]] || { echo "bench: the bulk load answered $ANSWER" >&2; exit 1; }
STORED=$(sql -c "SELECT count(*) FROM waste.ledger_record")
[[ "$STORED" == "$ROWS" ]] || { echo "bench: $STORED rows stored" >&2; exit 1; }
grep -o 'Bulk ledger load of .*' "$APP_LOG" | tail -n1 >&2 || true

sql <<SQL
CREATE TABLE waste.ledger_scratch2 (LIKE waste.ledger_scratch INCLUDING ALL);
ALTER TABLE waste.ledger_scratch2 ADD FOREIGN KEY (site_id) REFERENCES waste.site (id),
    SET (autovacuum_enabled = false);
SQL
log "raw COPY into waste.ledger_scratch2"
RAW2=$(raw_copy waste.ledger_scratch2)

awk -v rows="$ROWS" -v raw1="$RAW1" -v raw2="$RAW2" -v load="$(cut -d' ' -f1 /proc/loadavg)" \
	-v bulk="$(awk -v a="$T2" -v b="$T3" 'BEGIN { print b - a }')" 'BEGIN {
	raw = (raw1 + raw2) / 2
	printf "rows                 %d\n", rows
	printf "raw COPY             %.1f s before, %.1f s after, mean %.1f s  (%.0f rows/s)\n", raw1, raw2, raw, rows / raw
	printf "bulk path            %.1f s  (%.0f rows/s)\n", bulk, rows / bulk
	printf "bulk / raw speed     %.2f  (goal >= 0.70)\n", raw / bulk
	printf "load average         %s\n", load
}'
sql -c "DROP TABLE waste.ledger_scratch2" >/dev/null

# --- 7. balances and indicators of the year -----------------------------------------------------------
# POST /api/waste/balances/recompute?year=2024: every site's balance of the year from the million records (all
# of them in 2024, the worst case), the checks, and the indicators of the catalogue targets. Timed
# BENCH_RECOMPUTE (3) times; the answer's millis is the balance computation inside the server.
sql -c "ALTER TABLE waste.ledger_record SET (autovacuum_enabled = true); ANALYZE waste.ledger_record" >/dev/null
for i in $(seq 1 "${BENCH_RECOMPUTE:-3}"); do
	T4=$(now)
	RUN=$(curl -sS -X POST -u "admin:$PASSWORD" -H 'Accept: application/json' "$BASE/api/waste/balances/recompute?year=2024")
	T5=$(now)
	awk -v t="$(awk -v a="$T4" -v b="$T5" 'BEGIN { print b - a }')" -v run="$i" \
		-v balances="$(jq -r '.runs[0].balances' <<<"$RUN")" -v millis="$(jq -r '.runs[0].millis' <<<"$RUN")" \
		-v flags="$(jq -r '.runs[0].flags' <<<"$RUN")" 'BEGIN {
		printf "recompute 2024 #%d    %.2f s  (balances %s, flags %s; balances computed in %.2f s)  (goal < 5 s)\n", \
			run, t, balances, flags, millis / 1000
	}'
	printf '                     phases (ms): %s\n' "$(jq -c '.runs[0].phases' <<<"$RUN")"
done
