-- Public-opinion monitoring (issue 14): sources polled by a job (feeds, sitemaps, pages) or filled by file imports
-- of social-media exports, the items they bring (articles and posts) with relevance, sentiment and story, the
-- watchlists that decide relevance, and the imports with their per-vendor column mappings. Expand only: new tables.
CREATE TABLE "monitoring_sources" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"url" text,
	"feed_format" text,
	"vendor" text,
	"unit_id" text,
	"enabled" boolean DEFAULT true NOT NULL,
	"disabled_reason" text,
	"poll_minutes" integer DEFAULT 30 NOT NULL,
	"etag" text,
	"last_modified" text,
	"next_fetch_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_fetched_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"error_streak" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"last_status" integer,
	"items_total" integer DEFAULT 0 NOT NULL,
	"volume_alerted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE INDEX "monitoring_sources_due_idx" ON "monitoring_sources" USING btree ("enabled","next_fetch_at");--> statement-breakpoint
CREATE TABLE "monitoring_stories" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"item_count" integer DEFAULT 0 NOT NULL,
	"negative_count" integer DEFAULT 0 NOT NULL,
	"suggested_merge_with" text,
	"suggested_similarity" real,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE INDEX "monitoring_stories_last_seen_idx" ON "monitoring_stories" USING btree ("last_seen_at");--> statement-breakpoint
CREATE TABLE "monitoring_items" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"source_id" text NOT NULL,
	"import_id" text,
	"kind" text NOT NULL,
	"platform" text,
	"url" text,
	"url_key" text,
	"guid" text,
	"title" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"author" text,
	"published_at" timestamp with time zone,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"content_hash" text NOT NULL,
	"search_key" text DEFAULT '' NOT NULL,
	"sentiment" text DEFAULT 'neutral' NOT NULL,
	"sentiment_score" real DEFAULT 0 NOT NULL,
	"sentiment_cues" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sentiment_model" text,
	"sentiment_by" text,
	"sentiment_at" timestamp with time zone,
	"relevant" boolean DEFAULT false NOT NULL,
	"matches" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"watchlist_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"story_id" text,
	"exact_key" text,
	"signature" bytea,
	"reach" integer,
	"engagement" integer,
	CONSTRAINT "monitoring_items_seq_unique" UNIQUE("seq")
);--> statement-breakpoint
ALTER TABLE "monitoring_items" ADD CONSTRAINT "monitoring_items_source_id_monitoring_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."monitoring_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_items" ADD CONSTRAINT "monitoring_items_story_id_monitoring_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."monitoring_stories"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_items_source_url_uq" ON "monitoring_items" USING btree ("source_id","url_key") WHERE "monitoring_items"."url_key" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_items_source_guid_uq" ON "monitoring_items" USING btree ("source_id","guid") WHERE "monitoring_items"."guid" is not null;--> statement-breakpoint
CREATE INDEX "monitoring_items_hash_idx" ON "monitoring_items" USING btree ("content_hash");--> statement-breakpoint
CREATE INDEX "monitoring_items_relevant_idx" ON "monitoring_items" USING btree ("relevant","published_at");--> statement-breakpoint
CREATE INDEX "monitoring_items_story_idx" ON "monitoring_items" USING btree ("story_id");--> statement-breakpoint
CREATE INDEX "monitoring_items_ingested_idx" ON "monitoring_items" USING btree ("ingested_at");--> statement-breakpoint
CREATE INDEX "monitoring_items_source_idx" ON "monitoring_items" USING btree ("source_id","ingested_at");--> statement-breakpoint
CREATE TABLE "monitoring_watchlists" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"query" text,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE TABLE "monitoring_watch_terms" (
	"id" text PRIMARY KEY NOT NULL,
	"watchlist_id" text NOT NULL,
	"label" text NOT NULL,
	"names" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"note" text,
	"position" integer DEFAULT 0 NOT NULL
);--> statement-breakpoint
ALTER TABLE "monitoring_watch_terms" ADD CONSTRAINT "monitoring_watch_terms_watchlist_id_monitoring_watchlists_id_fk" FOREIGN KEY ("watchlist_id") REFERENCES "public"."monitoring_watchlists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monitoring_watch_terms_list_idx" ON "monitoring_watch_terms" USING btree ("watchlist_id","position");--> statement-breakpoint
CREATE TABLE "monitoring_vendor_mappings" (
	"vendor" text PRIMARY KEY NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text
);--> statement-breakpoint
CREATE TABLE "monitoring_imports" (
	"id" text PRIMARY KEY NOT NULL,
	"source_id" text NOT NULL,
	"vendor" text NOT NULL,
	"file_name" text NOT NULL,
	"file_id" text,
	"format" text NOT NULL,
	"mapping" jsonb,
	"status" text DEFAULT 'waiting' NOT NULL,
	"bytes_total" bigint DEFAULT 0 NOT NULL,
	"bytes_read" bigint DEFAULT 0 NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"rows_imported" integer DEFAULT 0 NOT NULL,
	"rows_duplicate" integer DEFAULT 0 NOT NULL,
	"rows_skipped" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"failure_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);--> statement-breakpoint
ALTER TABLE "monitoring_imports" ADD CONSTRAINT "monitoring_imports_source_id_monitoring_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."monitoring_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monitoring_imports_status_idx" ON "monitoring_imports" USING btree ("status","created_at");--> statement-breakpoint
CREATE TABLE "monitoring_cursors" (
	"name" text PRIMARY KEY NOT NULL,
	"after_seq" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
