-- Press relations, second part (issue 15 item 2): the directory of press agencies (the province's own press and the
-- resident offices of central agencies) and press conferences (DOMAIN.md PN-03, PN-04): invitations by email,
-- materials, attendance, the questions-and-answers log with follow-ups and their deadlines, minutes. The quarterly
-- duty and the follow-up period are legal_rules rows added below. Expand only: new tables and new rule rows.
CREATE TABLE "press_agencies" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"licence_no" text,
	"licence_date" date,
	"head_office" text,
	"emails" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"phone" text,
	"org_unit_id" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"note" text,
	"end_reason" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "press_agencies_kind_check" CHECK ("kind" IN ('print', 'online', 'radio', 'television', 'news_agency', 'magazine')),
	CONSTRAINT "press_agencies_dates_check" CHECK ("valid_to" IS NULL OR "valid_to" >= "valid_from"),
	CONSTRAINT "press_agencies_emails_check" CHECK (jsonb_typeof("emails") = 'array')
);--> statement-breakpoint
-- a licence number identifies one agency (the duplicate check of the add and edit forms relies on it)
CREATE UNIQUE INDEX "press_agencies_licence_idx" ON "press_agencies" USING btree (lower("licence_no")) WHERE "licence_no" IS NOT NULL;--> statement-breakpoint
-- serves listPressAgencies({ on }) (agencies valid on a day, by name)
CREATE INDEX "press_agencies_valid_idx" ON "press_agencies" USING btree ("valid_from", "valid_to");--> statement-breakpoint
CREATE TABLE "press_conferences" (
	"id" text PRIMARY KEY NOT NULL,
	"ref_no" bigserial NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"host_unit_id" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"chair_name" text NOT NULL,
	"chair_title" text,
	"chair_assignment_id" text,
	"spokesperson_assignment_id" text,
	"topics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"policy_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"plan_task_id" text,
	"summary" text,
	"participants" text,
	"sequence" integer DEFAULT 0 NOT NULL,
	"cancel_reason" text,
	"held_at" timestamp with time zone,
	"minutes_issued_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "press_conferences_ref_no_unique" UNIQUE ("ref_no"),
	CONSTRAINT "press_conferences_kind_check" CHECK ("kind" IN ('periodic', 'thematic', 'adhoc')),
	CONSTRAINT "press_conferences_status_check" CHECK ("status" IN ('planned', 'invited', 'held', 'minutes_issued', 'cancelled')),
	CONSTRAINT "press_conferences_time_check" CHECK ("ends_at" > "starts_at"),
	CONSTRAINT "press_conferences_cancel_check" CHECK ("status" <> 'cancelled' OR "cancel_reason" IS NOT NULL)
);--> statement-breakpoint
-- serves the quarter view (a host unit's conferences in a year) and the quarter check job
CREATE INDEX "press_conferences_unit_idx" ON "press_conferences" USING btree ("host_unit_id", "starts_at");--> statement-breakpoint
-- serves the iCalendar feed, the public page and the annual figures (conferences by time)
CREATE INDEX "press_conferences_starts_idx" ON "press_conferences" USING btree ("starts_at");--> statement-breakpoint
CREATE TABLE "press_conference_invitations" (
	"id" text PRIMARY KEY NOT NULL,
	"conference_id" text NOT NULL REFERENCES "press_conferences"("id"),
	"agency_id" text NOT NULL REFERENCES "press_agencies"("id"),
	"emails" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"mail_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sends" integer DEFAULT 1 NOT NULL,
	"last_sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attended" boolean DEFAULT false NOT NULL,
	"reporters" integer,
	"journalist_names" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "press_conference_invitations_reporters_check" CHECK ("reporters" IS NULL OR "reporters" >= 0)
);--> statement-breakpoint
-- one invitation per agency and conference (a resend updates it); serves the conference's invitation list. Whether
-- it was sent is the state of its mails in the outbox (mail_ids), never a copy that could disagree.
CREATE UNIQUE INDEX "press_conference_invitations_idx" ON "press_conference_invitations" USING btree ("conference_id", "agency_id");--> statement-breakpoint
CREATE TABLE "press_conference_files" (
	"id" text PRIMARY KEY NOT NULL,
	"conference_id" text NOT NULL REFERENCES "press_conferences"("id"),
	"file_id" text NOT NULL,
	"kind" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "press_conference_files_kind_check" CHECK ("kind" IN ('press_kit', 'slides', 'press_release', 'other'))
);--> statement-breakpoint
-- serves the conference's materials list
CREATE INDEX "press_conference_files_conf_idx" ON "press_conference_files" USING btree ("conference_id");--> statement-breakpoint
CREATE TABLE "press_conference_questions" (
	"id" text PRIMARY KEY NOT NULL,
	"conference_id" text NOT NULL REFERENCES "press_conferences"("id"),
	"seq" integer NOT NULL,
	"agency_id" text REFERENCES "press_agencies"("id"),
	"journalist_name" text,
	"question" text NOT NULL,
	"answered_on_spot" boolean NOT NULL,
	"answer" text,
	"answered_by" text,
	"follow_up_unit_id" text,
	"follow_up_due_on" date,
	"follow_up_basis" jsonb,
	"follow_up_answer" text,
	"follow_up_answered_on" date,
	"follow_up_answered_by" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "press_conference_questions_follow_up_check" CHECK ("answered_on_spot" OR ("follow_up_unit_id" IS NOT NULL AND "follow_up_due_on" IS NOT NULL))
);--> statement-breakpoint
-- the log's order within a conference
CREATE UNIQUE INDEX "press_conference_questions_seq_idx" ON "press_conference_questions" USING btree ("conference_id", "seq");--> statement-breakpoint
-- serves the open follow-ups of a unit (the overdue list and the officer's work)
CREATE INDEX "press_conference_questions_follow_up_idx" ON "press_conference_questions" USING btree ("follow_up_unit_id", "follow_up_due_on") WHERE "follow_up_unit_id" IS NOT NULL AND "follow_up_answered_on" IS NULL;--> statement-breakpoint
-- The quarter check's notices, one per host unit and quarter: the primary key is what keeps the job from repeating.
CREATE TABLE "press_conference_quarter_notices" (
	"unit_id" text NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer NOT NULL,
	"notified" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "press_conference_quarter_notices_pk" PRIMARY KEY ("unit_id", "year", "quarter"),
	CONSTRAINT "press_conference_quarter_notices_quarter_check" CHECK ("quarter" BETWEEN 1 AND 4)
);--> statement-breakpoint
-- The quarterly duty (DOMAIN.md PN-04) and the period to answer a question not answered at the conference.
INSERT INTO legal_rules (id, rule_id, value, valid_from, valid_to, source, confidence, note) VALUES
('r-press-conf-quarter', 'press.conferencesPerQuarter', '1', '2017-04-15', NULL,
  'Nghị định 09/2017/NĐ-CP, Điều 5 khoản 2', 'V',
  'Cơ quan hành chính nhà nước cấp tỉnh tổ chức họp báo định kỳ ít nhất 3 tháng một lần (DOMAIN.md PN-04).'),
('r-press-conf-follow-up', 'press.conferenceFollowUpWorkingDays', '2', '2017-04-15', NULL,
  'Nghị định 09/2017/NĐ-CP, Điều 6', 'M',
  'Câu hỏi chưa trả lời tại họp báo: trả lời sau trong cùng thời hạn trả lời báo chí (press.reply.workingDays, DOMAIN.md PN-05); số ngày cần kiểm tra (§9).');
