-- The audit trail is append-only: edits and deletions are refused by the database itself.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP;
END $$;--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();--> statement-breakpoint
-- serves people search (accent-insensitive substring on the name)
CREATE INDEX people_name_trgm ON people USING gin (f_unaccent(full_name) gin_trgm_ops);--> statement-breakpoint
-- serves user search in the users page
CREATE INDEX users_name_trgm ON users USING gin (f_unaccent(display_name || ' ' || username) gin_trgm_ops);
