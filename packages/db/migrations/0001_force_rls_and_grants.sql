-- Row-level security applies to the table owner too (drizzle-kit emits ENABLE, not FORCE).
ALTER TABLE "channels" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "topics" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "agencies" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "agency_hotlines" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "ivr_branches" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "ivr_branch_agencies" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "faq_entries" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- The registry is read-only for the app role; platform administration writes it as the owner.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "tenants" FROM tongdai_app;--> statement-breakpoint
GRANT SELECT ON "tenants" TO tongdai_app;--> statement-breakpoint
GRANT SELECT ON drizzle.__drizzle_migrations TO tongdai_app;
