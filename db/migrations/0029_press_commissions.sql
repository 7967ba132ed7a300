-- Commissions to the press (issue 15 item 4, DOMAIN.md DH-01..06): an order (giao nhiệm vụ / đặt hàng / đấu thầu,
-- NĐ 32/2019) to a press agency with its product lines, the deliverables registered against them, the acceptance
-- records (biên bản nghiệm thu), the payments, and the budget allocated per plan task and year (plan tasks carry no
-- budget of their own). Amounts are whole đồng (bigint). Expand only: new tables.
CREATE TABLE "press_commissions" (
	"id" text PRIMARY KEY NOT NULL,
	"ref_no" bigserial NOT NULL,
	"title" text NOT NULL,
	"orderer_unit_id" text NOT NULL,
	"mode" text NOT NULL,
	"supplier_id" text NOT NULL,
	"supplier_name" text NOT NULL,
	"legal_basis" text NOT NULL,
	"policy_id" text,
	"plan_task_id" text,
	"budget_year" integer NOT NULL,
	"funding_source" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"deliver_by" date NOT NULL,
	"acceptance_criteria" text NOT NULL,
	"payment_terms" text,
	"total_amount" bigint NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"approved_on" date,
	"approved_by" text,
	"contract_no" text,
	"signed_on" date,
	"over_budget_reason" text,
	"liquidated_on" date,
	"cancel_reason" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "press_commissions_ref_no_unique" UNIQUE("ref_no"),
	CONSTRAINT "press_commissions_mode_check" CHECK ("mode" IN ('assignment', 'order', 'tender')),
	CONSTRAINT "press_commissions_status_check" CHECK ("status" IN ('planned', 'approved', 'ordered', 'delivered', 'accepted', 'paid', 'liquidated', 'cancelled')),
	CONSTRAINT "press_commissions_funding_check" CHECK ("funding_source" IN ('provincial', 'central', 'other')),
	-- CT 07 / TT-06: an item must reference a policy (draft) or a plan task
	CONSTRAINT "press_commissions_subject_check" CHECK ("policy_id" IS NOT NULL OR "plan_task_id" IS NOT NULL),
	CONSTRAINT "press_commissions_dates_check" CHECK ("ends_on" >= "starts_on"),
	CONSTRAINT "press_commissions_total_check" CHECK ("total_amount" >= 0)
);--> statement-breakpoint
-- serves the list (filter by status, newest first) and the figures (signed in a year)
CREATE INDEX "press_commissions_status_idx" ON "press_commissions" USING btree ("status", "created_at");--> statement-breakpoint
CREATE INDEX "press_commissions_signed_idx" ON "press_commissions" USING btree ("signed_on");--> statement-breakpoint
-- serves the budget page (committed amounts per plan task and year)
CREATE INDEX "press_commissions_task_idx" ON "press_commissions" USING btree ("plan_task_id", "budget_year");--> statement-breakpoint
CREATE TABLE "press_commission_lines" (
	"id" text PRIMARY KEY NOT NULL,
	"commission_id" text NOT NULL REFERENCES "press_commissions"("id") ON DELETE CASCADE,
	"position" integer NOT NULL,
	"product_type" text NOT NULL,
	"topic" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit" text NOT NULL,
	"length" text,
	"channel" text,
	"placement" text,
	"unit_price" bigint NOT NULL,
	"line_total" bigint NOT NULL,
	CONSTRAINT "press_commission_lines_type_check" CHECK ("product_type" IN ('article', 'report', 'radio', 'television', 'infographic', 'video', 'special_page')),
	CONSTRAINT "press_commission_lines_quantity_check" CHECK ("quantity" > 0),
	CONSTRAINT "press_commission_lines_price_check" CHECK ("unit_price" >= 0 AND "line_total" = "unit_price" * "quantity")
);--> statement-breakpoint
-- serves the lines of an order, in their order
CREATE INDEX "press_commission_lines_commission_idx" ON "press_commission_lines" USING btree ("commission_id", "position");--> statement-breakpoint
CREATE TABLE "press_commission_deliverables" (
	"id" text PRIMARY KEY NOT NULL,
	"commission_id" text NOT NULL REFERENCES "press_commissions"("id") ON DELETE CASCADE,
	"line_id" text NOT NULL REFERENCES "press_commission_lines"("id") ON DELETE CASCADE,
	"title" text NOT NULL,
	"url" text,
	"url_key" text,
	"channel" text,
	"aired_on" date,
	"aired_at" text,
	"duration_minutes" integer,
	"file_id" text,
	"published_on" date NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "press_commission_deliverables_proof_check" CHECK ("url" IS NOT NULL OR "aired_on" IS NOT NULL OR "file_id" IS NOT NULL)
);--> statement-breakpoint
-- serves the deliverables of an order and the figures
CREATE INDEX "press_commission_deliverables_commission_idx" ON "press_commission_deliverables" USING btree ("commission_id", "published_on");--> statement-breakpoint
CREATE TABLE "press_commission_acceptances" (
	"id" text PRIMARY KEY NOT NULL,
	"commission_id" text NOT NULL REFERENCES "press_commissions"("id") ON DELETE CASCADE,
	"accepted_on" date NOT NULL,
	"members" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"quality" text NOT NULL,
	"lines" jsonb NOT NULL,
	"amount" bigint NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "press_commission_acceptances_amount_check" CHECK ("amount" >= 0)
);--> statement-breakpoint
-- serves the acceptance records of an order
CREATE INDEX "press_commission_acceptances_commission_idx" ON "press_commission_acceptances" USING btree ("commission_id", "accepted_on");--> statement-breakpoint
CREATE TABLE "press_commission_payments" (
	"id" text PRIMARY KEY NOT NULL,
	"commission_id" text NOT NULL REFERENCES "press_commissions"("id") ON DELETE CASCADE,
	"paid_on" date NOT NULL,
	"amount" bigint NOT NULL,
	"document_no" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "press_commission_payments_amount_check" CHECK ("amount" > 0)
);--> statement-breakpoint
-- serves the payments of an order
CREATE INDEX "press_commission_payments_commission_idx" ON "press_commission_payments" USING btree ("commission_id", "paid_on");--> statement-breakpoint
CREATE TABLE "press_budget_allocations" (
	"id" text PRIMARY KEY NOT NULL,
	"plan_task_id" text NOT NULL,
	"year" integer NOT NULL,
	"amount" bigint NOT NULL,
	"note" text,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "press_budget_allocations_amount_check" CHECK ("amount" >= 0)
);--> statement-breakpoint
-- one allocation per plan task and year; serves the budget page and the ordering check
CREATE UNIQUE INDEX "press_budget_allocations_task_year_uq" ON "press_budget_allocations" USING btree ("plan_task_id", "year");
