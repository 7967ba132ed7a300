-- A complex information request needs a written notice of its handling time within the rule's working days
-- (Luật Tiếp cận thông tin 2016, Điều 31; DOMAIN.md TC-01): the day it was sent and its document number are recorded,
-- and the overdue job warns once when the notice is late.
ALTER TABLE press_inquiries ADD COLUMN notice_sent_on date;
--> statement-breakpoint
ALTER TABLE press_inquiries ADD COLUMN notice_ref text;
--> statement-breakpoint
ALTER TABLE press_inquiries ADD COLUMN notice_alerted boolean NOT NULL DEFAULT false;
