-- popp-workflow-contract: the durable run store (createPostgresRunStore). Idempotent: safe to run again.
CREATE TABLE IF NOT EXISTS "popp_runs" (
  organization_id text NOT NULL,
  run_id text NOT NULL,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  status text NOT NULL, -- RunState.status
  workflow_id text,
  candidate_profile_id text,
  state json NOT NULL, -- the RunState, as reduceRun returns it (json keeps it exactly: see the README)
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, run_id)
);
CREATE UNIQUE INDEX IF NOT EXISTS "popp_runs_seq" ON "popp_runs" (seq);
CREATE INDEX IF NOT EXISTS "popp_runs_run" ON "popp_runs" (run_id);
CREATE INDEX IF NOT EXISTS "popp_runs_workflow" ON "popp_runs" (workflow_id, seq);
CREATE INDEX IF NOT EXISTS "popp_runs_candidate_profile" ON "popp_runs" (candidate_profile_id, seq);
CREATE INDEX IF NOT EXISTS "popp_runs_status" ON "popp_runs" (status, seq);
