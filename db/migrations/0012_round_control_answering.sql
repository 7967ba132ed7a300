-- Round control: an early close or an extension carries a reason, which the portal shows.
ALTER TABLE "consultation_rounds" ADD COLUMN "close_reason" text;--> statement-breakpoint
ALTER TABLE "consultation_rounds" ADD COLUMN "original_closes_on" date;--> statement-breakpoint
ALTER TABLE "consultation_rounds" ADD COLUMN "extended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "consultation_rounds" ADD COLUMN "extension_reason" text;--> statement-breakpoint
-- Who answers a comment: assigned per comment, or per article of a round (a comment's own assignment wins).
CREATE TABLE "comment_assignments" (
	"comment_id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"assigned_by" text,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
ALTER TABLE "comment_assignments" ADD CONSTRAINT "comment_assignments_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comment_assignments_user_idx" ON "comment_assignments" USING btree ("user_id");--> statement-breakpoint
CREATE TABLE "article_assignments" (
	"round_id" text NOT NULL,
	"article_anchor" text NOT NULL,
	"user_id" text NOT NULL,
	"assigned_by" text,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "article_assignments_pk" PRIMARY KEY("round_id","article_anchor")
);--> statement-breakpoint
ALTER TABLE "article_assignments" ADD CONSTRAINT "article_assignments_round_id_consultation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."consultation_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- the assignments kept on answers so far move to the new table (the answer's column is no longer written)
INSERT INTO "comment_assignments" ("comment_id", "user_id", "assigned_by", "assigned_at")
  SELECT "comment_id", "assigned_to", "answered_by", "updated_at" FROM "comment_answers" WHERE "assigned_to" IS NOT NULL;--> statement-breakpoint
-- Reusable answers (name, disposition, text) of a drafting unit, for one draft or for all of the unit's drafts.
CREATE TABLE "answer_templates" (
	"id" text PRIMARY KEY NOT NULL,
	"unit_id" text NOT NULL,
	"draft_id" text,
	"name" text NOT NULL,
	"disposition" text NOT NULL,
	"body" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE INDEX "answer_templates_unit_idx" ON "answer_templates" USING btree ("unit_id","name");
