-- A press question names its agency from the press agencies directory (press_agencies, migration 0028), which holds
-- the resident offices of central agencies (VTV, VOV, TTXVN…) as well as the province's own press: the organisation
-- units of type bao_chi were only the latter, so a question from VTV could not be recorded. agency_unit_id stays for
-- the records before and is still set when the agency is one of the province's units. Expand only: a new nullable
-- column, which the previous release's processes neither read nor write.
ALTER TABLE "press_inquiries" ADD COLUMN "press_agency_id" text;
--> statement-breakpoint
-- A press question names its agency one way or the other (a looser rule: what the previous release writes still passes).
ALTER TABLE "press_inquiries" DROP CONSTRAINT "press_inquiries_agency_check";--> statement-breakpoint
ALTER TABLE "press_inquiries" ADD CONSTRAINT "press_inquiries_agency_check" CHECK ("kind" = 'information_request' OR "agency_unit_id" IS NOT NULL OR "press_agency_id" IS NOT NULL);
