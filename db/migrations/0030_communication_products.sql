-- Communication products (issue 15 item 5): the library of infographics, videos, articles, reports, radio and TV
-- pieces, leaflets and loudspeaker scripts, each explaining one policy (draft) and shown on the portal's gallery
-- once published; versions kept on every edit; language versions (English, the province's ethnic-minority
-- languages) with their own summary and files; reach measured per channel (DOMAIN.md §8.2 I-06). Files live in
-- stored_files (owner types 'product' and 'product_language'). Expand only: new tables.
CREATE TABLE "product_items" (
	"id" text PRIMARY KEY NOT NULL,
	"ref_no" bigserial NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"policy_id" text NOT NULL,
	"round_id" text,
	"task_id" text,
	"unit_id" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"external_url" text,
	"channels" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"broadcast_from" date,
	"broadcast_to" date,
	"slots_per_day" integer,
	"communes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"communes_as_of" date,
	"published_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"withdraw_reason" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "product_items_ref_no_unique" UNIQUE("ref_no"),
	CONSTRAINT "product_items_kind_check" CHECK ("kind" IN ('infographic', 'video', 'article', 'report', 'radio_spot', 'tv_programme', 'print', 'loudspeaker_script')),
	CONSTRAINT "product_items_status_check" CHECK ("status" IN ('draft', 'published', 'withdrawn')),
	CONSTRAINT "product_items_broadcast_check" CHECK ("broadcast_to" IS NULL OR "broadcast_from" IS NULL OR "broadcast_to" >= "broadcast_from"),
	CONSTRAINT "product_items_slots_check" CHECK ("slots_per_day" IS NULL OR ("slots_per_day" >= 1 AND "slots_per_day" <= 24))
);--> statement-breakpoint
-- serves listProducts filtered by status (the portal's gallery: published, newest first)
CREATE INDEX "product_items_status_idx" ON "product_items" USING btree ("status", "published_at");--> statement-breakpoint
-- serves listProducts filtered by policy (the gallery's and the office's filter)
CREATE INDEX "product_items_policy_idx" ON "product_items" USING btree ("policy_id");--> statement-breakpoint
-- serves listProducts filtered by producing unit
CREATE INDEX "product_items_unit_idx" ON "product_items" USING btree ("unit_id");--> statement-breakpoint
CREATE TABLE "product_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"product_id" text NOT NULL REFERENCES "product_items"("id") ON DELETE CASCADE,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
-- serves versionsOf (the product page's history) and keeps one row per version
CREATE UNIQUE INDEX "product_versions_no_uq" ON "product_versions" USING btree ("product_id", "version");--> statement-breakpoint
CREATE TABLE "product_languages" (
	"id" text PRIMARY KEY NOT NULL,
	"product_id" text NOT NULL REFERENCES "product_items"("id") ON DELETE CASCADE,
	"lang" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"translator" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
-- serves languagesOf; one version per language of a product
CREATE UNIQUE INDEX "product_languages_lang_uq" ON "product_languages" USING btree ("product_id", "lang");--> statement-breakpoint
CREATE TABLE "product_reach" (
	"id" text PRIMARY KEY NOT NULL,
	"product_id" text NOT NULL REFERENCES "product_items"("id") ON DELETE CASCADE,
	"channel" text NOT NULL,
	"measure" text NOT NULL,
	"value" integer NOT NULL,
	"measured_on" date NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "product_reach_measure_check" CHECK ("measure" IN ('views', 'listeners', 'copies')),
	CONSTRAINT "product_reach_value_check" CHECK ("value" >= 0)
);--> statement-breakpoint
-- serves reachOf (the product page) and reachBetween (the annual report)
CREATE INDEX "product_reach_product_idx" ON "product_reach" USING btree ("product_id", "channel", "measured_on");
