package app.rapport.contact.importing;

/**
 * The set-based SQL that merges the staged rows into contacts, list members and context hooks. One
 * statement each, so a million rows cost a handful of round trips, not a million.
 *
 * <p>Each person in the file is looked up among the owner's contacts once, when {@code import_rows}
 * is built, and a new person gets its contact id from the sequence right there. Every later
 * statement reads that id from {@code import_rows} instead of joining on {@code (owner_id,
 * dedupe_key)} again. New people are inserted without ON CONFLICT handling where nothing can
 * conflict (their list memberships and hooks: nobody else can see their contact yet).
 */
final class MergeStatements {

  private MergeStatements() {}

  /**
   * The people of a file with no repeated dedupe key: one staged row each. Sorted by dedupe key,
   * and new ids drawn in that order, so that the inserts that follow append to the contact,
   * list-member and hook indexes instead of touching their pages at random (at a million rows that
   * is the difference between the indexes staying in memory or not). {@code %1$d} is the owner,
   * {@code %2$s} the contact id sequence (a quoted literal).
   */
  static final String ROWS =
      """
      create temp table import_rows on commit drop as
      select q.*, coalesce(q.known_id, nextval(%2$s)) as contact_id, q.known_id is null as is_new
      from (select s.*, c.id as known_id
            from import_stage s
            left join contact c on c.owner_id = %1$d and c.dedupe_key = s.dedupe_key
            order by s.dedupe_key offset 0) q
      """;

  /** Within one file the last row for a person wins; its hooks are all kept (below). Same args. */
  static final String ROWS_OF_REPEATED_PEOPLE =
      """
      create temp table import_rows on commit drop as
      select q.*, coalesce(q.known_id, nextval(%2$s)) as contact_id, q.known_id is null as is_new
      from (select d.*, c.id as known_id
            from (select distinct on (dedupe_key) * from import_stage
                  order by dedupe_key, line desc) d
            left join contact c on c.owner_id = %1$d and c.dedupe_key = d.dedupe_key
            order by d.dedupe_key offset 0) q
      """;

  /** Values of a staged row for contact's columns, after {@code id, owner_id}. */
  private static final String CONTACT_COLUMNS =
      """
      dedupe_key, first_name, last_name, email, profile_url, company, title, time_zone,
      relationship, tags, notes, source_import_id, source_file, source_line, created_at, updated_at\
      """;

  private static final String CONTACT_VALUES =
      """
      r.dedupe_key, r.first_name, r.last_name, r.email, r.profile_url, r.company, r.title,
      r.time_zone, coalesce(r.relationship, 'UNKNOWN'),
      coalesce(string_to_array(r.tags, E'\\x1f'), '{}'), r.notes, ?, ?, r.line, ?, ?\
      """;

  /**
   * People not yet among the owner's contacts, with the ids picked in {@link #ROWS}. ON CONFLICT
   * only guards a person created by another transaction meanwhile: that row is then not inserted,
   * which the caller notices by the count and repairs with {@link #ADOPT_CONCURRENT}. Parameters:
   * owner, import id, file name, now, now.
   */
  static final String NEW_CONTACTS =
      "insert into contact (id, owner_id, "
          + CONTACT_COLUMNS
          + ")\nselect r.contact_id, ?, "
          + CONTACT_VALUES
          + "\nfrom import_rows r where r.is_new\non conflict (owner_id, dedupe_key) do nothing";

  /** People in the file, and how many of them are new. */
  static final String COUNT_ROWS =
      "select count(*), count(*) filter (where is_new) from import_rows";

  /**
   * Points rows whose person another transaction created meanwhile at that contact; they are then
   * merged as known people. Parameter: owner.
   */
  static final String ADOPT_CONCURRENT =
      """
      update import_rows r set contact_id = c.id, is_new = false
      from contact c
      where r.is_new and c.owner_id = ? and c.dedupe_key = r.dedupe_key and c.id <> r.contact_id
      """;

  /**
   * Updates known people; blank cells never erase what is known. A row whose merge changes nothing
   * is not updated (the WHERE), so it counts as unchanged. A contact deleted meanwhile is inserted
   * again under its id; {@code xmax = 0} tells an inserted row from an updated one. Parameters:
   * owner, import id, file name, now, now.
   */
  static final String KNOWN_CONTACTS =
      "with up as (\ninsert into contact as c (id, owner_id, "
          + CONTACT_COLUMNS
          + ")\nselect r.contact_id, ?, "
          + CONTACT_VALUES
          + "\nfrom import_rows r where not r.is_new\n"
          + """
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

  /** A new contact is in no list yet. Parameters: list id, import id, now. */
  static final String NEW_MEMBERS =
      """
      insert into list_member (list_id, contact_id, import_id, added_at)
      select ?, r.contact_id, ?, ? from import_rows r where r.is_new
      """;

  /** Parameters: list id, import id, now. */
  static final String KNOWN_MEMBERS =
      """
      insert into list_member (list_id, contact_id, import_id, added_at)
      select ?, r.contact_id, ?, ? from import_rows r where not r.is_new
      on conflict do nothing
      """;

  /**
   * One staged row per person: its hook, if any. A new contact has no hooks yet. {@code hook_key}
   * is {@code ContextHook.keyOf}, computed while staging. Parameters: owner, now.
   */
  static final String NEW_HOOKS =
      """
      insert into context_hook (owner_id, contact_id, type, title, url, published_on, note, hook_key, created_at)
      select ?, r.contact_id, r.hook_type, r.hook_title, r.hook_url, r.hook_date, r.hook_note, r.hook_key, ?
      from import_rows r
      where r.hook_type is not null and r.is_new
      """;

  /** Parameters: owner, now. */
  static final String KNOWN_HOOKS =
      """
      insert into context_hook (owner_id, contact_id, type, title, url, published_on, note, hook_key, created_at)
      select ?, r.contact_id, r.hook_type, r.hook_title, r.hook_url, r.hook_date, r.hook_note, r.hook_key, ?
      from import_rows r
      where r.hook_type is not null and not r.is_new
      on conflict (contact_id, hook_key) do nothing
      """;

  /**
   * A file naming a person on several rows: every row's hook, the last row winning per hook key.
   * Parameters: owner, now.
   */
  static final String HOOKS_OF_REPEATED_PEOPLE =
      """
      insert into context_hook (owner_id, contact_id, type, title, url, published_on, note, hook_key, created_at)
      select distinct on (r.contact_id, s.hook_key)
             ?, r.contact_id, s.hook_type, s.hook_title, s.hook_url, s.hook_date, s.hook_note, s.hook_key, ?
      from import_stage s
      join import_rows r on r.dedupe_key = s.dedupe_key
      where s.hook_type is not null
      order by r.contact_id, s.hook_key, s.line desc
      on conflict (contact_id, hook_key) do nothing
      """;

  /** Whether the owner suppressed anyone at all; most have not. Parameter: owner. */
  static final String ANY_SUPPRESSION =
      "select exists (select 1 from suppression where owner_id = ?)";

  /**
   * People in this file who are on the suppression list, under their identity or (known by email)
   * their profile link: imported, but flagged. Parameter: owner.
   */
  static final String SUPPRESSED =
      """
      select count(*) from import_rows r
      where exists (select 1 from suppression s
                    where s.owner_id = ?
                      and s.address_hash in (encode(sha256(convert_to(r.dedupe_key, 'UTF8')), 'hex'),
                                             encode(sha256(convert_to(r.profile_key, 'UTF8')), 'hex')))
      """;
}
