# Shared by the benchmark drivers in bench/: a throwaway PostgreSQL 15 cluster, the packaged
# service, API helpers and a machine summary. Sourced, not run. Everything generated goes under
# $BENCH_WORK (default /tmp/rapport-bench); nothing here is part of `./mvnw verify`.
#
# Settings (environment):
#   BENCH_WORK      scratch folder for the cluster, CSVs and logs   (default /tmp/rapport-bench)
#   BENCH_PG_PORT   port of the throwaway PostgreSQL                 (default 55433)
#   BENCH_PORT      HTTP port of the service                         (default 18480)
#   BENCH_HEAP      -Xmx of the service                              (default 256m)
#   BENCH_REBUILD=1 rebuild target/quarkus-app even if it exists and is newer than src/ and pom.xml
#   BENCH_JFR=1     record the service with JDK Flight Recorder into $BENCH_WORK/service.jfr
#   BENCH_WHATIF=   comma-separated experiments on the throwaway database, NOT the shipped setup:
#                   memory (role rapport gets temp_buffers=256MB, work_mem=128MB),
#                   no-fk (after migration, drop the foreign keys of contact, context_hook and
#                   list_member, which the import checks once per row and per key)
#   BENCH_STATEMENTS=1 load pg_stat_statements (create the extension to read it)
#   BENCH_EXPLAIN=1 log the plans of slow statements (auto_explain) in $BENCH_WORK/pg/server.log

set -euo pipefail

BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_WORK="${BENCH_WORK:-/tmp/rapport-bench}"
BENCH_PG_PORT="${BENCH_PG_PORT:-55433}"
BENCH_PORT="${BENCH_PORT:-18480}"
BENCH_HEAP="${BENCH_HEAP:-256m}"
BENCH_PG_BIN="${BENCH_PG_BIN:-/usr/lib/postgresql/15/bin}"
BENCH_PG_DATA="$BENCH_WORK/pg"
BENCH_ADMIN_EMAIL="admin@bench.local"
BENCH_ADMIN_PASSWORD="bench-admin-password-1"
BENCH_BASE="http://127.0.0.1:$BENCH_PORT"
SERVICE_PID=""

bench_java_home() {
  if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
      if [ -x "$candidate/bin/java" ]; then export JAVA_HOME="$candidate"; break; fi
    done
  fi
  export PATH="$JAVA_HOME/bin:$PATH"
}

# One line: cores, RAM, JDK, kernel; the load is printed next to each figure instead.
bench_machine() {
  local ram jdk
  ram="$(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
  jdk="$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  echo "machine: $(nproc) cores, $ram RAM, $jdk, $(uname -sr)"
}

# The 1-minute load average, to print next to each figure (the cores are shared).
bench_load() {
  awk '{print $1}' /proc/loadavg
}

# The usual start of a service benchmark: a JDK, cleanup on exit, the machine's facts, the
# packaged service (rebuilt when stale) and a fresh PostgreSQL. Needs wrk with --wrk.
bench_begin() { # [--wrk]
  if [ "${1:-}" = --wrk ]; then
    command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
  fi
  bench_java_home
  trap bench_cleanup EXIT
  bench_machine
  bench_build
  bench_pg_start
}

# One wrk measurement with a Bearer token ("-": none), printed as one line: p50, p99, max, requests/s, the
# counts of requests, non-2xx answers and timeouts, and the load. Returns 1 (wrk's report on
# stderr) when some answer was not 2xx. Extra arguments go to wrk (e.g. --timeout 120s).
bench_wrk() { # name url duration token connections [wrk options...]
  local name="$1" url="$2" duration="$3" token="$4" connections="$5"
  shift 5
  local out p50 p99 max rps errors total timeouts
  local auth=()
  if [ "$token" != - ]; then auth=(-H "Authorization: Bearer $token"); fi
  out=$(wrk -t1 -c"$connections" -d"$duration" --latency "$@" "${auth[@]}" "$url")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  max=$(awk '$1 == "Latency" {print $4}' <<<"$out")
  rps=$(awk '$1 == "Requests/sec:" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  timeouts=$(awk '/Socket errors/ {print $NF}' <<<"$out")
  total=$(awk '/requests in/ {print $1}' <<<"$out")
  printf '  %-9s p50 %9s  p99 %9s  max %9s  %9s req/s  %s requests, %s not 2xx, %s timeouts  (load %s)\n' \
    "$name" "$p50" "$p99" "$max" "$rps" "$total" "${errors:-0}" "${timeouts:-0}" "$(bench_load)"
  if [ -n "$errors" ]; then
    echo "$out" >&2
    return 1
  fi
}

bench_build() {
  cd "$BENCH_ROOT"
  # a package older than the sources would measure old code: rebuild then too
  if [ "${BENCH_REBUILD:-0}" = 1 ] || [ ! -f target/quarkus-app/quarkus-run.jar ] ||
    [ -n "$(find src pom.xml -newer target/quarkus-app/quarkus-run.jar -print -quit)" ]; then
    echo "building the service (./mvnw -q package -DskipTests)..."
    ./mvnw -o -q package -DskipTests || ./mvnw -q package -DskipTests
  fi
}

# A fresh PostgreSQL 15 cluster from Debian's packages, owned by the postgres user (initdb
# refuses root), on loopback only, with the server defaults (fsync and synchronous_commit on).
# Statements over 250 ms are logged with their duration: that is where the import's time goes.
bench_pg_start() {
  bench_pg_stop
  rm -rf "$BENCH_PG_DATA"
  mkdir -p "$BENCH_WORK"
  chmod 755 "$BENCH_WORK"
  install -d -o postgres -g postgres "$BENCH_PG_DATA"
  runuser -u postgres -- "$BENCH_PG_BIN/initdb" -D "$BENCH_PG_DATA" -U postgres --auth=trust \
    -E UTF8 --locale=C.UTF-8 >/dev/null
  cat >>"$BENCH_PG_DATA/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $BENCH_PG_PORT
unix_socket_directories = '$BENCH_PG_DATA'
max_connections = 100
log_min_duration_statement = 250
log_line_prefix = '%m [%p] '
EOF
  # BENCH_EXPLAIN=1: log the plan of every statement over 1 s with actual times, buffers and
  # trigger (foreign key) times. Costs some speed; for profiling, not for the figures.
  if [ "${BENCH_STATEMENTS:-0}" = 1 ]; then
    echo "shared_preload_libraries = 'pg_stat_statements'" >>"$BENCH_PG_DATA/postgresql.conf"
  fi
  if [ "${BENCH_EXPLAIN:-0}" = 1 ]; then
    cat >>"$BENCH_PG_DATA/postgresql.conf" <<EOF
shared_preload_libraries = 'auto_explain'
auto_explain.log_min_duration = '1s'
auto_explain.log_analyze = on
auto_explain.log_buffers = on
auto_explain.log_triggers = on
auto_explain.log_timing = on
EOF
  fi
  runuser -u postgres -- "$BENCH_PG_BIN/pg_ctl" -D "$BENCH_PG_DATA" -l "$BENCH_PG_DATA/server.log" \
    -w start >/dev/null
  bench_psql postgres -c "create role rapport login password 'rapport'" >/dev/null
  bench_psql postgres -c "create database rapport owner rapport" >/dev/null
  if [[ ",${BENCH_WHATIF:-}," == *,memory,* ]]; then
    bench_psql postgres -c "alter role rapport set temp_buffers = '256MB'" \
      -c "alter role rapport set work_mem = '128MB'"
    echo "WHAT-IF memory: role rapport has temp_buffers=256MB, work_mem=128MB (not the default)"
  fi
  echo "postgresql: $("$BENCH_PG_BIN/postgres" --version) on 127.0.0.1:$BENCH_PG_PORT (data $BENCH_PG_DATA)"
}

bench_pg_stop() {
  if [ -f "$BENCH_PG_DATA/postmaster.pid" ]; then
    runuser -u postgres -- "$BENCH_PG_BIN/pg_ctl" -D "$BENCH_PG_DATA" -m fast -w stop >/dev/null || true
  fi
}

# psql as the superuser on the throwaway cluster: bench_psql DB [psql args...]
bench_psql() {
  local db="$1"
  shift
  PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$BENCH_PG_PORT" -U postgres -d "$db" "$@"
}

# Starts the packaged service against the throwaway cluster; extra JVM options as arguments.
# Its GC log goes to $BENCH_WORK/gc.log (peak heap is read from it).
bench_service_start() {
  if ss -ltn "( sport = :$BENCH_PORT )" | grep -q LISTEN; then
    echo "port $BENCH_PORT is taken: set BENCH_PORT" >&2
    return 1
  fi
  rm -f "$BENCH_WORK/gc.log"
  local jfr=()
  if [ "${BENCH_JFR:-0}" = 1 ]; then
    jfr=("-XX:StartFlightRecording=filename=$BENCH_WORK/service.jfr,settings=profile,dumponexit=true")
  fi
  (
    cd "$BENCH_WORK"
    DB_URL="jdbc:postgresql://127.0.0.1:$BENCH_PG_PORT/rapport" DB_USER=rapport DB_PASSWORD=rapport \
      PORT="$BENCH_PORT" RAPPORT_ADMIN_EMAIL="$BENCH_ADMIN_EMAIL" \
      RAPPORT_ADMIN_PASSWORD="$BENCH_ADMIN_PASSWORD" RAPPORT_PUBLIC_URL="$BENCH_BASE" \
      exec "$JAVA_HOME/bin/java" "-Xmx$BENCH_HEAP" "-Xlog:gc:file=$BENCH_WORK/gc.log" "${jfr[@]}" "$@" \
      -jar "$BENCH_ROOT/target/quarkus-app/quarkus-run.jar" >"$BENCH_WORK/service.log" 2>&1
  ) &
  SERVICE_PID=$!
  for _ in $(seq 1 120); do
    if curl -fs "$BENCH_BASE/q/health/ready" >/dev/null 2>&1; then
      echo "service: pid $SERVICE_PID on $BENCH_BASE, -Xmx$BENCH_HEAP"
      return 0
    fi
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then break; fi
    sleep 0.5
  done
  echo "the service did not start; see $BENCH_WORK/service.log" >&2
  tail -30 "$BENCH_WORK/service.log" >&2
  return 1
}

# BENCH_WHATIF=no-fk: drops the foreign keys the import's merge checks row by row. Call after the
# service has started (Flyway created them). Hibernate's validation does not look at them.
bench_whatif_after_start() {
  if [[ ",${BENCH_WHATIF:-}," == *,no-fk,* ]]; then
    bench_psql rapport -At <<'SQL'
do $$
declare r record;
begin
  for r in select conrelid::regclass as t, conname from pg_constraint
           where contype = 'f' and conrelid in ('contact'::regclass, 'context_hook'::regclass,
                                                 'list_member'::regclass)
  loop
    execute format('alter table %s drop constraint %I', r.t, r.conname);
  end loop;
end $$;
SQL
    echo "WHAT-IF no-fk: dropped the foreign keys of contact, context_hook, list_member (not the shipped schema)"
  fi
}

bench_service_stop() {
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID"
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  SERVICE_PID=""
}

bench_cleanup() {
  bench_service_stop
  bench_pg_stop
}

# A new user (created by the admin) and a personal token for them; prints the token.
# Bearer tokens are a SHA-256 lookup; Basic would measure bcrypt on every request.
bench_new_user_token() {
  local email="$1" password="bench-user-password-1"
  curl -fsS -u "$BENCH_ADMIN_EMAIL:$BENCH_ADMIN_PASSWORD" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"displayName\":\"Bench\",\"password\":\"$password\"}" \
    "$BENCH_BASE/api/users" >/dev/null
  curl -fsS -u "$email:$password" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
    "$BENCH_BASE/api/tokens" | jq -r .token
}

# POST JSON with the token; prints the answer's id.
bench_post_id() {
  local token="$1" path="$2" body="$3"
  curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$body" \
    "$BENCH_BASE$path" | jq -r .id
}

# Creates an email campaign named $2 for the user of token $1 and prints its id.
bench_new_campaign() {
  local token="$1" name="$2"
  bench_post_id "$token" /api/campaigns "$(jq -n --arg name "$name" '{
    name: $name, channel: "EMAIL", minutes: 20,
    intent: "I am moving from backend work into data platform engineering",
    ask: "a 20-minute video call", topic: "how your team decided what to build in-house",
    valueOffered: "my notes from migrating three teams off a self-hosted Kafka",
    senderName: "Sam Rivera", senderEmail: "sam@rivera.example", signature: "Sam"}')"
}

# A personal API token of the admin (named $1), for the admin endpoints (clock, tick).
bench_admin_token() {
  curl -fsS -u "$BENCH_ADMIN_EMAIL:$BENCH_ADMIN_PASSWORD" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$1\"}" "$BENCH_BASE/api/tokens" | jq -r .token
}

# Sets the service's clock (needs RAPPORT_TEST_CLOCK=true): admin token, ISO instant.
bench_set_clock() {
  curl -fsS -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    -d "{\"set\":\"$2\"}" "$BENCH_BASE/api/admin/clock" >/dev/null
}

# Seeds straight into the database: $1 users, each with $2 ACTIVE email campaigns (daily cap 10,
# window 09:00-17:00 UTC, every day of the week) and 100 contacts.
bench_seed_campaigns() { # owners campaigns-per-owner
  bench_psql rapport -v owners="$1" -v per="$2" <<'SQL'
insert into app_user (email, display_name, password_hash, role, created_at)
select 'sender' || g || '@bench.example', 'Sender ' || g, 'not-a-hash', 'USER', now()
from generate_series(1, :owners) g;

insert into campaign (owner_id, name, intent, ask, minutes, topic, channel, sender_name,
                      sender_email, status, daily_cap, window_start, window_end, time_zone,
                      send_days, created_at, updated_at)
select u.id, 'Campaign ' || k, 'I am moving into data platform engineering',
       'a 20-minute video call', 20, 'how your team decided what to build in-house', 'EMAIL',
       u.display_name, u.email, 'ACTIVE', 10, '09:00', '17:00', 'UTC',
       '{MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY}', now(), now()
from app_user u cross join generate_series(1, :per) k
where u.email like 'sender%@bench.example'
order by u.id, k;

insert into contact (owner_id, dedupe_key, first_name, last_name, email, time_zone,
                     relationship, tags, created_at, updated_at)
select u.id, 'e:person' || g || '.' || u.id || '@company.example',
       (array['Ana','Ben','Chloe','Dev','Elif','Femi','Greta','Hiro'])[1 + g % 8], 'Chen',
       'person' || g || '.' || u.id || '@company.example', 'UTC', 'PEER', '{}', now(), now()
from app_user u cross join generate_series(1, 100) g
where u.email like 'sender%@bench.example';
SQL
}

# Adds approved invitations so that each of the $2 campaigns holds $1/$2 of them; the n-th
# contact of the owner goes to the n-th slot of each campaign's queue (unique per campaign).
bench_grow_queue() { # total campaigns
  local per_campaign=$(($1 / $2)) from
  from=$(bench_psql rapport -At -c "select coalesce(max(n), 0) from (select count(*) n from invitation group by campaign_id) s")
  bench_psql rapport -v from="$from" -v upto="$per_campaign" <<'SQL'
insert into invitation (id, owner_id, campaign_id, contact_id, recipient_id, context_type,
                        template_name, kind, channel, subject, body, state, approved_at,
                        approved_by, created_at, updated_at)
select nextval('invitation_seq'), c.owner_id, c.id, ct.id, ct.id, 'BLOG_POST', 'blog-post-email',
       'INVITATION', 'EMAIL', 'Your post on schema migrations',
       'Hi ' || ct.first_name || E',\n\nI read your post on schema migrations. Would you have 20'
         || E' minutes for a digital coffee?\n\nNo worries at all if not.\n\nSam',
       'APPROVED', timestamptz '2026-11-01 00:00Z' + make_interval(secs => g * 60 + c.id % 60),
       c.owner_id, now(), now()
from campaign c
cross join generate_series(:from + 1, :upto) g
join contact ct on ct.owner_id = c.owner_id and ct.dedupe_key = 'e:person' || g || '.' || c.owner_id || '@company.example'
where c.status = 'ACTIVE';
SQL
  bench_psql rapport -c "vacuum analyze invitation" -c "vacuum analyze campaign" \
    -c "vacuum analyze contact" -c "vacuum analyze quota" -c "vacuum analyze sender_quota"
}

# Peak heap from the GC log (-Xlog:gc): the largest "before" figure of any collection is the
# most the heap held (live + garbage) before G1 reclaimed it; the largest "after" figure is the
# most that survived a collection (the live set). Both in MB; lines after byte offset $1 only.
bench_heap_from_gc_log() {
  local from="${1:-0}"
  tail -c +"$((from + 1))" "$BENCH_WORK/gc.log" |
    grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' |
    awk -F'[M>(-]+' '{ if ($1 > b) b = $1; if ($2 > a) a = $2; if ($3 > c) c = $3 }
                     END { printf "%d %d %d\n", b, a, c }'
}

# CPU seconds used so far by the whole PostgreSQL cluster: the postmaster, its live children
# (backends, checkpointer, WAL writer...) and the children that have exited (cutime/cstime).
# CPU time, unlike wall time, barely changes with what else runs on the shared cores.
bench_pg_cpu() {
  local master ticks
  master=$(head -1 "$BENCH_PG_DATA/postmaster.pid")
  ticks=$(
    {
      awk '{print $14 + $15 + $16 + $17}' "/proc/$master/stat"
      for child in $(pgrep -P "$master"); do
        awk '{print $14 + $15}' "/proc/$child/stat" 2>/dev/null || true
      done
    } | awk '{s += $1} END {print s}'
  )
  echo "scale=2; $ticks / $(getconf CLK_TCK)" | bc
}

# CPU seconds used so far by a process (user + system).
bench_proc_cpu() {
  awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f\n", ($14 + $15) / hz}' "/proc/$1/stat"
}

bench_gc_log_size() {
  stat -c %s "$BENCH_WORK/gc.log" 2>/dev/null || echo 0
}
