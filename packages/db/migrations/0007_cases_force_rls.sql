ALTER TABLE "case_events" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "case_counters" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- A case's timeline is append-only for the app.
REVOKE UPDATE, DELETE, TRUNCATE ON "case_events" FROM tongdai_app;
