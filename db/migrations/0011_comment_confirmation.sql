-- One rule for every commenter: a comment counts (is moderated, published, answered, in the synthesis) once its
-- commenter is confirmed, by the email link or by an officer of the drafting unit (reason kept, audited).
ALTER TABLE "comments" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "confirmed_via" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "confirmed_by" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "confirmation_reason" text;--> statement-breakpoint
-- "Gửi lại liên kết xác nhận": how many times the link was sent again, and when last (the throttle reads them)
ALTER TABLE "comments" ADD COLUMN "verify_resends" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "verify_resent_at" timestamp with time zone;--> statement-breakpoint
UPDATE "comments" SET "confirmed_at" = "email_verified_at", "confirmed_via" = 'email' WHERE "email_verified_at" IS NOT NULL;--> statement-breakpoint
-- Phone-only comments not yet moderated were taken without any check: they now wait for an officer's
-- confirmation like every other unconfirmed comment. Those already moderated keep their state (no confirmation
-- is recorded for them: none took place).
UPDATE "comments" SET "state" = 'pending_verification' WHERE "state" = 'pending' AND "confirmed_at" IS NULL;
