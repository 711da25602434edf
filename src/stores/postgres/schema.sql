CREATE TABLE IF NOT EXISTS "popp_idempotency" (
  -- The Popp eventId.
  event_id     text        PRIMARY KEY,
  -- 'in-progress' while a delivery holds the lease, 'completed' once processed.
  state        text        NOT NULL CHECK (state IN ('in-progress', 'completed')),
  -- The claim's owner (random, per claim): only it may complete, release or extend.
  owner        text        NOT NULL,
  -- SHA-256 of the body, hex: another body under the same eventId is a conflict.
  payload_hash text        NOT NULL,
  -- The lease's end while in progress; when to forget the event once completed. The database's clock.
  expires_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL
);

CREATE INDEX IF NOT EXISTS "popp_idempotency_expires_at" ON "popp_idempotency" (expires_at);
