-- DH-02, the first half: the approved list of budget-funded public services (danh mục dịch vụ sự nghiệp công sử dụng
-- ngân sách nhà nước). A list is approved by a decision (number, signing day, issuing unit and its name on that day)
-- and is in force from `valid_from` to `valid_to` inclusive (open when null); a newer list ends an older one the day
-- before it starts (`superseded_by`). Each service names the product types of the order lines it covers. An order
-- names one service and keeps that service's name as of the day it was chosen. Expand only: new tables, and two
-- nullable columns that orders already in the database leave empty (no service is invented for them).
CREATE TABLE "press_service_lists" (
	"id" text PRIMARY KEY NOT NULL,
	"decision_no" text NOT NULL,
	"signed_on" date NOT NULL,
	"issuer_unit_id" text NOT NULL,
	"issuer_name" text NOT NULL,
	"title" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"end_reason" text,
	"superseded_by" text REFERENCES "press_service_lists"("id"),
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "press_service_lists_dates_check" CHECK ("valid_to" IS NULL OR "valid_to" >= "valid_from")
);--> statement-breakpoint
-- serves the list in force on a day and the page's lists, newest first
CREATE INDEX "press_service_lists_valid_idx" ON "press_service_lists" USING btree ("valid_from");--> statement-breakpoint
CREATE TABLE "press_services" (
	"id" text PRIMARY KEY NOT NULL,
	"list_id" text NOT NULL REFERENCES "press_service_lists"("id") ON DELETE CASCADE,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"product_types" jsonb NOT NULL,
	"note" text,
	CONSTRAINT "press_services_types_check" CHECK (jsonb_typeof("product_types") = 'array' AND jsonb_array_length("product_types") > 0)
);--> statement-breakpoint
-- serves the services of lists, in their order
CREATE INDEX "press_services_list_idx" ON "press_services" USING btree ("list_id", "position");--> statement-breakpoint
ALTER TABLE "press_commissions" ADD COLUMN "service_id" text REFERENCES "press_services"("id");--> statement-breakpoint
ALTER TABLE "press_commissions" ADD COLUMN "service_name" text;
