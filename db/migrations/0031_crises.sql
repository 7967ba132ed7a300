-- Communication crises (issue 16 item 2; DOMAIN.md PN-05, FI-02, FI-03): a crisis opened from a monitoring item, an
-- alert or by hand, its working group and on-call roster, an append-only timeline, tasks, statements with versions
-- and the approval chain drafter → spokesperson → head, the reminders sent (each once), the group notifications and
-- the after-action review with owned follow-ups. Expand only: new tables and two legal_rules rows.
CREATE TABLE "crises" (
	"id" text PRIMARY KEY NOT NULL,
	"ref_no" bigserial NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"origin" text NOT NULL,
	"origin_reason" text,
	"alert_id" text,
	"unit_id" text,
	"policy_id" text,
	"severity" integer NOT NULL,
	"severity_unsure" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'detected' NOT NULL,
	"detected_at" timestamp with time zone NOT NULL,
	"first_statement_at" timestamp with time zone,
	"network_group_id" text,
	"closed_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crises_ref_no_unique" UNIQUE("ref_no"),
	CONSTRAINT "crises_origin_check" CHECK ("origin" IN ('item', 'alert', 'manual')),
	CONSTRAINT "crises_manual_reason_check" CHECK ("origin" <> 'manual' OR "origin_reason" IS NOT NULL),
	CONSTRAINT "crises_severity_check" CHECK ("severity" BETWEEN 1 AND 4),
	CONSTRAINT "crises_status_check" CHECK ("status" IN ('detected', 'verifying', 'responding', 'stabilised', 'closed'))
);--> statement-breakpoint
-- serves listCrises (open first, newest detection first) and the reminders job (open crises)
CREATE INDEX "crises_status_idx" ON "crises" USING btree ("status", "detected_at");--> statement-breakpoint
-- serves the annual report's figures (crises detected in a year)
CREATE INDEX "crises_detected_idx" ON "crises" USING btree ("detected_at");--> statement-breakpoint
CREATE TABLE "crisis_items" (
	"crisis_id" text NOT NULL REFERENCES "crises"("id"),
	"item_id" text NOT NULL,
	"linked_by" text,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	PRIMARY KEY ("crisis_id", "item_id")
);--> statement-breakpoint
-- serves "which crisis is this item in" (the monitoring item's link to its crisis)
CREATE INDEX "crisis_items_item_idx" ON "crisis_items" USING btree ("item_id");--> statement-breakpoint
CREATE TABLE "crisis_members" (
	"id" text PRIMARY KEY NOT NULL,
	"crisis_id" text NOT NULL REFERENCES "crises"("id"),
	"role" text NOT NULL,
	"user_id" text,
	"person_name" text NOT NULL,
	"from_registry" boolean DEFAULT false NOT NULL,
	"valid_from" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_to" timestamp with time zone,
	CONSTRAINT "crisis_members_role_check" CHECK ("role" IN ('lead', 'spokesperson', 'press_liaison', 'police_liaison', 'legal', 'unit_head'))
);--> statement-breakpoint
-- one current person per role (a change ends the old row and adds a new one)
CREATE UNIQUE INDEX "crisis_members_current_idx" ON "crisis_members" USING btree ("crisis_id", "role") WHERE "valid_to" IS NULL;--> statement-breakpoint
CREATE TABLE "crisis_roster" (
	"id" text PRIMARY KEY NOT NULL,
	"crisis_id" text NOT NULL REFERENCES "crises"("id"),
	"user_id" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crisis_roster_span_check" CHECK ("ends_at" > "starts_at")
);--> statement-breakpoint
-- serves the crisis page's roster
CREATE INDEX "crisis_roster_crisis_idx" ON "crisis_roster" USING btree ("crisis_id", "starts_at");--> statement-breakpoint
CREATE TABLE "crisis_timeline" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"crisis_id" text NOT NULL REFERENCES "crises"("id"),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" text,
	"actor_name" text NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL
);--> statement-breakpoint
-- serves the crisis page's timeline and the review's appendix (in order)
CREATE INDEX "crisis_timeline_crisis_idx" ON "crisis_timeline" USING btree ("crisis_id", "id");--> statement-breakpoint
-- The timeline is the incident log (FI-03): a correction is a new entry, never an edit.
CREATE OR REPLACE FUNCTION crisis_timeline_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'crisis_timeline is append-only (% refused)', TG_OP;
END $$;--> statement-breakpoint
CREATE TRIGGER crisis_timeline_no_update BEFORE UPDATE OR DELETE ON crisis_timeline
  FOR EACH ROW EXECUTE FUNCTION crisis_timeline_append_only();--> statement-breakpoint
CREATE TRIGGER crisis_timeline_no_truncate BEFORE TRUNCATE ON crisis_timeline
  FOR EACH STATEMENT EXECUTE FUNCTION crisis_timeline_append_only();--> statement-breakpoint
CREATE TABLE "crisis_tasks" (
	"id" text PRIMARY KEY NOT NULL,
	"crisis_id" text NOT NULL REFERENCES "crises"("id"),
	"title" text NOT NULL,
	"owner_user_id" text,
	"owner_unit_id" text,
	"due_at" timestamp with time zone NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crisis_tasks_owner_check" CHECK ("owner_user_id" IS NOT NULL OR "owner_unit_id" IS NOT NULL)
);--> statement-breakpoint
-- serves the crisis page's tasks (soonest deadline first)
CREATE INDEX "crisis_tasks_crisis_idx" ON "crisis_tasks" USING btree ("crisis_id", "due_at");--> statement-breakpoint
CREATE TABLE "crisis_statements" (
	"id" text PRIMARY KEY NOT NULL,
	"public_no" bigserial NOT NULL,
	"crisis_id" text NOT NULL REFERENCES "crises"("id"),
	"kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_version_id" text,
	"published_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"withdrawal_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crisis_statements_public_no_unique" UNIQUE("public_no"),
	CONSTRAINT "crisis_statements_kind_check" CHECK ("kind" IN ('holding', 'update', 'final')),
	CONSTRAINT "crisis_statements_status_check" CHECK ("status" IN ('draft', 'published', 'withdrawn')),
	CONSTRAINT "crisis_statements_published_check" CHECK ("status" = 'draft' OR "published_version_id" IS NOT NULL)
);--> statement-breakpoint
-- serves the crisis page's statements
CREATE INDEX "crisis_statements_crisis_idx" ON "crisis_statements" USING btree ("crisis_id", "created_at");--> statement-breakpoint
-- serves the portal's list of published statements (newest first)
CREATE INDEX "crisis_statements_published_idx" ON "crisis_statements" USING btree ("published_at") WHERE "status" = 'published';--> statement-breakpoint
CREATE TABLE "crisis_statement_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"statement_id" text NOT NULL REFERENCES "crisis_statements"("id"),
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"facts" text NOT NULL,
	"unknowns" text NOT NULL,
	"actions" text NOT NULL,
	"next_update_at" timestamp with time zone,
	"state" text DEFAULT 'awaiting_spokesperson' NOT NULL,
	"drafted_by" text,
	"drafted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"spokesperson_by" text,
	"spokesperson_at" timestamp with time zone,
	"head_by" text,
	"head_at" timestamp with time zone,
	CONSTRAINT "crisis_statement_versions_state_check" CHECK ("state" IN ('awaiting_spokesperson', 'awaiting_head', 'approved', 'superseded')),
	CONSTRAINT "crisis_statement_versions_uq" UNIQUE ("statement_id", "version"),
	-- the chain: nobody approves their own draft (also refused with a message in the action)
	CONSTRAINT "crisis_statement_versions_not_drafter_check" CHECK (("spokesperson_by" IS NULL OR "spokesperson_by" IS DISTINCT FROM "drafted_by") AND ("head_by" IS NULL OR "head_by" IS DISTINCT FROM "drafted_by"))
);--> statement-breakpoint
CREATE TABLE "crisis_reminders" (
	"crisis_id" text NOT NULL REFERENCES "crises"("id"),
	"key" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	PRIMARY KEY ("crisis_id", "key")
);--> statement-breakpoint
CREATE TABLE "crisis_broadcasts" (
	"id" text PRIMARY KEY NOT NULL,
	"crisis_id" text NOT NULL REFERENCES "crises"("id"),
	"broadcast_id" text NOT NULL,
	"group_id" text NOT NULL,
	"sent_by" text,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
-- serves the crisis page's notifications and their delivery status
CREATE INDEX "crisis_broadcasts_crisis_idx" ON "crisis_broadcasts" USING btree ("crisis_id", "sent_at");--> statement-breakpoint
CREATE TABLE "crisis_reviews" (
	"crisis_id" text PRIMARY KEY NOT NULL REFERENCES "crises"("id"),
	"summary" text NOT NULL,
	"went_well" text NOT NULL,
	"to_improve" text NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE TABLE "crisis_followups" (
	"id" text PRIMARY KEY NOT NULL,
	"crisis_id" text NOT NULL REFERENCES "crises"("id"),
	"title" text NOT NULL,
	"owner_user_id" text,
	"owner_unit_id" text,
	"due_on" date NOT NULL,
	"done_at" timestamp with time zone,
	CONSTRAINT "crisis_followups_owner_check" CHECK ("owner_user_id" IS NOT NULL OR "owner_unit_id" IS NOT NULL)
);--> statement-breakpoint
-- serves the review's follow-ups
CREATE INDEX "crisis_followups_crisis_idx" ON "crisis_followups" USING btree ("crisis_id");--> statement-breakpoint
INSERT INTO legal_rules (id, rule_id, value, valid_from, valid_to, source, confidence, note) VALUES
('r-crisis-first-statement', 'crisis.firstStatementHours', '24', '2017-04-15', NULL,
  'Nghị định 09/2017/NĐ-CP, Điều 6 (phát ngôn trong trường hợp đột xuất, bất thường); QĐ 25/2013/QĐ-TTg trước đó: không quá 1 ngày', 'M',
  'Thời gian từ khi phát hiện sự cố đến thông tin chính thức đầu tiên, giờ (DOMAIN.md PN-05): con số trong Điều 6 chưa đọc lại được; các bộ quy định 6 giờ đến 1 ngày; cần kiểm tra.'),
('r-crisis-first-reminder', 'crisis.firstStatementReminderHours', '6', '2017-04-15', NULL,
  'Cách làm của văn phòng (không phải quy định pháp luật)', 'D',
  'Nhắc tổ công tác khi còn bấy nhiêu giờ trước hạn thông tin chính thức đầu tiên mà chưa có thông cáo được công bố.');
