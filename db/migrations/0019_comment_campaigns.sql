-- Near-duplicate campaigns (issue 13): a job fingerprints each comment after intake and puts near-identical
-- comments of a round into one campaign, answered once and counted as one argument with N signers.
-- A comment without a fingerprint row is waiting for the job (the comments table itself is not touched).
CREATE TABLE "comment_campaigns" (
	"id" text PRIMARY KEY NOT NULL,
	"round_id" text NOT NULL,
	"first_comment_id" text NOT NULL,
	"disposition" text,
	"explanation" text,
	"answered_by" text,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
ALTER TABLE "comment_campaigns" ADD CONSTRAINT "comment_campaigns_round_id_consultation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."consultation_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comment_campaigns_round_idx" ON "comment_campaigns" USING btree ("round_id");--> statement-breakpoint
CREATE TABLE "comment_fingerprints" (
	"comment_id" text PRIMARY KEY NOT NULL,
	"round_id" text NOT NULL,
	"comment_created_at" timestamp with time zone NOT NULL,
	"exact_key" text NOT NULL,
	"signature" bytea,
	"campaign_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
ALTER TABLE "comment_fingerprints" ADD CONSTRAINT "comment_fingerprints_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_fingerprints" ADD CONSTRAINT "comment_fingerprints_campaign_id_comment_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."comment_campaigns"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comment_fingerprints_exact_idx" ON "comment_fingerprints" USING btree ("round_id","exact_key");--> statement-breakpoint
CREATE INDEX "comment_fingerprints_campaign_idx" ON "comment_fingerprints" USING btree ("campaign_id","comment_created_at","comment_id");--> statement-breakpoint
CREATE TABLE "comment_fingerprint_bands" (
	"comment_id" text NOT NULL,
	"round_id" text NOT NULL,
	"band_no" smallint NOT NULL,
	"band_hash" integer NOT NULL,
	CONSTRAINT "comment_fingerprint_bands_pk" PRIMARY KEY("comment_id","band_no")
);--> statement-breakpoint
ALTER TABLE "comment_fingerprint_bands" ADD CONSTRAINT "comment_fingerprint_bands_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comment_fingerprint_bands_lookup_idx" ON "comment_fingerprint_bands" USING btree ("round_id","band_no","band_hash");
