-- Accounts (issue 8): an optional email per user (forgotten-password mail, notifications), single-use password
-- reset links (only the token's hash is kept) and the requests for them, counted per address to throttle.
ALTER TABLE "users" ADD COLUMN "email" text;--> statement-breakpoint
-- serves findUserByEmail (forgotten password by email) and keeps one account per address
CREATE UNIQUE INDEX "users_email_uq" ON "users" USING btree ("email") WHERE "email" IS NOT NULL;--> statement-breakpoint
CREATE TABLE "password_reset_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "password_reset_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- serves countRecentResetMails (per account) and the invalidation of a user's other links
CREATE INDEX "password_reset_tokens_user_idx" ON "password_reset_tokens" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE TABLE "password_reset_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"ip" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- serves countRecentResetRequests (per address) and the clean-up of old rows
CREATE INDEX "password_reset_requests_ip_idx" ON "password_reset_requests" USING btree ("ip","at");
