#!/usr/bin/env bash
# Benchmark of issue 4: the review queue at 100,000 drafts, page 1 and a deep page, beside a
# trivial endpoint, in the same run.
#
#   bench/review-queue.sh             (BENCH_DRAFTS=100000 BENCH_ROUNDS=2 BENCH_DURATION=20s
#                                      BENCH_CONNECTIONS=4)
#
# Starts a throwaway Debian PostgreSQL 15 cluster and the packaged service (-Xmx256m), creates a
# user, a personal API token and a campaign through the API, then seeds BENCH_DRAFTS contacts and
# one drafted invitation each straight into the database (generate_series; ids from
# invitation_seq as Hibernate's pooled generator expects; one draft in ten carries a STALE warning
# and one in fifty a BLAST block, as JSON findings with their denormalised columns), and runs
# VACUUM ANALYZE as autovacuum would. Then, with wrk (apt-get install wrk), each endpoint for
# BENCH_DURATION on BENCH_CONNECTIONS connections, one thread, authenticated with
# "Authorization: Bearer <token>" (a SHA-256 lookup; HTTP Basic would measure bcrypt):
#   page 1     GET /api/campaigns/{id}/invitations?limit=50
#   deep page  GET /api/campaigns/{id}/invitations?limit=50&after=<id of the 100,000-50th draft>
#   trivial    GET /q/health/live
# after a 5 s warm-up of each; BENCH_ROUNDS rounds, endpoints interleaved. Prints p50/p99 and
# requests/s per endpoint and round (goal: the deep page as fast as page 1). BENCH_EXPLAIN=1 adds
# the plans and times of the page's queries.
source "$(dirname "$0")/lib.sh"

DRAFTS="${BENCH_DRAFTS:-100000}"
ROUNDS="${BENCH_ROUNDS:-2}"
DURATION="${BENCH_DURATION:-20s}"
CONNECTIONS="${BENCH_CONNECTIONS:-4}"

bench_begin --wrk
bench_service_start
token="$(bench_new_user_token "reviewer@bench.local")"
owner=$(curl -fsS -H "Authorization: Bearer $token" "$BENCH_BASE/api/me" | jq -r .id)
campaign=$(bench_new_campaign "$token" "Data platform coffees")

seed_start=$(date +%s.%N)
bench_psql rapport -v owner="$owner" -v campaign="$campaign" -v n="$DRAFTS" <<'SQL'
insert into contact (owner_id, dedupe_key, first_name, last_name, email, company, title, time_zone,
                     relationship, tags, created_at, updated_at)
select :owner, 'e:person' || g || '@company' || (g % 97) || '.example',
       (array['Ana','Ben','Chloe','Dev','Elif','Femi','Greta','Hiro'])[1 + g % 8],
       (array['Almeida','Brandt','Chen','Dubois','Eze','Fischer'])[1 + g % 6],
       'person' || g || '@company' || (g % 97) || '.example', 'Company ' || (g % 97),
       'Staff Engineer', 'Europe/Berlin', 'PEER', '{}', now(), now()
from generate_series(1, :n) g;

insert into context_hook (owner_id, contact_id, type, title, url, published_on, note, hook_key, created_at)
select :owner, c.id, 'BLOG_POST', 'Notes on schema migrations, part ' || c.id,
       'https://blog.example/posts/' || c.id, date '2026-03-01' - (c.id % 300)::int,
       'the rollback plan', md5(c.id::text), now()
from contact c where c.owner_id = :owner;

insert into invitation (id, owner_id, campaign_id, contact_id, recipient_id, hook_id, context_type,
                        template_name, kind, channel, subject, body, state, findings, blocked,
                        warnings, finding_codes, created_at, updated_at)
select nextval('invitation_seq'), :owner, :campaign, c.id, c.id, h.id, 'BLOG_POST',
       case when c.id % 2 = 0 then 'blog-post-email' else 'blog-post-email-b' end,
       'INVITATION', 'EMAIL', 'Your post "' || h.title || '"',
       'Hi ' || c.first_name || E',\n\nI read your post "' || h.title || E'". What stayed with me: '
         || h.note || E'.\n\nTo be upfront about why I''m writing: I am moving from backend work'
         || ' into data platform engineering. I''d especially like to ask you about how your team'
         || ' decided what to build in-house. So it isn''t one-sided, I''d be glad to share my notes'
         || E' from migrating three teams off a self-hosted Kafka.\n\nWould you have 20 minutes for'
         || E' a digital coffee, a video call whenever it suits you?\n\nIf now isn''t a good time,'
         || E' or this just isn''t for you, no worries at all — no need to reply.\n\nSam',
       'DRAFTED',
       case when c.id % 50 = 0 then
              '[{"code":"BLAST","severity":"BLOCK","message":"3 other drafts say nearly the same thing once names are masked","part":"BODY","start":0,"end":120}]'::jsonb
            when c.id % 10 = 0 then
              '[{"code":"STALE","severity":"WARN","message":"The post is more than 12 months old: mention something recent","part":"DRAFT","start":0,"end":0}]'::jsonb
            else '[]'::jsonb end,
       c.id % 50 = 0,
       case when c.id % 50 <> 0 and c.id % 10 = 0 then 1 else 0 end,
       case when c.id % 50 = 0 then '{BLAST}'::text[] when c.id % 10 = 0 then '{STALE}'::text[]
            else '{}'::text[] end,
       now(), now()
from contact c join context_hook h on h.contact_id = c.id
where c.owner_id = :owner
order by c.id;
SQL
bench_psql rapport -c "vacuum analyze contact" -c "vacuum analyze context_hook" \
  -c "vacuum analyze invitation"
seed_end=$(date +%s.%N)
count=$(bench_psql rapport -At -c "select count(*) from invitation where campaign_id = $campaign")
after=$(bench_psql rapport -At -c "select id from invitation where campaign_id = $campaign
                                   order by id offset $((count - 51)) limit 1")
printf 'seeded %s drafts for campaign %s in %.1f s; deep page: after=%s (the last 50 drafts)\n' \
  "$count" "$campaign" "$(echo "$seed_end - $seed_start" | bc -l)" "$after"

page1="$BENCH_BASE/api/campaigns/$campaign/invitations?limit=50"
deep="$BENCH_BASE/api/campaigns/$campaign/invitations?limit=50&after=$after"
live="$BENCH_BASE/q/health/live"
# the pages answer what we think they answer
p1=$(curl -fsS -H "Authorization: Bearer $token" "$page1" | jq -r '[(.items | length), .items[0].id, .nextAfter, .counts.DRAFTED] | @csv')
pd=$(curl -fsS -H "Authorization: Bearer $token" "$deep" | jq -r '[(.items | length), .items[0].id, .nextAfter, .counts.DRAFTED] | @csv')
echo "page 1: items, first id, nextAfter, DRAFTED = $p1; deep page: $pd"

measure() { # name url duration
  bench_wrk "$1" "$2" "$3" "$token" "$CONNECTIONS" || { echo "errors from $1" >&2; exit 1; }
}

echo "warm-up (5 s each, not reported)"
for url in "$page1" "$deep" "$live"; do
  wrk -t1 -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $token" "$url" >/dev/null
done
for round in $(seq 1 "$ROUNDS"); do
  echo "round $round: wrk -t1 -c$CONNECTIONS -d$DURATION --latency"
  measure "page 1" "$page1" "$DURATION"
  measure "deep page" "$deep" "$DURATION"
  measure "trivial" "$live" "$DURATION"
done
echo "service heap over the run (GC log): peak/live/committed MB = $(bench_heap_from_gc_log 0)"

# Where a page's time goes: the counts per state that every page carries. The first query is the
# one ReviewQueue runs; the second is a what-if (the campaign's owner is already checked).
if [ "${BENCH_EXPLAIN:-0}" = 1 ]; then
  for sql in \
    "select state, count(*) from invitation where owner_id = $owner and campaign_id = $campaign group by state order by state" \
    "select state, count(*) from invitation where campaign_id = $campaign group by state order by state" \
    "select id from invitation where owner_id = $owner and id > $after and campaign_id = $campaign order by id limit 51"; do
    echo "$sql"
    bench_psql rapport -c "explain (analyze, buffers) $sql" | grep -E 'Scan|Execution Time'
  done
fi
