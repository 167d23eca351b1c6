package app.rapport.contact.importing;

/**
 * The set-based SQL that merges the staged rows into contacts, list members and context hooks. One
 * statement each, so a million rows cost a handful of round trips, not a million.
 */
final class MergeStatements {

  private MergeStatements() {}

  /** Within one file the last row for a person wins; its hooks are all kept (below). */
  static final String DEDUPE =
      """
      create temp table import_rows on commit drop as
      select distinct on (dedupe_key) * from import_stage order by dedupe_key, line desc
      """;

  /**
   * Inserts new people and updates known ones; blank cells never erase what is known. A row whose
   * merge changes nothing is not updated (the WHERE), so it counts as unchanged. {@code xmax = 0}
   * tells an inserted row from an updated one. Parameters: owner, import id, file name, now, now.
   */
  static final String UPSERT =
      """
      with up as (
        insert into contact as c (owner_id, dedupe_key, first_name, last_name, email, profile_url,
                                  company, title, time_zone, relationship, tags, notes,
                                  source_import_id, source_file, source_line, created_at, updated_at)
        select ?, r.dedupe_key, r.first_name, r.last_name, r.email, r.profile_url, r.company, r.title,
               r.time_zone, coalesce(r.relationship, 'UNKNOWN'),
               coalesce(string_to_array(r.tags, E'\\x1f'), '{}'), r.notes, ?, ?, r.line, ?, ?
        from import_rows r
        on conflict (owner_id, dedupe_key) do update set
          first_name   = excluded.first_name,
          last_name    = coalesce(excluded.last_name, c.last_name),
          email        = coalesce(excluded.email, c.email),
          profile_url  = coalesce(excluded.profile_url, c.profile_url),
          company      = coalesce(excluded.company, c.company),
          title        = coalesce(excluded.title, c.title),
          time_zone    = coalesce(excluded.time_zone, c.time_zone),
          relationship = case when excluded.relationship = 'UNKNOWN' then c.relationship
                              else excluded.relationship end,
          tags         = array(select distinct t from unnest(c.tags || excluded.tags) t order by t),
          notes        = coalesce(excluded.notes, c.notes),
          updated_at   = excluded.updated_at
        where (c.first_name, c.last_name, c.email, c.profile_url, c.company, c.title, c.time_zone,
               c.relationship, c.tags, c.notes)
          is distinct from
              (excluded.first_name, coalesce(excluded.last_name, c.last_name),
               coalesce(excluded.email, c.email), coalesce(excluded.profile_url, c.profile_url),
               coalesce(excluded.company, c.company), coalesce(excluded.title, c.title),
               coalesce(excluded.time_zone, c.time_zone),
               case when excluded.relationship = 'UNKNOWN' then c.relationship
                    else excluded.relationship end,
               array(select distinct t from unnest(c.tags || excluded.tags) t order by t),
               coalesce(excluded.notes, c.notes))
        returning (xmax = 0) as inserted
      )
      select count(*) filter (where inserted), count(*) filter (where not inserted) from up
      """;

  /** Parameters: list id, import id, now, owner. */
  static final String MEMBERS =
      """
      insert into list_member (list_id, contact_id, import_id, added_at)
      select ?, c.id, ?, ? from import_rows r
      join contact c on c.owner_id = ? and c.dedupe_key = r.dedupe_key
      on conflict do nothing
      """;

  /** Same key as {@code ContextHook.keyOf}. Parameters: owner, now, owner. */
  static final String HOOKS =
      """
      insert into context_hook (owner_id, contact_id, type, title, url, published_on, note, hook_key, created_at)
      select distinct on (c.id, k.hook_key)
             ?, c.id, s.hook_type, s.hook_title, s.hook_url, s.hook_date, s.hook_note, k.hook_key, ?
      from import_stage s
      join contact c on c.owner_id = ? and c.dedupe_key = s.dedupe_key
      cross join lateral (
        select encode(sha256(convert_to(s.hook_type || '|' || coalesce(s.hook_title, '') || '|'
                                        || coalesce(s.hook_url, ''), 'UTF8')), 'hex') as hook_key) k
      where s.hook_type is not null
      order by c.id, k.hook_key, s.line desc
      on conflict (contact_id, hook_key) do nothing
      """;

  /**
   * People in this file who are on the suppression list: imported, but flagged. Parameter: owner.
   */
  static final String SUPPRESSED =
      """
      select count(*) from import_rows r
      where exists (select 1 from suppression s
                    where s.owner_id = ?
                      and s.address_hash = encode(sha256(convert_to(r.dedupe_key, 'UTF8')), 'hex'))
      """;
}
