-- A list of public services names the list that superseded it (superseded_by), a reference within its own table. A
-- restore inserts a table's rows in the order of their keys, so a list could arrive before the list it names, and the
-- restore of any database holding a superseded list failed. The reference is now checked when the transaction
-- commits. Expand only: nothing stored changes, and the previous release's processes write as before.
ALTER TABLE "press_service_lists" ALTER CONSTRAINT "press_service_lists_superseded_by_fkey" DEFERRABLE INITIALLY DEFERRED;
