-- Audit entries written by the comment intake wait here, in the same statement as the comments they record, and are
-- chained into audit_log shortly after by a sealer that takes the chain lock (platform/audit/inbox.ts). The intake's
-- write then never waits for the chain lock, so several web processes no longer refuse each other's heads.
CREATE TABLE IF NOT EXISTS "audit_inbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" text,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text,
	"summary" jsonb NOT NULL,
	"request_id" text
);
