-- A mail may carry an iCalendar object (RFC 5545), sent as its text/calendar part and as an .ics attachment: a press
-- conference's invitation and its cancellation, so the agency's calendar adds the event, and later updates or
-- cancels the one it has (same UID, higher SEQUENCE). Nullable: every mail queued before, or without an event, has none.
ALTER TABLE mail_outbox ADD COLUMN calendar text;
