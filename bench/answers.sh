#!/usr/bin/env bash
# RELIABILITY.md 29, measured: the recipients' answer pages under load while dispatch runs.
#
#   bench/answers.sh    (BENCH_OWNERS=200 BENCH_CAMPAIGNS=1000 BENCH_QUEUE=100000
#                        BENCH_DURATION=30s BENCH_CONNECTIONS=8 BENCH_STEP_SECONDS=60)
#
# Starts a throwaway PostgreSQL 15 and the packaged service (-Xmx256m) with the test clock on, the
# scheduled tick off and no SMTP host (mail goes to the file outbox), and the public pages' rate
# limit raised out of the way (one client address sends everything here). Seeds, as bench/tick.sh
# does, BENCH_OWNERS senders with BENCH_CAMPAIGNS active email campaigns and BENCH_QUEUE approved
# invitations, then sends the first two hours of a day (ticks with the clock moved 10 minutes
# each) and signs an accept link for each sent invitation with the answer key it gave the service
# (RAPPORT_ANSWER_KEYS). Then, wrk with 1 thread and
# BENCH_CONNECTIONS connections for BENCH_DURATION each:
#   quiet     GET /q/health/live (the trivial endpoint), then POST /a/{token} cycling through the
#             links, each request switching that invitation between accept and decline (so every
#             one writes: the answer row, the invitation's state, its audit line);
#   dispatch  the same two while a loop ticks the dispatcher without pause, the clock moved
#             BENCH_STEP_SECONDS before each tick (the sending day compressed: each tick claims and
#             writes what fell due).
# Prints p50/p99 of each and the ratios; the goal set for item 29 here: answers keep p99 within
# 2× of their quiet p99 while dispatch runs, and no answer fails (non-2xx).
source "$(dirname "$0")/lib.sh"

OWNERS="${BENCH_OWNERS:-200}"
CAMPAIGNS="${BENCH_CAMPAIGNS:-1000}"
QUEUE="${BENCH_QUEUE:-100000}"
DURATION="${BENCH_DURATION:-30s}"
CONNECTIONS="${BENCH_CONNECTIONS:-8}"
STEP="${BENCH_STEP_SECONDS:-60}"
DAY=2026-11-30

bench_begin --wrk
mkdir -p "$BENCH_WORK/outbox"
rm -rf "${BENCH_WORK:?}/outbox/"*
BENCH_KEY=$(head -c 32 /dev/urandom | base64 -w0)
export RAPPORT_TEST_CLOCK=true RAPPORT_DISPATCH_ENABLED=false RAPPORT_OUTBOX="$BENCH_WORK/outbox"
export RAPPORT_ANSWER_KEYS="bench:$BENCH_KEY"
unset SMTP_HOST
bench_service_start -Drapport.answers.rate-limit.burst=100000000 \
  -Drapport.answers.rate-limit.per-minute=100000000
admin_token=$(bench_admin_token answers-bench)
bench_seed_campaigns "$OWNERS" "$((CAMPAIGNS / OWNERS))"
bench_grow_queue "$QUEUE" "$CAMPAIGNS"
echo "seeded $OWNERS senders, $CAMPAIGNS campaigns, $QUEUE approved invitations"

start=$(date -u -d "${DAY}T09:00:00Z" +%s)
tick_at() { # seconds since the epoch
  bench_set_clock "$admin_token" "$(date -u -d "@$1" +%Y-%m-%dT%H:%M:%SZ)"
  curl -fsS -X POST -H "Authorization: Bearer $admin_token" "$BENCH_BASE/api/admin/dispatch/tick" |
    jq -r .claimed
}
for r in $(seq 1 12); do tick_at $((start + r * 600)) >/dev/null; done
# The seeded bodies carry no links (drafting writes them), so the links are signed here with the
# key the service was given, exactly as AnswerTokens does: v1.<key>.<id, 'A', expiry>.<HMAC>.
cat >"$BENCH_WORK/sign.py" <<'PY'
import base64, hashlib, hmac, struct, sys
secret, expiry = base64.b64decode(sys.argv[1]), int(sys.argv[2])
b64 = lambda raw: base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
for line in sys.stdin:
    signed = "v1.bench." + b64(struct.pack(">qcq", int(line), b"A", expiry))
    print("/a/" + signed + "." + b64(hmac.new(secret, signed.encode(), hashlib.sha256).digest()))
PY
bench_psql rapport -At -c "select id from invitation where state = 'SENT' order by id" |
  python3 "$BENCH_WORK/sign.py" "$BENCH_KEY" "$(date -u -d "${DAY}T00:00:00Z + 90 days" +%s)" \
    >"$BENCH_WORK/answer-links.txt"
echo "sent $(find "$BENCH_WORK/outbox" -name '*.eml' | wc -l) emails; $(wc -l <"$BENCH_WORK/answer-links.txt") accept links to answer"

cat >"$BENCH_WORK/answers.lua" <<LUA
local paths = {}
for line in io.lines("$BENCH_WORK/answer-links.txt") do paths[#paths + 1] = line end
local n = 0
request = function()
  n = n + 1
  local choice = (math.floor((n - 1) / #paths) % 2 == 0) and "accept" or "decline"
  return wrk.format("POST", paths[(n - 1) % #paths + 1],
    {["Content-Type"] = "application/x-www-form-urlencoded"}, "choice=" .. choice)
end
LUA

measure() { # label
  echo "$1:"
  bench_wrk trivial "$BENCH_BASE/q/health/live" "$DURATION" - "$CONNECTIONS" | tee "$BENCH_WORK/$1-trivial.txt"
  bench_wrk answers "$BENCH_BASE/" "$DURATION" - "$CONNECTIONS" -s "$BENCH_WORK/answers.lua" |
    tee "$BENCH_WORK/$1-answers.txt"
}
p99_ms() { # file: wrk's p99 in ms
  awk '{for (i = 1; i <= NF; i++) if ($i == "p99") print $(i + 1)}' "$1" |
    sed -E 's/([0-9.]+)us/\1 0.001/; s/([0-9.]+)ms/\1 1/; s/([0-9.]+)s$/\1 1000/' |
    awk '{printf "%.3f\n", $1 * $2}'
}

# warm-up, not reported: the JIT, the pool, the answer statements
wrk -t1 -c"$CONNECTIONS" -d10s -s "$BENCH_WORK/answers.lua" "$BENCH_BASE/" >/dev/null
wrk -t1 -c"$CONNECTIONS" -d5s "$BENCH_BASE/q/health/live" >/dev/null
measure quiet

touch "$BENCH_WORK/dispatching"
(
  t=$((start + 7200))
  ticks=0 claimed=0
  while [ -f "$BENCH_WORK/dispatching" ]; do
    t=$((t + STEP))
    c=$(tick_at "$t")
    ticks=$((ticks + 1)) claimed=$((claimed + c))
  done
  echo "$ticks $claimed" >"$BENCH_WORK/dispatch-count.txt"
) &
dispatcher=$!
sleep 2
measure dispatch
rm -f "$BENCH_WORK/dispatching"
wait "$dispatcher"
read -r ticks claimed <"$BENCH_WORK/dispatch-count.txt"
echo "dispatch during the measurement: $ticks ticks, $claimed invitations claimed and written to the outbox"

quiet=$(p99_ms "$BENCH_WORK/quiet-answers.txt")
busy=$(p99_ms "$BENCH_WORK/dispatch-answers.txt")
trivial=$(p99_ms "$BENCH_WORK/quiet-trivial.txt")
printf 'answers p99: %.2f ms quiet, %.2f ms during dispatch = %.2f× (goal ≤ 2×); %.1f× the trivial endpoint'"'"'s quiet p99 (%.2f ms)\n' \
  "$quiet" "$busy" "$(echo "$busy / $quiet" | bc -l)" "$(echo "$busy / $trivial" | bc -l)" "$trivial"
echo "answers recorded: $(bench_psql rapport -At -c "select count(*) || ' rows, ' || sum(changes) || ' changes' from answer")"
echo "invitations by state: $(bench_psql rapport -At -c "select string_agg(state || '=' || n, ' ') from (select state, count(*) n from invitation group by state order by state) s")"
