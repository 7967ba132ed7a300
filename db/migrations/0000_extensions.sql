-- Extensions and text-search helpers used by every module's search (both PGlite and PostgreSQL 15).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
-- unaccent() is STABLE, so expression indexes need an IMMUTABLE wrapper with the dictionary named explicitly.
-- We also fold đ/Đ (unaccent already does) and lower-case, so f_unaccent(x) matches platform/text fold().
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;--> statement-breakpoint
-- Full-text configuration for Vietnamese: the simple parser (syllables) with accents removed.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'vn') THEN
    CREATE TEXT SEARCH CONFIGURATION vn (COPY = simple);
    ALTER TEXT SEARCH CONFIGURATION vn ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
  END IF;
END $$;
