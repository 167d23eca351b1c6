#!/usr/bin/env bash
# Benchmark of issue 6: GET /api/metrics and GET /api/campaigns/{id}/metrics for one owner with
# 1,000,000 invitations, beside a trivial endpoint, in the same run. The service keeps computed
# reports until the data changes (app.rapport.metrics.AcceptanceMetrics, V6__metrics_version.sql).
#
#   bench/metrics.sh           (BENCH_INVITATIONS=1000000 BENCH_CAMPAIGNS=100 BENCH_ROUNDS=2
#                               BENCH_DURATION=20s BENCH_SLOW_DURATION=90s BENCH_CONNECTIONS=1
#                               BENCH_WRITE_EVERY=2)
#
# Starts a throwaway Debian PostgreSQL 15 cluster and the packaged service (-Xmx256m), creates a
# user, a personal API token and one campaign through the API, then seeds straight into the
# database with generate_series: BENCH_CAMPAIGNS campaigns (copies of the first, one in five
# MANUAL), 200,000 contacts (four relationships) with one dated context each (six types, published
# over two years), and BENCH_INVITATIONS invitations spread over the campaigns (two template
# variants per context type, one in ten without a context), in every state: 3 % drafted, 2 %
# rejected, 5 % approved, 90 % sent over the last year between 09:00 and 17:00 UTC, of which a
# third answered (accepted, met, declined, opted out, replied) after 1 minute to 7 days, the rest
# bounced, waiting or no reply. The seed skips the foreign-key checks and triggers
# (session_replication_role = replica; the rows are consistent by construction) to be quicker, and
# records one metrics change for the owner at the end. Then VACUUM ANALYZE, one request of each
# endpoint (the computation, timed: what the first request after a change costs) to check the
# answers, and per round wrk (-t1, BENCH_CONNECTIONS connections, --timeout 120s, --latency):
#   quiet data (nothing written):
#     all        GET /api/metrics                       (1,000,000 invitations)
#     campaign   GET /api/campaigns/{first}/metrics     (10,000 invitations)
#     trivial    GET /q/health/live
#   while a writer changes one invitation every BENCH_WRITE_EVERY seconds (a send's update: 100
#   active campaigns at 30 a day over 8 hours write about every 10 s):
#     page       GET /api/metrics?maxAge=600            (what the metrics page asks)
#     exact      GET /api/metrics                       (BENCH_SLOW_DURATION: each ~a computation)
#     trivial    GET /q/health/live
# authenticated with "Authorization: Bearer <token>", after a warm-up (the single requests that
# check the answers, then 10 s of each endpoint). Prints p50/p99/max, requests and requests/s per
# endpoint and round; goal: p99 of the metrics at most 5x the trivial endpoint's. Afterwards, the
# statements PostgreSQL logged over 1 s during the load (log_min_duration_statement), grouped.
source "$(dirname "$0")/lib.sh"

INVITATIONS="${BENCH_INVITATIONS:-1000000}"
CAMPAIGNS="${BENCH_CAMPAIGNS:-100}"
ROUNDS="${BENCH_ROUNDS:-2}"
DURATION="${BENCH_DURATION:-20s}"
SLOW_DURATION="${BENCH_SLOW_DURATION:-90s}"
WRITE_EVERY="${BENCH_WRITE_EVERY:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-1}"
CONTACTS=200000

bench_begin --wrk
# the answers jobs (no-reply sweep, safeguards) would expire the seeded waiting invitations in the
# middle of a measurement; the seeded campaigns are PAUSED, so dispatch has nothing to send either
export RAPPORT_ANSWERS_JOBS_EVERY=off
bench_service_start
token="$(bench_new_user_token "metrics@bench.local")"
owner=$(curl -fsS -H "Authorization: Bearer $token" "$BENCH_BASE/api/me" | jq -r .id)
first=$(bench_new_campaign "$token" "Data platform coffees 1")

seed_start=$(date +%s.%N)
bench_psql rapport -v owner="$owner" -v first="$first" -v n="$INVITATIONS" \
  -v campaigns="$CAMPAIGNS" -v contacts="$CONTACTS" <<'SQL'
-- no foreign-key checks while seeding: every id below exists by construction
set session_replication_role = replica;
insert into campaign (owner_id, name, intent, ask, minutes, topic, value_offered, channel,
                      sender_name, sender_email, signature, status, created_at, updated_at)
select owner_id, 'Data platform coffees ' || g, intent, ask, minutes, topic, value_offered,
       case when g % 5 = 0 then 'MANUAL' else 'EMAIL' end, sender_name, sender_email, signature,
       'PAUSED', now(), now()
from campaign, generate_series(2, :campaigns) g where id = :first;

insert into contact (owner_id, dedupe_key, first_name, last_name, email, company, title,
                     relationship, tags, created_at, updated_at)
select :owner, 'e:person' || g || '@company' || (g % 97) || '.example',
       (array['Ana','Ben','Chloe','Dev','Elif','Femi','Greta','Hiro'])[1 + g % 8],
       (array['Almeida','Brandt','Chen','Dubois','Eze','Fischer'])[1 + g % 6],
       'person' || g || '@company' || (g % 97) || '.example', 'Company ' || (g % 97),
       'Staff Engineer', (array['PEER','SENIOR','JUNIOR','UNKNOWN'])[1 + (g * 7) % 4], '{}',
       now(), now()
from generate_series(1, :contacts) g;

insert into context_hook (owner_id, contact_id, type, title, url, published_on, note, hook_key,
                          created_at)
select :owner, c.id,
       (array['BLOG_POST','ARTICLE','TALK','ORGANISATION','CONGRATULATION','OTHER'])[1 + c.id % 6],
       'Notes, part ' || c.id, 'https://blog.example/posts/' || c.id,
       date '2026-11-20' - ((c.id * 7919) % 730)::int, 'the rollback plan', md5(c.id::text), now()
from contact c where c.owner_id = :owner;

-- g -> campaign (g % campaigns), a contact distinct within the campaign, a pseudo-random r
create temporary table seed as
select g, cs.id as campaign_id, cs.channel,
       (select min(id) from contact where owner_id = :owner)
         + ((g / :campaigns) + (g % :campaigns) * 1999) % :contacts as contact_id,
       (g::bigint * 2654435761) % 1000 as r,
       (g::bigint * 40503) % 604800 as spread
from generate_series(0, :n - 1) g
join (select id, channel, row_number() over (order by id) - 1 as k from campaign
      where owner_id = :owner) cs on cs.k = g % :campaigns;

insert into invitation (id, owner_id, campaign_id, contact_id, recipient_id, hook_id,
                        context_type, template_name, kind, channel, subject, body, state,
                        sent_at, created_at, updated_at)
select nextval('invitation_seq'), :owner, s.campaign_id, s.contact_id, s.contact_id,
       case when s.r % 10 = 9 then null else h.id end,
       case when s.r % 10 = 9 then null else h.type end,
       lower(case when s.r % 10 = 9 then 'no-context' else h.type end)
         || case when s.g % 2 = 0 then '-a' else '-b' end,
       'INVITATION', s.channel, 'A coffee?', 'Hi, a short note about your post.',
       case when s.r < 30 then 'DRAFTED' when s.r < 50 then 'REJECTED'
            when s.r < 100 then 'APPROVED' when s.r < 220 then 'ACCEPTED'
            when s.r < 270 then 'MET' when s.r < 350 then 'DECLINED'
            when s.r < 370 then 'OPTED_OUT' when s.r < 430 then 'REPLIED'
            when s.r < 450 then 'BOUNCED' when s.r < 550 then 'SENT' else 'NO_REPLY' end,
       case when s.r < 100 then null
            else timestamptz '2025-11-20 09:00:00+00' + (s.g % 365) * interval '1 day'
                 + ((s.g::bigint * 7919) % 28800) * interval '1 second'
                 + (s.g % 1000) * interval '1 millisecond' end,
       now(), now()
from seed s join context_hook h on h.contact_id = s.contact_id;

insert into answer (invitation_id, owner_id, campaign_id, choice, source, first_answered_at,
                    answered_at)
select i.id, i.owner_id, i.campaign_id,
       case i.state when 'ACCEPTED' then 'ACCEPT' when 'MET' then 'ACCEPT'
                    when 'DECLINED' then 'DECLINE' when 'OPTED_OUT' then 'OPT_OUT'
                    else 'REPLY' end,
       'LINK', i.sent_at + (60 + (i.id * 40503) % 604740) * interval '1 second',
       i.sent_at + (60 + (i.id * 40503) % 604740) * interval '1 second'
from invitation i
where i.owner_id = :owner and i.state in ('ACCEPTED', 'MET', 'DECLINED', 'OPTED_OUT', 'REPLIED');

-- the triggers were off: record the seed as one change of the owner's metrics
insert into metrics_change (owner_id) values (:owner);
SQL
printf 'seeded in %.0f s (load %s)\n' "$(echo "$(date +%s.%N) - $seed_start" | bc -l)" "$(bench_load)"
bench_psql rapport -c "vacuum analyze contact" -c "vacuum analyze context_hook" \
  -c "vacuum analyze invitation" -c "vacuum analyze answer" -c "vacuum analyze campaign"
bench_psql rapport -At -F ' ' -c "select 'invitations', count(*) from invitation where owner_id = $owner" \
  -c "select 'answers', count(*) from answer where owner_id = $owner" \
  -c "select 'invitations of the first campaign', count(*) from invitation where campaign_id = $first"

all="$BENCH_BASE/api/metrics"
one="$BENCH_BASE/api/campaigns/$first/metrics"
live="$BENCH_BASE/q/health/live"
# the endpoints answer what we think they answer (each request timed once, which also warms up)
for name in all one; do
  url=${!name}
  t=$(curl -fsS -o "$BENCH_WORK/$name.json" -w '%{time_total}' -H "Authorization: Bearer $token" "$url")
  printf 'single request %s: %s s, %s bytes (load %s)\n' "$url" "$t" \
    "$(wc -c <"$BENCH_WORK/$name.json")" "$(bench_load)"
done
jq -c '{drafted: .totals.drafted, sent: .totals.sent, accepted: .totals.accepted,
  median: .totals.medianSecondsToAnswer, campaigns: (.byCampaign | length),
  days: (.daily | length), weeks: (.weekly | length)}' "$BENCH_WORK/all.json"
jq -c '{campaign: .totals.drafted, days: (.daily | length)}' "$BENCH_WORK/one.json"

measure() { # name url duration
  bench_wrk "$1" "$2" "$3" "$token" "$CONNECTIONS" --timeout 120s || true
}

echo "warm-up: 10 s of each endpoint (not reported; the JIT compiles the kept-report path)"
for url in "$all" "$one" "$live"; do
  wrk -t1 -c"$CONNECTIONS" -d10s -H "Authorization: Bearer $token" "$url" >/dev/null
done
log_from=$(stat -c %s "$BENCH_PG_DATA/server.log")
for round in $(seq 1 "$ROUNDS"); do
  echo "round $round, quiet data: wrk -t1 -c$CONNECTIONS --timeout 120s --latency -d$DURATION"
  measure "all" "$all" "$DURATION"
  measure "campaign" "$one" "$DURATION"
  measure "trivial" "$live" "$DURATION"
done

# a writer: one invitation's update every WRITE_EVERY s, in its own transaction, as a send would
changed=$(bench_psql rapport -At -c "select id from invitation where owner_id = $owner and state = 'SENT' order by id limit 1")
writer() {
  while true; do
    bench_psql rapport -q -c "update invitation set updated_at = now() where id = $changed" >/dev/null
    sleep "$WRITE_EVERY"
  done
}
writer &
writer_pid=$!
trap 'kill "$writer_pid" 2>/dev/null || true; bench_cleanup' EXIT
for round in $(seq 1 "$ROUNDS"); do
  echo "round $round, one write every $WRITE_EVERY s: wrk -t1 -c$CONNECTIONS --timeout 120s --latency (exact -d$SLOW_DURATION, others -d$DURATION)"
  measure "page" "$all?maxAge=600" "$DURATION"
  measure "exact" "$all" "$SLOW_DURATION"
  measure "trivial" "$live" "$DURATION"
done
kill "$writer_pid" 2>/dev/null || true
wait "$writer_pid" 2>/dev/null || true
# What the version triggers cost a writer: the same statement with the triggers and with them off
# (session_replication_role = replica), 5 times in one session and one transaction, rolled back;
# the median of the 5 (the first call of a session also compiles the trigger function, which a
# pooled connection pays once).
echo "trigger cost (median ms of 5 in one session; with triggers / without), 3 times each:"
write_cost() { # label statement
  local with without
  with=$(median_time "" "$2")
  without=$(median_time "set local session_replication_role = replica" "$2")
  printf '  %-44s %9s / %9s\n' "$1" "$with" "$without"
}
median_time() { # setting statement
  local args=(-c "begin")
  [ -n "$1" ] && args+=(-c "$1")
  args+=(-c "\\timing on")
  for _ in 1 2 3 4 5; do args+=(-c "$2"); done
  args+=(-c "rollback")
  bench_psql rapport -At "${args[@]}" | awk '/^Time:/ {print $2}' | head -5 | sort -n | sed -n 3p
}
for i in 1 2 3; do
  write_cost "bulk: 10,000 invitations in one statement" \
    "update invitation set updated_at = now() where owner_id = $owner and id in (select id from invitation where owner_id = $owner order by id limit 10000)"
  write_cost "one invitation" "update invitation set updated_at = now() where id = $changed"
  write_cost "one answer changed" \
    "update answer set answered_at = now() where invitation_id = (select invitation_id from answer where owner_id = $owner order by invitation_id limit 1)"
done
echo "service heap over the run (GC log): peak/live/committed MB = $(bench_heap_from_gc_log 0)"

# Where a request's time goes: the statements PostgreSQL logged over 1 s during the load, grouped
# by their first words (count, median and max ms).
echo "statements over 1 s during the load (count, median ms, max ms, statement):"
tail -c +"$((log_from + 1))" "$BENCH_PG_DATA/server.log" |
  grep -oE 'duration: [0-9.]+ ms +(execute [^:]*|statement): .*' |
  sed -E 's/duration: ([0-9.]+) ms +(execute [^:]*|statement): /\1\t/' |
  awk -F'\t' '$1 >= 1000 { key = substr($2, 1, 90); n[key]++; v[key] = v[key] " " $1 }
    END { for (k in n) print n[k] "\t" v[k] "\t" k }' |
  while IFS=$'\t' read -r count values statement; do
    sorted=$(tr ' ' '\n' <<<"$values" | grep -v '^$' | sort -n)
    printf '  %3d  %8.0f  %8.0f  %s\n' "$count" "$(sed -n "$(( (count + 1) / 2 ))p" <<<"$sorted")" \
      "$(tail -1 <<<"$sorted")" "$statement"
  done
