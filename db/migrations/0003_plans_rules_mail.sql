CREATE TABLE "mail_outbox" (
	"id" text PRIMARY KEY NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body_text" text NOT NULL,
	"purpose" text NOT NULL,
	"state" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "legal_rules" (
	"id" text PRIMARY KEY NOT NULL,
	"rule_id" text NOT NULL,
	"value" jsonb NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"source" text NOT NULL,
	"confidence" text NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "plan_responsibilities" (
	"id" text PRIMARY KEY NOT NULL,
	"plan_id" text NOT NULL,
	"code" text NOT NULL,
	"written_name" text NOT NULL,
	"unit_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"duties" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_tasks" (
	"id" text PRIMARY KEY NOT NULL,
	"plan_id" text NOT NULL,
	"code" text NOT NULL,
	"parent_code" text,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"deadline_text" text,
	"due_on" date
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" text PRIMARY KEY NOT NULL,
	"number" text,
	"kind" text,
	"title" text NOT NULL,
	"issuer_name" text,
	"issuer_unit_id" text,
	"place" text,
	"issued_on" date,
	"year" integer NOT NULL,
	"report_deadline" date,
	"report_due_on" date,
	"signer_name" text,
	"signer_title" text,
	"bases" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recipients" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source_file_name" text NOT NULL,
	"source_sha256" text NOT NULL,
	"parsed" jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progress_reports" (
	"id" text PRIMARY KEY NOT NULL,
	"task_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"period" text NOT NULL,
	"status" text NOT NULL,
	"narrative" text NOT NULL,
	"indicators" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"evidence_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"state" text NOT NULL,
	"submitted_by" text NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"review_comment" text
);
--> statement-breakpoint
CREATE TABLE "stored_files" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_type" text NOT NULL,
	"owner_id" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task_assignments" (
	"id" text PRIMARY KEY NOT NULL,
	"task_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"role" text NOT NULL,
	"is_requested" boolean DEFAULT false NOT NULL,
	"written_name" text NOT NULL,
	"group_id" text
);
--> statement-breakpoint
CREATE TABLE "task_reminders" (
	"id" text PRIMARY KEY NOT NULL,
	"task_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"due_on" date NOT NULL,
	"days_before" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_responsibilities" ADD CONSTRAINT "plan_responsibilities_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_task_id_plan_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_assignments" ADD CONSTRAINT "task_assignments_task_id_plan_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_reminders" ADD CONSTRAINT "task_reminders_task_id_plan_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mail_outbox_state_idx" ON "mail_outbox" USING btree ("state","created_at");--> statement-breakpoint
CREATE INDEX "legal_rules_rule_idx" ON "legal_rules" USING btree ("rule_id","valid_from");--> statement-breakpoint
CREATE INDEX "plan_tasks_plan_idx" ON "plan_tasks" USING btree ("plan_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_source_sha_uq" ON "plans" USING btree ("source_sha256");--> statement-breakpoint
CREATE INDEX "progress_reports_task_idx" ON "progress_reports" USING btree ("task_id","unit_id","submitted_at");--> statement-breakpoint
CREATE INDEX "progress_reports_state_idx" ON "progress_reports" USING btree ("state");--> statement-breakpoint
CREATE INDEX "stored_files_owner_idx" ON "stored_files" USING btree ("owner_type","owner_id");--> statement-breakpoint
CREATE INDEX "task_assignments_unit_idx" ON "task_assignments" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "task_assignments_uq" ON "task_assignments" USING btree ("task_id","unit_id","role");--> statement-breakpoint
CREATE UNIQUE INDEX "task_reminders_uq" ON "task_reminders" USING btree ("task_id","unit_id","due_on","days_before");