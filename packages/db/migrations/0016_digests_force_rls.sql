-- Row-level security applies to the table owner too (drizzle-kit emits ENABLE, not FORCE).
ALTER TABLE "digests" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "digest_counters" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "digest_settings" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- A digest is a letter as issued: the app records its sending, never rewrites or deletes it.
REVOKE DELETE, TRUNCATE ON "digests" FROM tongdai_app;--> statement-breakpoint
REVOKE DELETE, TRUNCATE ON "digest_counters" FROM tongdai_app;
