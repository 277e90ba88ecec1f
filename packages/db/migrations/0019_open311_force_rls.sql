-- Row-level security applies to the table owner too (drizzle-kit emits ENABLE, not FORCE).
ALTER TABLE "open311_api_keys" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "open311_requests" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- Keys are revoked, never deleted, so the requests they created keep naming them.
REVOKE DELETE, TRUNCATE ON "open311_api_keys" FROM tongdai_app;--> statement-breakpoint
-- Which key created which case is a record: the app adds to it only.
REVOKE UPDATE, DELETE, TRUNCATE ON "open311_requests" FROM tongdai_app;
