-- When the owner erased the account. The row stays with its id, because help posts and conversations point at it
-- for the anonymous figures; everything that says who it was is emptied.
alter table account add column erased_at timestamptz;
