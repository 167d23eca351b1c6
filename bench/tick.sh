#!/usr/bin/env bash
# Benchmark of issue 5: the dispatch tick with 10,000 active campaigns and 100,000, then
# 1,000,000 approved invitations in the queue. Goal: a tick at 1M takes ≤ 1.5× a tick at 100k.
#
#   bench/tick.sh    (BENCH_ROUNDS=10 BENCH_WARMUP=10 BENCH_STEP_SECONDS=60 BENCH_OWNERS=2000 BENCH_CAMPAIGNS=10000
#                     BENCH_QUEUES="100000 1000000")
#
# Starts a throwaway Debian PostgreSQL 15 cluster and the packaged service (-Xmx256m) with the
# test clock on (RAPPORT_TEST_CLOCK=true), the scheduled tick off (RAPPORT_DISPATCH_ENABLED=false:
# only the ticks asked for run) and no SMTP_HOST, so every email goes to the file outbox
# ($BENCH_WORK/outbox). Seeds straight into the database with generate_series:
#   BENCH_OWNERS users, each with BENCH_CAMPAIGNS/BENCH_OWNERS ACTIVE email campaigns (daily cap
#   10, window 09:00–17:00 UTC, every day of the week: 5 × 10 = the sender's daily ceiling of 50)
#   and 100 contacts; approved invitations spread evenly over the campaigns, ids from
#   invitation_seq, oldest approval first.
# For each queue size (grown in place: the 1M phase adds 900k approved invitations behind the
# ones left; the same day and clock times again, with the quota rows of the phase before
# deleted, so every campaign has the same plan and the same slots due), with the tick timed
# through POST /api/admin/dispatch/tick (admin bearer token: no bcrypt per request):
#   idle tick     clock at 08:00 UTC, before every window: nothing is due, but the tick still
#                 plans every campaign and reads its effective cap (what every tick pays);
#   sending tick  clock from 09:00, moved BENCH_STEP_SECONDS forward before each tick: each tick
#                 claims and sends what fell due in that step (≈ 10,000 × 10 / 480 min per
#                 minute), the steady state of a 15 s scheduler at this scale, compressed.
# The first BENCH_WARMUP=10 sending ticks of the day (09:01–09:10; the first slots lie a few
# minutes into the window) are not reported: they warm the JIT and the caches. Then BENCH_ROUNDS
# idle ticks at 08:00 and BENCH_ROUNDS sending ticks from 09:11. Prints
# p50/p99 (nearest rank; with 10 rounds p99 is the slowest), claims per tick, CPU seconds of the
# service and of PostgreSQL per tick (less sensitive to the shared cores than wall time) and the
# 1-minute load, then the ratios 1M / 100k. The sending ticks of both phases claim the same
# number of invitations (same campaigns, day and clock, queues never run dry), so the ratio
# compares like with like. BENCH_EXPLAIN=1 also prints the plans of the claim's statements.
source "$(dirname "$0")/lib.sh"

ROUNDS="${BENCH_ROUNDS:-10}"
WARMUP="${BENCH_WARMUP:-10}"
STEP="${BENCH_STEP_SECONDS:-60}"
OWNERS="${BENCH_OWNERS:-2000}"
CAMPAIGNS="${BENCH_CAMPAIGNS:-10000}"
QUEUES="${BENCH_QUEUES:-100000 1000000}"
PER_OWNER=$((CAMPAIGNS / OWNERS))
# a Monday (every day is a send day for the seeded campaigns)
DAY=2026-11-30

bench_begin
mkdir -p "$BENCH_WORK/outbox"
rm -rf "${BENCH_WORK:?}/outbox/"*
export RAPPORT_TEST_CLOCK=true RAPPORT_DISPATCH_ENABLED=false RAPPORT_OUTBOX="$BENCH_WORK/outbox"
unset SMTP_HOST
bench_service_start
admin_token=$(bench_admin_token tick-bench)

seed_campaigns() { bench_seed_campaigns "$OWNERS" "$PER_OWNER"; }
grow_queue() { bench_grow_queue "$1" "$CAMPAIGNS"; }
set_clock() { bench_set_clock "$admin_token" "$1"; }

# One tick; appends "seconds claimed campaigns service_cpu pg_cpu" to $1.
timed_tick() {
  local out cpu_s0 cpu_p0 cpu_s1 cpu_p1
  cpu_s0=$(bench_proc_cpu "$SERVICE_PID")
  cpu_p0=$(bench_pg_cpu)
  out=$(curl -fsS -X POST -H "Authorization: Bearer $admin_token" \
    -w '\n%{time_total}' "$BENCH_BASE/api/admin/dispatch/tick")
  cpu_s1=$(bench_proc_cpu "$SERVICE_PID")
  cpu_p1=$(bench_pg_cpu)
  echo "$(tail -1 <<<"$out") $(head -1 <<<"$out" | jq -r '"\(.claimed) \(.campaigns)"') \
$(echo "$cpu_s1 - $cpu_s0" | bc -l) $(echo "$cpu_p1 - $cpu_p0" | bc -l)" >>"$1"
}

# p50 p99 of column $2 of file $1 (nearest rank)
percentiles() {
  sort -g -k"$2","$2" "$1" | awk -v c="$2" '{v[NR] = $c}
    END { i50 = int((NR * 50 + 99) / 100); i99 = int((NR * 99 + 99) / 100);
          printf "%.3f %.3f\n", v[i50], v[i99] }'
}

mean() { awk -v c="$2" '{s += $c} END {printf "%.2f\n", s / NR}' "$1"; }

# CPU milliseconds (service + PostgreSQL) per claimed invitation over the file's ticks
cpu_per_claim() { awk '{c += $2; s += $4 + $5} END {printf "%.1f\n", c ? 1000 * s / c : 0}' "$1"; }

report() { # label file
  local p
  p=$(percentiles "$2" 1)
  printf '  %-13s p50 %7.3f s  p99 %7.3f s  claimed/tick %6s  cpu/tick service %5s s, pg %5s s, per claim %s ms  (load %s)\n' \
    "$1" ${p% *} ${p#* } "$(mean "$2" 2)" "$(mean "$2" 4)" "$(mean "$2" 5)" "$(cpu_per_claim "$2")" "$(bench_load)"
}

seed_start=$(date +%s)
seed_campaigns
echo "seeded $OWNERS owners, $CAMPAIGNS active campaigns, $((OWNERS * 100)) contacts in $(($(date +%s) - seed_start)) s"

declare -A idle_p50 send_p50 send_p99 idle_p99 send_cpu idle_cpu
for queue in $QUEUES; do
  day="$DAY"
  t0=$(date +%s)
  grow_queue "$queue"
  # the day starts afresh: same plans, same slots due as in the phase before
  bench_psql rapport -c "delete from quota" -c "delete from sender_quota"
  approved=$(bench_psql rapport -At -c "select count(*) from invitation where state = 'APPROVED'")
  total=$(bench_psql rapport -At -c "select count(*) from invitation")
  echo "queue: $approved approved ($total invitations in all) after $(($(date +%s) - t0)) s of seeding; day $day"
  idle="$BENCH_WORK/idle-$queue.txt"
  send="$BENCH_WORK/send-$queue.txt"
  rm -f "$idle" "$send"
  # warm-up (JIT, caches, and the first slots of the day): sending ticks from 09:00
  start=$(date -u -d "${day}T09:00:00Z" +%s)
  for r in $(seq 1 "$WARMUP"); do
    set_clock "$(date -u -d "@$((start + r * STEP))" +%Y-%m-%dT%H:%M:%SZ)"
    timed_tick /dev/null
  done
  set_clock "${day}T08:00:00Z"
  for _ in $(seq 1 "$ROUNDS"); do timed_tick "$idle"; done
  for r in $(seq "$((WARMUP + 1))" "$((WARMUP + ROUNDS))"); do
    set_clock "$(date -u -d "@$((start + r * STEP))" +%Y-%m-%dT%H:%M:%SZ)"
    timed_tick "$send"
  done
  echo "approved $queue ($ROUNDS ticks each; sending: clock +${STEP}s before each tick):"
  report "idle tick" "$idle"
  report "sending tick" "$send"
  read -r idle_p50[$queue] idle_p99[$queue] <<<"$(percentiles "$idle" 1)"
  read -r send_p50[$queue] send_p99[$queue] <<<"$(percentiles "$send" 1)"
  send_cpu[$queue]=$(cpu_per_claim "$send")
  idle_cpu[$queue]=$(awk '{s += $4 + $5} END {printf "%.3f\n", s / NR}' "$idle")
done

set -- $QUEUES
if [ $# -ge 2 ]; then
  small=$1 large=$2
  printf 'ratio %s / %s: idle p50 %.2f×, p99 %.2f×; sending p50 %.2f×, p99 %.2f× (goal ≤ 1.5×)\n' \
    "$large" "$small" \
    "$(echo "${idle_p50[$large]} / ${idle_p50[$small]}" | bc -l)" \
    "$(echo "${idle_p99[$large]} / ${idle_p99[$small]}" | bc -l)" \
    "$(echo "${send_p50[$large]} / ${send_p50[$small]}" | bc -l)" \
    "$(echo "${send_p99[$large]} / ${send_p99[$small]}" | bc -l)"
  printf 'ratio by CPU seconds (service + PostgreSQL): idle tick %.2f×, sending per claim %.2f×\n' \
    "$(echo "${idle_cpu[$large]} / ${idle_cpu[$small]}" | bc -l)" \
    "$(echo "${send_cpu[$large]} / ${send_cpu[$small]}" | bc -l)"
fi
echo "sent: $(bench_psql rapport -At -c "select count(*) from invitation where state = 'SENT'") (outbox files: $(find "$BENCH_WORK/outbox" -name '*.eml' | wc -l)); other states: $(bench_psql rapport -At -c "select string_agg(state || '=' || n, ' ') from (select state, count(*) n from invitation where state not in ('APPROVED', 'SENT') group by state) s")"
echo "service heap over the run (GC log): peak/live/committed MB = $(bench_heap_from_gc_log 0)"

# The plans of what a claim runs, at the last queue size, on a campaign still holding a queue.
if [ "${BENCH_EXPLAIN:-0}" = 1 ]; then
  campaign=$(bench_psql rapport -At -c "select min(id) from campaign where status = 'ACTIVE'")
  owner=$(bench_psql rapport -At -c "select owner_id from campaign where id = $campaign")
  for sql in \
    "select id, owner_id, message_id, email_date, attempts from invitation where campaign_id = $campaign and state = 'APPROVED' and (next_attempt_at is null or next_attempt_at <= now()) and not exists (select 1 from contact sc join suppression ss on ss.owner_id = sc.owner_id and ss.address_hash = encode(sha256(convert_to(sc.dedupe_key, 'UTF8')), 'hex') where sc.id = invitation.recipient_id) order by queue_position nulls last, approved_at, id limit 1 for update skip locked" \
    "select count(*) from invitation where owner_id = $owner and state = 'ACCEPTED'" \
    "select count(*) from (select state from invitation where campaign_id = $campaign and (sent_at is not null or state = 'BOUNCED') and coalesce(sent_at, claimed_at, updated_at) >= 'epoch' order by coalesce(sent_at, claimed_at, updated_at) desc limit 20) s" \
    "update invitation set state = 'UNKNOWN' where state = 'SENDING' and lease_until < now() returning id"; do
    echo "$sql"
    bench_psql rapport -c "begin" -c "explain (analyze, buffers) $sql" -c "rollback" |
      grep -E 'Scan|Execution Time|Rows Removed'
  done
  echo "slow statements (> 250 ms) in the PostgreSQL log: $(grep -c 'duration:' "$BENCH_PG_DATA/server.log" || true)"
fi
