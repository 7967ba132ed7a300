-- Press relations, first part (issue 15): the spokespeople of each unit (NĐ 09/2017 Art. 2, DOMAIN.md PN-01/02),
-- kept as versions (an edit or an end adds a version, the old one stays), and the inquiries with legal deadlines:
-- press inquiries (PN-05), issues a press agency forwarded (PN-07) and citizens' information requests (Luật Tiếp
-- cận thông tin Điều 31, TC-01/02). Periods come from legal_rules rows added below. Expand only: new tables.
CREATE TABLE "press_spokespeople" (
	"id" text PRIMARY KEY NOT NULL,
	"assignment_id" text NOT NULL,
	"version" integer NOT NULL,
	"unit_id" text NOT NULL,
	"kind" text NOT NULL,
	"person_name" text NOT NULL,
	"title" text NOT NULL,
	"phone" text,
	"email" text,
	"scope" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"decision_ref" text,
	"end_reason" text,
	"superseded_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "press_spokespeople_kind_check" CHECK ("kind" IN ('head', 'spokesperson', 'authorised')),
	CONSTRAINT "press_spokespeople_dates_check" CHECK ("valid_to" IS NULL OR "valid_to" >= "valid_from"),
	CONSTRAINT "press_spokespeople_authorised_check" CHECK ("kind" <> 'authorised' OR ("scope" IS NOT NULL AND "decision_ref" IS NOT NULL))
);--> statement-breakpoint
-- one current version per assignment (history rows carry superseded_at)
CREATE UNIQUE INDEX "press_spokespeople_current_idx" ON "press_spokespeople" USING btree ("assignment_id") WHERE "superseded_at" IS NULL;--> statement-breakpoint
-- serves listCurrentSpokespeople (the portal page and the office list, by unit)
CREATE INDEX "press_spokespeople_unit_idx" ON "press_spokespeople" USING btree ("unit_id", "valid_from") WHERE "superseded_at" IS NULL;--> statement-breakpoint
CREATE TABLE "press_inquiries" (
	"id" text PRIMARY KEY NOT NULL,
	"ref_no" bigserial NOT NULL,
	"kind" text NOT NULL,
	"complexity" text,
	"status" text DEFAULT 'received' NOT NULL,
	"received_on" date NOT NULL,
	"channel" text NOT NULL,
	"requester_name" text NOT NULL,
	"requester_contact" text,
	"agency_unit_id" text,
	"journalist_name" text,
	"subject" text NOT NULL,
	"content" text NOT NULL,
	"policy_id" text,
	"unit_id" text,
	"officer_id" text,
	"due_on" date NOT NULL,
	"due_basis" jsonb NOT NULL,
	"notice_due_on" date,
	"original_due_on" date,
	"extension_reason" text,
	"extended_at" timestamp with time zone,
	"overdue_alerted_for" date,
	"answer_text" text,
	"answer_file_id" text,
	"refusal_ground" text,
	"refusal_note" text,
	"closed_on" date,
	"closed_by" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "press_inquiries_ref_no_unique" UNIQUE ("ref_no"),
	CONSTRAINT "press_inquiries_kind_check" CHECK ("kind" IN ('press', 'press_forwarded', 'information_request')),
	CONSTRAINT "press_inquiries_status_check" CHECK ("status" IN ('received', 'assigned', 'answered', 'refused')),
	CONSTRAINT "press_inquiries_refusal_check" CHECK ("status" <> 'refused' OR "refusal_ground" IS NOT NULL),
	CONSTRAINT "press_inquiries_agency_check" CHECK ("kind" = 'information_request' OR "agency_unit_id" IS NOT NULL)
);--> statement-breakpoint
-- serves listInquiries (filters by status and due date) and the overdue job (open inquiries by due date)
CREATE INDEX "press_inquiries_open_due_idx" ON "press_inquiries" USING btree ("status", "due_on");--> statement-breakpoint
-- serves listInquiries filtered by unit
CREATE INDEX "press_inquiries_unit_idx" ON "press_inquiries" USING btree ("unit_id", "due_on");--> statement-breakpoint
-- serves the annual report's figures (inquiries received in a year)
CREATE INDEX "press_inquiries_received_idx" ON "press_inquiries" USING btree ("received_on");--> statement-breakpoint
-- The periods of the inquiries, as dated rules (DOMAIN.md PN-05, PN-07, TC-01, TC-02). Never constants in code.
INSERT INTO legal_rules (id, rule_id, value, valid_from, valid_to, source, confidence, note) VALUES
('r-press-reply', 'press.reply.workingDays', '2', '2017-04-15', NULL,
  'Nghị định 09/2017/NĐ-CP, Điều 6', 'M',
  'Thời hạn trả lời câu hỏi của báo chí, ngày làm việc (DOMAIN.md PN-05): số ngày trong Điều 6 chưa đọc lại được, cần kiểm tra (§9).'),
('r-press-forwarded', 'press.forwardedIssue.days', '30', '2017-01-01', NULL,
  'Luật Báo chí 2016, Điều 39', 'V',
  'Trả lời vấn đề báo chí chuyển đến: 30 ngày (ngày lịch) kể từ ngày nhận (DOMAIN.md PN-07).'),
('r-info-simple', 'information.simple.workingDays', '5', '2018-07-01', NULL,
  'Luật Tiếp cận thông tin 2016, Điều 31', 'V',
  'Thông tin đơn giản, có sẵn: cung cấp trong 5 ngày làm việc. Áp dụng làm hạn tối đa cho mọi hình thức yêu cầu (DOMAIN.md TC-01, TC-02).'),
('r-info-complex-notice', 'information.complex.noticeWorkingDays', '3', '2018-07-01', NULL,
  'Luật Tiếp cận thông tin 2016, Điều 31', 'V',
  'Thông tin phức tạp: thông báo thời hạn giải quyết trong 3 ngày làm việc.'),
('r-info-complex', 'information.complex.workingDays', '15', '2018-07-01', NULL,
  'Luật Tiếp cận thông tin 2016, Điều 31', 'V',
  'Thông tin phức tạp: cung cấp hoặc từ chối trong 15 ngày làm việc.'),
('r-info-extension', 'information.extension.maxWorkingDays', '15', '2018-07-01', NULL,
  'Luật Tiếp cận thông tin 2016, Điều 31', 'V',
  'Gia hạn một lần, không quá 15 ngày làm việc, có thông báo bằng văn bản nêu lý do.');
