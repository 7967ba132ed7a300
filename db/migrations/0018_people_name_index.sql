-- The people list is ordered by name: an index in that order reads one page instead of sorting every row.
CREATE INDEX IF NOT EXISTS "people_name_idx" ON "people" USING btree ("full_name","id");
