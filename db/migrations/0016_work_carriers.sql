-- A coordinator's decision on who carries a closed unit's work (src/modules/organisations/work-carriers.ts).
CREATE TABLE "org_work_carriers" (
	"id" text PRIMARY KEY NOT NULL,
	"from_id" text NOT NULL REFERENCES "org_units"("id"),
	"to_id" text NOT NULL REFERENCES "org_units"("id"),
	"effective_on" date NOT NULL,
	"reason" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE UNIQUE INDEX "org_work_carriers_uq" ON "org_work_carriers" USING btree ("from_id","effective_on");
