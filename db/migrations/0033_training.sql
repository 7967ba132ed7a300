-- Training (plan item II.6, indicator I-13) and awareness campaigns (plan item II.1), issue 16 items 3 and 4.
-- Expand only: new tables and one new legal_rules row.
CREATE TABLE "training_courses" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"skills" jsonb NOT NULL,
	"audiences" jsonb NOT NULL,
	"organiser_unit_id" text NOT NULL,
	"plan_task_id" text,
	"budget_vnd" bigint,
	"description" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_courses_budget_check" CHECK ("budget_vnd" IS NULL OR "budget_vnd" >= 0)
);--> statement-breakpoint
-- serves listCourses (newest first) and the annual report's figures (courses by year of their sessions)
CREATE INDEX "training_courses_created_idx" ON "training_courses" USING btree ("created_at");--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"course_id" text NOT NULL REFERENCES "training_courses"("id"),
	"title" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text,
	"online_url" text,
	"trainers" text,
	"capacity" integer,
	"is_required" boolean DEFAULT true NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"checkin_code" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_sessions_checkin_code_unique" UNIQUE ("checkin_code"),
	CONSTRAINT "training_sessions_status_check" CHECK ("status" IN ('planned', 'held', 'closed', 'cancelled')),
	CONSTRAINT "training_sessions_window_check" CHECK ("ends_at" > "starts_at"),
	CONSTRAINT "training_sessions_capacity_check" CHECK ("capacity" IS NULL OR "capacity" > 0),
	CONSTRAINT "training_sessions_where_check" CHECK ("place" IS NOT NULL OR "online_url" IS NOT NULL)
);--> statement-breakpoint
-- serves sessionsOfCourse and the figures (sessions by start time)
CREATE INDEX "training_sessions_course_idx" ON "training_sessions" USING btree ("course_id", "starts_at");--> statement-breakpoint
CREATE INDEX "training_sessions_starts_idx" ON "training_sessions" USING btree ("starts_at");--> statement-breakpoint
-- An invited person (person_id from the directory) or a walk-in (name, unit and title as given; personal data, never
-- on a public page or in a log). The personal link's token is kept as its SHA-256 only.
CREATE TABLE "training_participants" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL REFERENCES "training_sessions"("id"),
	"person_id" text,
	"walk_in_name" text,
	"walk_in_unit" text,
	"walk_in_title" text,
	"participant_type" text NOT NULL,
	"status" text NOT NULL,
	"token_hash" text,
	"invited_at" timestamp with time zone,
	"responded_at" timestamp with time zone,
	"attended_at" timestamp with time zone,
	"attended_via" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_participants_token_unique" UNIQUE ("token_hash"),
	CONSTRAINT "training_participants_status_check" CHECK ("status" IN ('invited', 'accepted', 'declined', 'attended')),
	CONSTRAINT "training_participants_via_check" CHECK ("attended_via" IS NULL OR "attended_via" IN ('link', 'walk_in', 'office')),
	CONSTRAINT "training_participants_who_check" CHECK ("person_id" IS NOT NULL OR "walk_in_name" IS NOT NULL),
	CONSTRAINT "training_participants_attended_check" CHECK (("status" = 'attended') = ("attended_at" IS NOT NULL))
);--> statement-breakpoint
-- one invitation per person and session (a second invitation or check-in of the same person is refused)
CREATE UNIQUE INDEX "training_participants_person_idx" ON "training_participants" USING btree ("session_id", "person_id") WHERE "person_id" IS NOT NULL;--> statement-breakpoint
-- serves participantsOfSession
CREATE INDEX "training_participants_session_idx" ON "training_participants" USING btree ("session_id", "created_at");--> statement-breakpoint
-- serves the completion list (attendance of a person across a course's sessions)
CREATE INDEX "training_participants_person_only_idx" ON "training_participants" USING btree ("person_id") WHERE "person_id" IS NOT NULL;--> statement-breakpoint
CREATE TABLE "training_feedback" (
	"id" text PRIMARY KEY NOT NULL,
	"participant_id" text NOT NULL REFERENCES "training_participants"("id"),
	"session_id" text NOT NULL REFERENCES "training_sessions"("id"),
	"ratings" jsonb NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_feedback_participant_unique" UNIQUE ("participant_id")
);--> statement-breakpoint
-- serves feedbackOfSession (the averages on the session page)
CREATE INDEX "training_feedback_session_idx" ON "training_feedback" USING btree ("session_id");--> statement-breakpoint
CREATE TABLE "awareness_campaigns" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"audiences" jsonb NOT NULL,
	"policy_id" text,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"organiser_unit_id" text NOT NULL,
	"description" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "awareness_campaigns_status_check" CHECK ("status" IN ('planned', 'running', 'done', 'cancelled')),
	CONSTRAINT "awareness_campaigns_period_check" CHECK ("ends_on" >= "starts_on")
);--> statement-breakpoint
-- serves listCampaigns (newest period first)
CREATE INDEX "awareness_campaigns_starts_idx" ON "awareness_campaigns" USING btree ("starts_on");--> statement-breakpoint
CREATE TABLE "awareness_activities" (
	"id" text PRIMARY KEY NOT NULL,
	"campaign_id" text NOT NULL REFERENCES "awareness_campaigns"("id"),
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"place" text,
	"reach_officials" integer DEFAULT 0 NOT NULL,
	"reach_citizens" integer DEFAULT 0 NOT NULL,
	"reach_businesses" integer DEFAULT 0 NOT NULL,
	"products" text,
	"note" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "awareness_activities_kind_check" CHECK ("kind" IN ('conference', 'seminar', 'leaflets', 'contest', 'radio', 'online_post', 'other')),
	CONSTRAINT "awareness_activities_reach_check" CHECK ("reach_officials" >= 0 AND "reach_citizens" >= 0 AND "reach_businesses" >= 0)
);--> statement-breakpoint
-- serves activitiesOfCampaign and the figures (activities held in a year)
CREATE INDEX "awareness_activities_campaign_idx" ON "awareness_activities" USING btree ("campaign_id", "held_on");--> statement-breakpoint
CREATE INDEX "awareness_activities_held_idx" ON "awareness_activities" USING btree ("held_on");--> statement-breakpoint
-- When a session's check-in link opens: a house rule of this system (issue 16), not a legal period; kept as a dated
-- rule like every threshold so an office can change it without a release.
INSERT INTO legal_rules (id, rule_id, value, valid_from, valid_to, source, confidence, note) VALUES
('r-training-checkin-open', 'training.checkin.opensMinutesBefore', '30', '2000-01-01', NULL,
  'Quy ước vận hành của hệ thống (issue 16), không phải quy định pháp luật', 'D',
  'Liên kết điểm danh của một buổi tập huấn mở từ 30 phút trước giờ bắt đầu đến giờ kết thúc.');
