-- Coordinated-submission signals (issue 13, item 3): a job reads the comments that arrived since its cursor and
-- flags bursts of near-identical comments, many comments from one address or identity, and spikes of new
-- identities, for a moderator to review. Nothing here changes or hides a comment. Expand only: new tables.
CREATE TABLE "comment_signals" (
	"id" text PRIMARY KEY NOT NULL,
	"round_id" text NOT NULL,
	"kind" text NOT NULL,
	"subject_key" text NOT NULL,
	"subject_label" text NOT NULL,
	"excerpt" text,
	"window_start" timestamp with time zone NOT NULL,
	"window_end" timestamp with time zone NOT NULL,
	"comment_count" integer DEFAULT 0 NOT NULL,
	"threshold" integer NOT NULL,
	"baseline" real,
	"status" text DEFAULT 'new' NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
ALTER TABLE "comment_signals" ADD CONSTRAINT "comment_signals_round_id_consultation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."consultation_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comment_signals_round_idx" ON "comment_signals" USING btree ("round_id","created_at");--> statement-breakpoint
CREATE INDEX "comment_signals_subject_idx" ON "comment_signals" USING btree ("round_id","kind","subject_key","window_end");--> statement-breakpoint
CREATE TABLE "comment_signal_members" (
	"signal_id" text NOT NULL,
	"comment_id" text NOT NULL,
	CONSTRAINT "comment_signal_members_pk" PRIMARY KEY("signal_id","comment_id")
);--> statement-breakpoint
ALTER TABLE "comment_signal_members" ADD CONSTRAINT "comment_signal_members_signal_id_comment_signals_id_fk" FOREIGN KEY ("signal_id") REFERENCES "public"."comment_signals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_signal_members" ADD CONSTRAINT "comment_signal_members_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comment_signal_members_comment_idx" ON "comment_signal_members" USING btree ("comment_id");--> statement-breakpoint
CREATE TABLE "comment_signal_cursors" (
	"round_id" text PRIMARY KEY NOT NULL,
	"after_created_at" timestamp with time zone,
	"after_id" text,
	"first_window" bigint,
	"current_window" bigint,
	"current_new" integer DEFAULT 0 NOT NULL,
	"past_new" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
ALTER TABLE "comment_signal_cursors" ADD CONSTRAINT "comment_signal_cursors_round_id_consultation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."consultation_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE TABLE "comment_attribution_checks" (
	"comment_id" text PRIMARY KEY NOT NULL,
	"signal_id" text NOT NULL,
	"token_hash" text NOT NULL,
	"sent_by" text,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone
);--> statement-breakpoint
ALTER TABLE "comment_attribution_checks" ADD CONSTRAINT "comment_attribution_checks_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_attribution_checks" ADD CONSTRAINT "comment_attribution_checks_signal_id_comment_signals_id_fk" FOREIGN KEY ("signal_id") REFERENCES "public"."comment_signals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "comment_attribution_checks_token_uq" ON "comment_attribution_checks" USING btree ("token_hash");
