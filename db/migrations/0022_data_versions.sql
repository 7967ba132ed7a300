-- A counter per cached data set, bumped by a trigger in the transaction of every write to its table (whoever
-- writes: the office, an import, a restore, SQL by hand). A web process keeps the set in memory and checks the
-- counter (one primary-key read) before using it, so every process sees a change as soon as it is committed.
-- Not part of backups (a restore's own writes bump it, so running processes reload).
CREATE TABLE IF NOT EXISTS "data_versions" (
	"name" text PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);--> statement-breakpoint
INSERT INTO "data_versions" ("name", "version") VALUES ('people', 0) ON CONFLICT DO NOTHING;--> statement-breakpoint
CREATE OR REPLACE FUNCTION bump_data_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO data_versions (name, version) VALUES (TG_ARGV[0], 1)
    ON CONFLICT (name) DO UPDATE SET version = data_versions.version + 1;
  RETURN NULL;
END $$;--> statement-breakpoint
DROP TRIGGER IF EXISTS people_data_version ON people;--> statement-breakpoint
CREATE TRIGGER people_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON people
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('people');
