-- The data version of each owner's metrics, so a computed report can be kept and served again
-- until something it was computed from changes.
--
-- Every write that can change a figure adds a row to metrics_change in the writer's own
-- transaction: an insert, which never waits for another writer (a counter row updated by every
-- writer would be held until commit and order-deadlock the dispatcher against itself). An owner's
-- version is metrics_version.base plus the count of their metrics_change rows, read in the same
-- snapshot as the report: it grows with every committed change, whatever order writers commit in.
-- A scheduled compaction moves the rows into base in one statement, which leaves the sum as it was.

create table metrics_change (
    owner_id bigint not null
);
create index metrics_change_owner on metrics_change (owner_id);

create table metrics_version (
    owner_id bigint primary key,
    base     bigint not null
);

-- Statement-level: one row per owner per statement, however many invitations a bulk write touched.
create function metrics_changed_statement() returns trigger language plpgsql as $$
begin
    insert into metrics_change (owner_id) select distinct owner_id from changed;
    return null;
end $$;

-- Row-level, for the few columns of other tables a report reads (fired only when they change).
create function metrics_changed_row() returns trigger language plpgsql as $$
begin
    insert into metrics_change (owner_id) values (coalesce(new.owner_id, old.owner_id));
    return null;
end $$;

create trigger invitation_metrics_insert after insert on invitation
    referencing new table as changed for each statement execute function metrics_changed_statement();
create trigger invitation_metrics_update after update on invitation
    referencing new table as changed for each statement execute function metrics_changed_statement();
create trigger invitation_metrics_delete after delete on invitation
    referencing old table as changed for each statement execute function metrics_changed_statement();

create trigger answer_metrics_insert after insert on answer
    referencing new table as changed for each statement execute function metrics_changed_statement();
create trigger answer_metrics_update after update on answer
    referencing new table as changed for each statement execute function metrics_changed_statement();
create trigger answer_metrics_delete after delete on answer
    referencing old table as changed for each statement execute function metrics_changed_statement();

-- the breakdown by relationship, the age of the context, and the campaigns' names
create trigger contact_metrics_relationship after update of relationship on contact
    for each row when (old.relationship is distinct from new.relationship)
    execute function metrics_changed_row();
create trigger context_hook_metrics_published after update of published_on on context_hook
    for each row when (old.published_on is distinct from new.published_on)
    execute function metrics_changed_row();
create trigger campaign_metrics_name after update of name on campaign
    for each row when (old.name is distinct from new.name)
    execute function metrics_changed_row();
