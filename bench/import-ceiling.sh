#!/usr/bin/env bash
# The database's share of issue 2, without the service: how long PostgreSQL alone takes to write
# the rows a 1,000,000-contact import writes, next to COPY of the same file into a bare table.
#
#   bench/import-ceiling.sh [N]      (default 1000000; same BENCH_* settings as import.sh)
#
# Starts the throwaway cluster and the packaged service only to migrate the schema and create a
# user and a list, stops the service, then in psql (each statement its own transaction, timed):
#   1. \copy the CSV into a bare table (the baseline of import.sh);
#   2. a temp table of those rows with a contact id from the sequence (what the merge stages);
#   3. INSERT ... SELECT into contact, list_member and context_hook (one row each per CSV row);
# once with the shipped foreign keys, once after dropping those of the three tables (the
# BENCH_WHATIF=no-fk experiment; never the shipped schema). No Java parsing, no validation, no
# ON CONFLICT, no dedupe: an upper bound for any import through the API on this schema.
source "$(dirname "$0")/lib.sh"

n="${1:-1000000}"
bench_java_home
trap bench_cleanup EXIT
bench_build
csv="$BENCH_WORK/contacts-$n.csv"
[ -f "$csv" ] || "$BENCH_ROOT/bench/generate-contacts.sh" "$n" "$csv"
bench_pg_start
bench_service_start
token="$(bench_new_user_token "ceiling@bench.local")"
list=$(bench_post_id "$token" /api/lists '{"name":"ceiling","basis":"benchmark"}')
owner=$(bench_psql rapport -At -c "select id from app_user where email = 'ceiling@bench.local'")
bench_service_stop
imp=$(bench_psql rapport -At -c "insert into contact_import (owner_id, list_id, mode, status, created_at)
  values ($owner, $list, 'ALL_OR_NOTHING', 'IMPORTED', now()) returning id" | head -1)

run() {
  bench_psql rapport -c "truncate contact, context_hook, list_member cascade" \
    -c "drop table if exists copy_baseline" \
    -c "create table copy_baseline (first_name text, last_name text, email text, company text,
          title text, profile_url text, time_zone text, relationship text, tags text, notes text,
          context_type text, context_title text, context_url text, context_date text,
          context_note text)" \
    -c checkpoint
  echo "== $1 ($n rows, load $(bench_load))"
  bench_psql rapport <<SQL
\timing on
\echo COPY into a bare table:
\copy copy_baseline from '$csv' with (format csv, header true)
\echo temp table with contact ids:
create temp table r as select b.*, nextval(pg_get_serial_sequence('contact', 'id')) as id,
  'e:' || lower(email) as k from copy_baseline b;
\echo contact:
insert into contact (id, owner_id, dedupe_key, first_name, last_name, email, profile_url, company,
  title, time_zone, relationship, tags, notes, source_import_id, source_file, source_line,
  created_at, updated_at)
  select id, $owner, k, first_name, last_name, email, profile_url, company, title, time_zone,
         'UNKNOWN', '{}', notes, $imp, 'f.csv', 1, now(), now() from r;
\echo list_member:
insert into list_member (list_id, contact_id, import_id, added_at)
  select $list, id, $imp, now() from r;
\echo context_hook:
insert into context_hook (owner_id, contact_id, type, title, url, published_on, note, hook_key,
  created_at)
  select $owner, id, 'TALK', context_title, context_url, null, context_note,
         md5(context_title) || md5(context_url), now() from r;
SQL
}

run "with the shipped foreign keys"
BENCH_WHATIF=no-fk bench_whatif_after_start
run "without the foreign keys of contact, list_member, context_hook"
