-- The network of communication focal points (issue 16, item 1; DOMAIN.md §6.3, TT-03, I-12): focal points per unit
-- with validity dates and contact channels, groups (the external Zalo work group kept as name, link and admin only),
-- broadcasts to a group and their deliveries per recipient and channel (email, Zalo OA, webhook) with a personal
-- read-confirmation token, and the rotating credentials of the Zalo OA. Expand only: new tables.
CREATE TABLE "network_focal_points" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text,
	"person_name" text NOT NULL,
	"title" text,
	"unit_id" text NOT NULL,
	"level" text NOT NULL,
	"email" text,
	"phone" text,
	"zalo_user_id" text,
	"zalo_joined_on" date,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"end_reason" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_focal_points_level_check" CHECK ("level" IN ('province', 'department', 'commune', 'other')),
	CONSTRAINT "network_focal_points_dates_check" CHECK ("valid_to" IS NULL OR "valid_to" >= "valid_from")
);--> statement-breakpoint
-- serves listFocalPoints by unit and the figures as of a date
CREATE INDEX "network_focal_points_unit_idx" ON "network_focal_points" USING btree ("unit_id", "valid_from");--> statement-breakpoint
CREATE TABLE "network_groups" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"purpose" text,
	"channels" jsonb NOT NULL,
	"zalo_group_name" text,
	"zalo_group_link" text,
	"zalo_group_admin" text,
	"webhook_url" text,
	"webhook_secret" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE TABLE "network_group_members" (
	"group_id" text NOT NULL REFERENCES "network_groups"("id"),
	"focal_point_id" text NOT NULL REFERENCES "network_focal_points"("id"),
	"added_by" text,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_group_members_group_id_focal_point_id_pk" PRIMARY KEY("group_id","focal_point_id")
);--> statement-breakpoint
-- serves groupsOf(focal point); the primary key serves membersOf(group)
CREATE INDEX "network_group_members_fp_idx" ON "network_group_members" USING btree ("focal_point_id");--> statement-breakpoint
CREATE TABLE "network_broadcasts" (
	"id" text PRIMARY KEY NOT NULL,
	"ref_no" bigserial NOT NULL,
	"group_id" text NOT NULL REFERENCES "network_groups"("id"),
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"origin_kind" text,
	"origin_id" text,
	"origin_label" text,
	"sent_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_broadcasts_ref_no_unique" UNIQUE("ref_no")
);--> statement-breakpoint
-- serves listBroadcasts of a group, newest first
CREATE INDEX "network_broadcasts_group_idx" ON "network_broadcasts" USING btree ("group_id", "created_at");--> statement-breakpoint
-- serves the annual figures (broadcasts of a year)
CREATE INDEX "network_broadcasts_created_idx" ON "network_broadcasts" USING btree ("created_at");--> statement-breakpoint
CREATE TABLE "network_deliveries" (
	"id" text PRIMARY KEY NOT NULL,
	"broadcast_id" text NOT NULL REFERENCES "network_broadcasts"("id"),
	"focal_point_id" text REFERENCES "network_focal_points"("id"),
	"channel" text NOT NULL,
	"address" text,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_at" timestamp with time zone,
	"last_error" text,
	"provider_id" text,
	"sent_at" timestamp with time zone,
	"read_token" text,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_deliveries_channel_check" CHECK ("channel" IN ('email', 'zalo', 'webhook')),
	CONSTRAINT "network_deliveries_status_check" CHECK ("status" IN ('queued', 'sending', 'sent', 'retrying', 'failed'))
);--> statement-breakpoint
-- serves deliveriesOf(broadcast)
CREATE INDEX "network_deliveries_broadcast_idx" ON "network_deliveries" USING btree ("broadcast_id");--> statement-breakpoint
-- serves claimDue, the delivery job
CREATE INDEX "network_deliveries_due_idx" ON "network_deliveries" USING btree ("next_attempt_at") WHERE status in ('queued', 'retrying');--> statement-breakpoint
-- serves the read-confirmation page (/xac-nhan/<token>)
CREATE UNIQUE INDEX "network_deliveries_read_token_idx" ON "network_deliveries" USING btree ("read_token");--> statement-breakpoint
CREATE TABLE "channel_credentials" (
	"channel" text PRIMARY KEY NOT NULL,
	"access_token" text,
	"refresh_token" text,
	"access_expires_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
