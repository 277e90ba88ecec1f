-- Row-level security applies to the table owner too (drizzle-kit emits ENABLE, not FORCE).
ALTER TABLE "case_attachments" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- The row and the file on disk go together: the app adds attachments, it never rewrites or removes them.
REVOKE UPDATE, DELETE, TRUNCATE ON "case_attachments" FROM tongdai_app;
