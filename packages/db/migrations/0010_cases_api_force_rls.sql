ALTER TABLE "transfer_attempts" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "notifications" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- The transfer log is append-only for the app, like the case timeline.
REVOKE UPDATE, DELETE, TRUNCATE ON "transfer_attempts" FROM tongdai_app;--> statement-breakpoint
-- Notifications are marked read or e-mailed, never deleted by the app.
REVOKE DELETE, TRUNCATE ON "notifications" FROM tongdai_app;
