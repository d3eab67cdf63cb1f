-- Mail waits here, written in the same transaction as the change that causes it, until the SMTP server takes it.
-- A broken mail server delays mail; it loses none.
create table outbox_mail (
    id                 uuid          primary key,
    municipality_code  varchar(6)    not null,
    recipient          varchar(254)  not null,
    subject            varchar(300)  not null,
    body               text          not null,
    created_at         timestamptz   not null,
    attempts           integer       not null default 0,
    next_attempt_at    timestamptz   not null,
    sent_at            timestamptz,
    last_error         varchar(500)
);

create index outbox_mail_due on outbox_mail (next_attempt_at) where sent_at is null;
