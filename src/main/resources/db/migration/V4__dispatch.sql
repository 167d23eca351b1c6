-- Paced dispatch: the claim on an invitation, its fixed Message-ID, retries, and the quota rows
-- that keep every replica under the daily cap.

alter table invitation
    add column message_id      text,
    add column email_date      timestamptz,
    add column claim_token     uuid,
    add column claimed_at      timestamptz,
    add column lease_until     timestamptz,
    add column attempts        integer not null default 0,
    add column next_attempt_at timestamptz,
    add column last_error      text,
    -- the local day (campaign's zone) whose quota this invitation used; returned on a retry
    add column quota_day       date,
    -- user's manual order in the queue; null = oldest approval first
    add column queue_position  bigint;

create unique index invitation_message_id on invitation (message_id) where message_id is not null;

-- What the tick scans: approved invitations of one campaign in send order. Partial, so its size
-- follows the approved queue, not the whole history.
create index invitation_send_queue on invitation (campaign_id, queue_position, approved_at, id)
    where state = 'APPROVED';
-- Claims whose lease ran out (a replica died mid-send).
create index invitation_leases on invitation (lease_until) where state = 'SENDING';

-- One row per campaign and local day. The check is the last line of defence: no code path can
-- push used above cap, whatever the number of replicas.
create table quota (
    campaign_id bigint  not null references campaign (id) on delete cascade,
    day         date    not null,
    cap         integer not null check (cap >= 0),
    used        integer not null default 0 check (used >= 0),
    primary key (campaign_id, day),
    constraint quota_within_cap check (used <= cap)
);

-- The sender's own budget across all campaigns and channels, per local day of the sender.
create table sender_quota (
    owner_id bigint  not null references app_user (id) on delete cascade,
    day      date    not null,
    used     integer not null default 0 check (used >= 0),
    primary key (owner_id, day)
);
