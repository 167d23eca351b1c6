-- Answers, outcomes, campaign safeguards (auto-pause, adaptive cap), capacity, and the indexes the
-- metrics and the safeguards read.

-- The current answer of each invitation: one row, however often the recipient clicks. A change of
-- mind updates it (last answer wins; nothing leaves OPT_OUT) and keeps the answer it replaced; every
-- change is also a line in invitation_event.
create table answer (
    invitation_id     bigint      primary key references invitation (id) on delete cascade,
    owner_id          bigint      not null references app_user (id) on delete cascade,
    campaign_id       bigint      not null,
    choice            text        not null check (choice in ('ACCEPT', 'DECLINE', 'OPT_OUT', 'REPLY')),
    previous_choice   text        check (previous_choice in ('ACCEPT', 'DECLINE', 'OPT_OUT', 'REPLY')),
    -- LINK: the answer page; ONE_CLICK: RFC 8058; USER: recorded by the user; MAIL: a reply in the inbox
    source            text        not null check (source in ('LINK', 'ONE_CLICK', 'USER', 'MAIL')),
    note              text,
    -- the first answer of any kind: what "time to answer" measures
    first_answered_at timestamptz not null,
    answered_at       timestamptz not null,
    changes           integer     not null default 0
);
create index answer_owner_campaign on answer (owner_id, campaign_id);

-- Safeguards per campaign. Over the last health_window sends (since health_since, set when the
-- campaign paused itself, so that a deliberate resume starts a fresh window):
--   bounces above max_bounce_rate or opt-outs above max_opt_out_rate pause the campaign;
--   of the sends at least a week old, acceptance below min_acceptance_rate pauses it, and below
--   slowdown_acceptance_rate halves its effective daily cap.
alter table campaign
    add column health_window            integer      not null default 20 check (health_window between 5 and 1000),
    add column max_bounce_rate          numeric(4, 3) not null default 0.100 check (max_bounce_rate between 0 and 1),
    add column max_opt_out_rate         numeric(4, 3) not null default 0.050 check (max_opt_out_rate between 0 and 1),
    add column min_acceptance_rate      numeric(4, 3) not null default 0.050 check (min_acceptance_rate between 0 and 1),
    add column slowdown_acceptance_rate numeric(4, 3) not null default 0.100 check (slowdown_acceptance_rate between 0 and 1),
    add column health_since             timestamptz,
    add column auto_paused_at           timestamptz;

-- How many coffees a week the user can hold; null = no limit. Accepted invitations not yet met
-- count against it, across campaigns.
alter table app_user
    add column coffees_per_week integer check (coffees_per_week between 0 and 100);

-- The last N sends of a campaign (safeguards, adaptive cap). A bounce at send time has no sent_at,
-- so a send is ordered by when it went out or was attempted.
create index invitation_sends on invitation (campaign_id, (coalesce(sent_at, claimed_at, updated_at)) desc)
    where sent_at is not null or state = 'BOUNCED';

-- The no-reply job: sent invitations still waiting, oldest first. Partial, so it stays the size of
-- the waiting set.
create index invitation_awaiting_answer on invitation (sent_at) where state = 'SENT';

-- Accepted but not yet met, per owner (capacity).
create index invitation_accepted on invitation (owner_id) where state = 'ACCEPTED';

-- Metrics read every invitation of an owner (or a campaign) but only these narrow columns: a
-- covering index lets PostgreSQL answer from the index instead of the wide rows (bodies, findings).
create index invitation_metrics on invitation (owner_id, campaign_id)
    include (id, state, sent_at, template_name, context_type, channel, hook_id, recipient_id);
