-- Audit rows are numbered by their appenders (head + 1, under the chain lock: recordAuditMany, audit_append), so
-- the serial default is dropped: an insert that does not number its row now fails instead of taking a stale
-- sequence value.
ALTER TABLE "audit_log" ALTER COLUMN "seq" DROP DEFAULT;--> statement-breakpoint
DROP SEQUENCE IF EXISTS "audit_log_seq_seq";
