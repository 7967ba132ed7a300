CREATE TABLE "comment_answers" (
	"comment_id" text PRIMARY KEY NOT NULL,
	"disposition" text NOT NULL,
	"explanation" text NOT NULL,
	"assigned_to" text,
	"state" text NOT NULL,
	"answered_by" text,
	"approved_by" text,
	"approved_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comment_flags" (
	"id" text PRIMARY KEY NOT NULL,
	"comment_id" text NOT NULL,
	"reason" text NOT NULL,
	"client_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" text PRIMARY KEY NOT NULL,
	"round_id" text NOT NULL,
	"receipt_code" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"article_anchor" text,
	"commenter_type" text NOT NULL,
	"name" text NOT NULL,
	"pseudonym" text,
	"email" text,
	"phone" text,
	"consent" jsonb NOT NULL,
	"stance" text NOT NULL,
	"body" text NOT NULL,
	"public_body" text,
	"state" text NOT NULL,
	"withheld_reason" text,
	"verify_token_hash" text,
	"email_verified_at" timestamp with time zone,
	"client_key" text NOT NULL,
	"reports_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"moderated_by" text
);
--> statement-breakpoint
CREATE TABLE "consultation_rounds" (
	"id" text PRIMARY KEY NOT NULL,
	"draft_id" text NOT NULL,
	"version_id" text NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"min_days" integer NOT NULL,
	"target_groups" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"closed_early_at" timestamp with time zone,
	"synthesis_published_at" timestamp with time zone,
	"synthesis_file_id" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mandated_consultees" (
	"id" text PRIMARY KEY NOT NULL,
	"round_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"requested_on" date NOT NULL,
	"due_on" date NOT NULL,
	"answered_on" date,
	"answer_ref" text
);
--> statement-breakpoint
CREATE TABLE "communication_kits" (
	"draft_id" text PRIMARY KEY NOT NULL,
	"main_content" text DEFAULT '' NOT NULL,
	"impacts" text DEFAULT '' NOT NULL,
	"reasons" text DEFAULT '' NOT NULL,
	"open_questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"how_to_comment" text DEFAULT '' NOT NULL,
	"english_summary" text DEFAULT '' NOT NULL,
	"qa" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_published" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "draft_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"draft_id" text NOT NULL,
	"version_no" integer NOT NULL,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"structure" jsonb NOT NULL,
	"change_note" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_drafts" (
	"id" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"doc_type" text NOT NULL,
	"drafting_unit_id" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"impact" jsonb,
	"stage" text NOT NULL,
	"legal_regime" text NOT NULL,
	"classification" text DEFAULT 'public' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_stage_history" (
	"id" text PRIMARY KEY NOT NULL,
	"draft_id" text NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_name" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "version_change_links" (
	"id" text PRIMARY KEY NOT NULL,
	"version_id" text NOT NULL,
	"article_anchor" text NOT NULL,
	"comment_id" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "comment_answers" ADD CONSTRAINT "comment_answers_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_flags" ADD CONSTRAINT "comment_flags_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_round_id_consultation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."consultation_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mandated_consultees" ADD CONSTRAINT "mandated_consultees_round_id_consultation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."consultation_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communication_kits" ADD CONSTRAINT "communication_kits_draft_id_policy_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."policy_drafts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draft_versions" ADD CONSTRAINT "draft_versions_draft_id_policy_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."policy_drafts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_stage_history" ADD CONSTRAINT "policy_stage_history_draft_id_policy_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."policy_drafts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "version_change_links" ADD CONSTRAINT "version_change_links_version_id_draft_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."draft_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "comment_flags_uq" ON "comment_flags" USING btree ("comment_id","client_key");--> statement-breakpoint
CREATE UNIQUE INDEX "comments_receipt_uq" ON "comments" USING btree ("receipt_code");--> statement-breakpoint
CREATE UNIQUE INDEX "comments_idempotency_uq" ON "comments" USING btree ("round_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "comments_round_state_idx" ON "comments" USING btree ("round_id","state","created_at");--> statement-breakpoint
CREATE INDEX "comments_client_idx" ON "comments" USING btree ("client_key","created_at");--> statement-breakpoint
CREATE INDEX "comments_email_idx" ON "comments" USING btree ("email","created_at");--> statement-breakpoint
CREATE INDEX "comments_phone_idx" ON "comments" USING btree ("phone","created_at");--> statement-breakpoint
CREATE INDEX "consultation_rounds_draft_idx" ON "consultation_rounds" USING btree ("draft_id");--> statement-breakpoint
CREATE INDEX "consultation_rounds_dates_idx" ON "consultation_rounds" USING btree ("opens_on","closes_on");--> statement-breakpoint
CREATE UNIQUE INDEX "mandated_consultees_uq" ON "mandated_consultees" USING btree ("round_id","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "draft_versions_no_uq" ON "draft_versions" USING btree ("draft_id","version_no");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_drafts_slug_uq" ON "policy_drafts" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "policy_drafts_unit_idx" ON "policy_drafts" USING btree ("drafting_unit_id");--> statement-breakpoint
CREATE INDEX "policy_stage_history_draft_idx" ON "policy_stage_history" USING btree ("draft_id","at");--> statement-breakpoint
CREATE INDEX "version_change_links_version_idx" ON "version_change_links" USING btree ("version_id");
--> statement-breakpoint
-- serves the portal's accent-insensitive search of consultations by draft title
CREATE INDEX policy_drafts_title_trgm ON policy_drafts USING gin (f_unaccent(title) gin_trgm_ops);
