-- The monitoring module's response side (issue 14 items 6-8): alert rules, fired alerts (unique per rule and
-- window: no repeats) and their deliveries, review flags and verdicts, evidence captured at review time (never
-- updated: a trigger refuses it), takedown requests, referral packages, retrained sentiment models, digests.
-- Expand only: new tables, one new legal rule.
CREATE TABLE "monitoring_alert_rules" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"query" text,
	"source_id" text,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"cooldown_minutes" integer DEFAULT 60 NOT NULL,
	"user_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"emails" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"webhook_url" text,
	"webhook_secret" text,
	"enabled" boolean DEFAULT true NOT NULL,
	"last_fired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE TABLE "monitoring_alerts" (
	"id" text PRIMARY KEY NOT NULL,
	"rule_id" text NOT NULL,
	"dedup_key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"window_end" timestamp with time zone NOT NULL,
	"item_count" integer NOT NULL,
	"explanation" jsonb NOT NULL,
	"item_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"trigger_ingested_at" timestamp with time zone NOT NULL,
	"fired_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_by" text,
	"acknowledged_at" timestamp with time zone
);--> statement-breakpoint
ALTER TABLE "monitoring_alerts" ADD CONSTRAINT "monitoring_alerts_rule_id_monitoring_alert_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."monitoring_alert_rules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_alerts_dedup_uq" ON "monitoring_alerts" USING btree ("dedup_key");--> statement-breakpoint
CREATE INDEX "monitoring_alerts_fired_idx" ON "monitoring_alerts" USING btree ("fired_at");--> statement-breakpoint
CREATE TABLE "monitoring_alert_deliveries" (
	"id" text PRIMARY KEY NOT NULL,
	"alert_id" text NOT NULL,
	"channel" text NOT NULL,
	"target" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"response_status" integer,
	"delivered_at" timestamp with time zone
);--> statement-breakpoint
ALTER TABLE "monitoring_alert_deliveries" ADD CONSTRAINT "monitoring_alert_deliveries_alert_id_monitoring_alerts_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."monitoring_alerts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monitoring_alert_deliveries_due_idx" ON "monitoring_alert_deliveries" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "monitoring_alert_deliveries_alert_idx" ON "monitoring_alert_deliveries" USING btree ("alert_id");--> statement-breakpoint
CREATE TABLE "monitoring_flags" (
	"id" text PRIMARY KEY NOT NULL,
	"item_id" text NOT NULL,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"flagged_by" text,
	"flagged_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
ALTER TABLE "monitoring_flags" ADD CONSTRAINT "monitoring_flags_item_id_monitoring_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."monitoring_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monitoring_flags_item_idx" ON "monitoring_flags" USING btree ("item_id","kind");--> statement-breakpoint
CREATE TABLE "monitoring_reviews" (
	"id" text PRIMARY KEY NOT NULL,
	"item_id" text NOT NULL,
	"verdict" text NOT NULL,
	"note" text,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
ALTER TABLE "monitoring_reviews" ADD CONSTRAINT "monitoring_reviews_item_id_monitoring_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."monitoring_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monitoring_reviews_item_idx" ON "monitoring_reviews" USING btree ("item_id","reviewed_at");--> statement-breakpoint
CREATE INDEX "monitoring_reviews_verdict_idx" ON "monitoring_reviews" USING btree ("verdict","reviewed_at");--> statement-breakpoint
CREATE TABLE "monitoring_evidence" (
	"id" text PRIMARY KEY NOT NULL,
	"item_id" text NOT NULL,
	"review_id" text,
	"url" text,
	"method" text NOT NULL,
	"http_status" integer,
	"fetch_error" text,
	"sha256" text NOT NULL,
	"size" integer NOT NULL,
	"file_id" text NOT NULL,
	"captured_at" timestamp with time zone DEFAULT now() NOT NULL,
	"captured_by" text
);--> statement-breakpoint
ALTER TABLE "monitoring_evidence" ADD CONSTRAINT "monitoring_evidence_item_id_monitoring_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."monitoring_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_evidence" ADD CONSTRAINT "monitoring_evidence_review_id_monitoring_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."monitoring_reviews"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monitoring_evidence_item_idx" ON "monitoring_evidence" USING btree ("item_id","captured_at");--> statement-breakpoint
CREATE OR REPLACE FUNCTION monitoring_evidence_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Bằng chứng đã lưu không được sửa; hãy thu thập lại thành một bản mới.';
END $$;--> statement-breakpoint
CREATE TRIGGER monitoring_evidence_no_update BEFORE UPDATE ON monitoring_evidence
  FOR EACH ROW EXECUTE FUNCTION monitoring_evidence_immutable();--> statement-breakpoint
CREATE TABLE "monitoring_takedowns" (
	"id" text PRIMARY KEY NOT NULL,
	"item_id" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"platform" text NOT NULL,
	"recipient" text,
	"legal_basis" text NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"deadline_hours" real NOT NULL,
	"outcome" text DEFAULT 'pending' NOT NULL,
	"outcome_at" timestamp with time zone,
	"note" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
ALTER TABLE "monitoring_takedowns" ADD CONSTRAINT "monitoring_takedowns_item_id_monitoring_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."monitoring_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monitoring_takedowns_item_idx" ON "monitoring_takedowns" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "monitoring_takedowns_requested_idx" ON "monitoring_takedowns" USING btree ("requested_at");--> statement-breakpoint
CREATE TABLE "monitoring_referrals" (
	"id" text PRIMARY KEY NOT NULL,
	"item_ids" jsonb NOT NULL,
	"docx_file_id" text NOT NULL,
	"zip_file_id" text NOT NULL,
	"zip_sha256" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE TABLE "monitoring_sentiment_models" (
	"id" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"model" jsonb NOT NULL,
	"corrections" integer NOT NULL,
	"metrics" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"active" boolean DEFAULT false NOT NULL,
	"trained_by" text,
	"trained_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_sentiment_models_version_uq" ON "monitoring_sentiment_models" USING btree ("version");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_sentiment_models_active_uq" ON "monitoring_sentiment_models" USING btree ("active") WHERE "monitoring_sentiment_models"."active";--> statement-breakpoint
CREATE TABLE "monitoring_digest_subscriptions" (
	"user_id" text NOT NULL,
	"frequency" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitoring_digest_subscriptions_pk" PRIMARY KEY("user_id","frequency")
);--> statement-breakpoint
CREATE TABLE "monitoring_digests" (
	"id" text PRIMARY KEY NOT NULL,
	"frequency" text NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	"period_end" timestamp with time zone NOT NULL,
	"docx_file_id" text,
	"mails" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_digests_period_uq" ON "monitoring_digests" USING btree ("frequency","period_start");--> statement-breakpoint
-- DOMAIN.md FI-01: a platform must block or remove unlawful content within 24 h of a competent request.
INSERT INTO legal_rules (id, rule_id, value, valid_from, valid_to, source, confidence, note) VALUES
('r-mon-takedown-24h', 'monitoring.takedown.deadlineHours', '24', '2024-12-25', NULL,
  'Nghị định 147/2024/NĐ-CP (DOMAIN.md FI-01): doanh nghiệp chặn, gỡ bỏ nội dung vi phạm trong vòng 24 giờ kể từ khi có yêu cầu của cơ quan có thẩm quyền', 'V',
  'Hạn xử lý yêu cầu gỡ bỏ tính từ thời điểm gửi yêu cầu.')
ON CONFLICT (id) DO NOTHING;
