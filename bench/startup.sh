#!/usr/bin/env bash
# Start-up time and memory of the packaged service beside a minimal Quarkus REST app built the
# same way (bench/minimal-rest: same platform BOM, Java release and fast-jar packaging), measured
# in the same run (issue 8). Three variants, started one at a time, in a rotating order per round:
#   minimal   bench/minimal-rest, timed to /q/health/ready (it has the same health extension)
#   external  Rapport against the throwaway PostgreSQL 15 of lib.sh (DB_URL): the fair comparison
#   embedded  Rapport's default mode: no DB_URL, it starts its own PostgreSQL 17 under
#             $BENCH_WORK/embedded (that PostgreSQL's processes are measured separately)
# Every JVM gets the same flags: -Xmx$BENCH_HEAP (256m), the default GC, -Xlog:gc to a file.
# Per start: wall time from fork to the first 200 of the readiness endpoint, Quarkus' own
# "started in" line, CPU seconds the JVM used until then, RSS (VmRSS) and heap used/committed
# (jcmd GC.heap_info) right after ready and after a warm-up of requests, the live heap after a
# full GC, then a graceful stop (SIGTERM) and its duration. A first start of each variant
# (Flyway migration, embedded unpack + initdb, a bench user) is reported apart, not in the medians.
#
# Settings: BENCH_ROUNDS (5), BENCH_WARMUP (200 requests per endpoint), BENCH_MIN_PORT
# (BENCH_PORT + 1), plus lib.sh's BENCH_WORK, BENCH_PG_PORT, BENCH_PORT, BENCH_HEAP, BENCH_REBUILD.
# Example: BENCH_WORK=/tmp/bench-startup BENCH_PG_PORT=55444 BENCH_PORT=18544 bench/startup.sh
source "$(dirname "$0")/lib.sh"

ROUNDS="${BENCH_ROUNDS:-5}"
WARMUP="${BENCH_WARMUP:-200}"
MIN_PORT="${BENCH_MIN_PORT:-$((BENCH_PORT + 1))}"
MIN_DIR="$BENCH_ROOT/bench/minimal-rest"
EMBEDDED_DIR="$BENCH_WORK/embedded"
RESULTS="$BENCH_WORK/startup.tsv"
APP_PID=""
declare -A TOKENS=()

bench_java_home
mkdir -p "$BENCH_WORK"
bench_machine
bench_build
if [ "${BENCH_REBUILD:-0}" = 1 ] || [ ! -f "$MIN_DIR/target/quarkus-app/quarkus-run.jar" ]; then
  echo "building the minimal app (./mvnw -q -f bench/minimal-rest/pom.xml package)..."
  (cd "$BENCH_ROOT" && { ./mvnw -o -q -f bench/minimal-rest/pom.xml package ||
    ./mvnw -q -f bench/minimal-rest/pom.xml package; })
fi
echo "jars: rapport $(du -sh "$BENCH_ROOT/target/quarkus-app" | cut -f1) (quarkus-app), minimal $(du -sh "$MIN_DIR/target/quarkus-app" | cut -f1)"

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}
trap 'stop_app; bench_pg_stop' EXIT
bench_pg_start
rm -rf "$EMBEDDED_DIR"

port_of() { if [ "$1" = minimal ]; then echo "$MIN_PORT"; else echo "$BENCH_PORT"; fi; }

# Launches a variant in the background (the subshell execs java, so $! is the JVM's pid).
launch() {
  local variant="$1" port jar
  port="$(port_of "$variant")"
  if ss -ltn "( sport = :$port )" | grep -q LISTEN; then
    echo "port $port is taken" >&2
    return 1
  fi
  jar="$BENCH_ROOT/target/quarkus-app/quarkus-run.jar"
  [ "$variant" = minimal ] && jar="$MIN_DIR/target/quarkus-app/quarkus-run.jar"
  local env=(PORT="$port" RAPPORT_ADMIN_EMAIL="$BENCH_ADMIN_EMAIL"
    RAPPORT_ADMIN_PASSWORD="$BENCH_ADMIN_PASSWORD" RAPPORT_PUBLIC_URL="http://127.0.0.1:$port")
  case "$variant" in
    external) env+=(DB_URL="jdbc:postgresql://127.0.0.1:$BENCH_PG_PORT/rapport" DB_USER=rapport
      DB_PASSWORD=rapport) ;;
    embedded) env+=(RAPPORT_DATA_DIR="$EMBEDDED_DIR") ;;
  esac
  (
    cd "$BENCH_WORK"
    exec env -u DB_URL "${env[@]}" "$JAVA_HOME/bin/java" "-Xmx$BENCH_HEAP" \
      "-Xlog:gc:file=$BENCH_WORK/gc-$variant.log" -jar "$jar" >"$BENCH_WORK/$variant.log" 2>&1
  ) &
  APP_PID=$!
}

rss_mb() { awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

# "used committed" heap in MB from jcmd GC.heap_info (G1: "... committed 65536K, used 25318K").
heap_mb() {
  jcmd "$1" GC.heap_info 2>/dev/null | grep -oE 'committed [0-9]+K, used [0-9]+K' | head -1 |
    awk '{gsub(/[K,]/, ""); printf "%.0f %.0f\n", $4 / 1024, $2 / 1024}'
}

# The embedded PostgreSQL's processes (postmaster from its pid file, and its children): summed
# RSS (counts shared buffers once per process) and summed PSS (shares them out), in MB.
embedded_pg_mb() {
  local master
  master="$(head -1 "$EMBEDDED_DIR/pg/postmaster.pid" 2>/dev/null || true)"
  if [ -z "$master" ] || [ ! -d "/proc/$master" ]; then
    echo "- - -"
    return
  fi
  local pids=("$master" $(pgrep -P "$master" || true))
  local rss=0 pss=0 p
  for p in "${pids[@]}"; do
    rss=$((rss + $(awk '/^VmRSS:/ {print $2}' "/proc/$p/status" 2>/dev/null || echo 0)))
    pss=$((pss + $(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)))
  done
  echo "$((rss / 1024)) $((pss / 1024)) ${#pids[@]}"
}

# One curl process, keep-alive, $WARMUP requests to each URL; prints the seconds it took.
warm_up() {
  local variant="$1" port cfg="$BENCH_WORK/warmup.curl" start
  port="$(port_of "$variant")"
  : >"$cfg"
  local urls=("http://127.0.0.1:$port/q/health/ready")
  if [ "$variant" = minimal ]; then
    urls+=("http://127.0.0.1:$port/hello")
  else
    urls+=("http://127.0.0.1:$port/api/lists")
    echo "header = \"Authorization: Bearer ${TOKENS[$variant]}\"" >>"$cfg"
  fi
  for url in "${urls[@]}"; do
    for _ in $(seq 1 "$WARMUP"); do
      printf 'url = "%s"\noutput = "/dev/null"\n' "$url" >>"$cfg"
    done
  done
  start=$(date +%s%N)
  curl -fsS -K "$cfg"
  echo "scale=2; ($(date +%s%N) - $start) / 1000000000" | bc
}

# One start: appends a TSV row to $RESULTS and prints it (columns in the header below).
measure() {
  local variant="$1" round="$2" port t0 t1 ready_ms cpu started rss0 heap0 rss1 heap1 live pg
  port="$(port_of "$variant")"
  t0=$(date +%s%N)
  launch "$variant"
  until curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "$variant did not start; see $BENCH_WORK/$variant.log" >&2
      tail -30 "$BENCH_WORK/$variant.log" >&2
      return 1
    fi
    sleep 0.02
  done
  t1=$(date +%s%N)
  ready_ms=$(((t1 - t0) / 1000000))
  cpu="$(bench_proc_cpu "$APP_PID")"
  rss0="$(rss_mb "$APP_PID")"
  heap0="$(heap_mb "$APP_PID")"
  pg="- - -"
  [ "$variant" = embedded ] && pg="$(embedded_pg_mb)"
  started="$(grep -oE 'started in [0-9.]+s' "$BENCH_WORK/$variant.log" | grep -oE '[0-9.]+' | head -1)"
  if [ "$variant" != minimal ] && [ -z "${TOKENS[$variant]:-}" ]; then
    BENCH_BASE="http://127.0.0.1:$port"
    TOKENS[$variant]="$(bench_new_user_token "startup-$variant@bench.local")"
  fi
  local warm_s s0 s1
  warm_s="$(warm_up "$variant")"
  rss1="$(rss_mb "$APP_PID")"
  heap1="$(heap_mb "$APP_PID")"
  jcmd "$APP_PID" GC.run >/dev/null
  live="$(heap_mb "$APP_PID" | cut -d' ' -f1)"
  s0=$(date +%s%N)
  stop_app
  s1=$(date +%s%N)
  if [ "$variant" = embedded ] && [ -f "$EMBEDDED_DIR/pg/postmaster.pid" ]; then
    echo "warning: the embedded postmaster.pid is still there after the stop" >&2
  fi
  local row=("$variant" "$round" "$ready_ms" "${started:--}" "$cpu" "$rss0" $heap0 "$rss1" $heap1
    "$live" $(echo "$pg" | cut -d' ' -f1-2) "$warm_s" "$(((s1 - s0) / 1000000))" "$(bench_load)")
  (IFS=$'\t'; echo "${row[*]}") | tee -a "$RESULTS"
}

# Medians per variant over the measured rounds (the first starts apart).
summary() {
  echo
  echo "all starts (MB; heap from jcmd GC.heap_info; *_warm after the warm-up; live = used after a full GC):"
  column -t -s $'\t' "$RESULTS"
  echo
  echo "medians over $ROUNDS rounds:"
  for variant in minimal external embedded; do
    awk -F'\t' -v v="$variant" 'NR == 1 { print; next } $1 == v && $2 != "first"' "$RESULTS" |
      awk -F'\t' 'NR == 1 { for (c = 1; c <= NF; c++) h[c] = $c; n = NF; next }
        { rows++; for (c = 3; c <= NF; c++) val[c, rows] = $c; name = $1 }
        END {
          line = name "\tmedian"
          for (c = 3; c <= n; c++) {
            k = 0
            for (r = 1; r <= rows; r++) if (val[c, r] != "-") a[++k] = val[c, r] + 0
            for (i = 2; i <= k; i++) { x = a[i]; j = i - 1; while (j > 0 && a[j] > x) { a[j + 1] = a[j]; j-- } a[j + 1] = x }
            m = (k == 0) ? "-" : (k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2)
            line = line "\t" m
          }
          print line
        }'
  done | awk 'NR == 1 || $1 != "variant"' | column -t -s $'\t'
}

echo -e "variant\tround\tready_ms\tquarkus_s\tcpu_s\trss\theap_used\theap_comm\trss_warm\theap_used_warm\theap_comm_warm\tlive\tpg_rss\tpg_pss\twarmup_s\tstop_ms\tload1" >"$RESULTS"
echo "first starts (migrations, embedded unpack + initdb, bench users; not in the medians):"
for variant in minimal external embedded; do
  measure "$variant" first
done
variants=(minimal external embedded)
for round in $(seq 1 "$ROUNDS"); do
  for i in 0 1 2; do
    measure "${variants[$(((i + round - 1) % 3))]}" "$round"
  done
done
summary
