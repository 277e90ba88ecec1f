-- Row-level security applies to the table owner too (drizzle-kit emits ENABLE, not FORCE).
ALTER TABLE "case_extensions" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "case_relays" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "published_answers" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "case_feedback" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "case_settings" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- Decisions on extensions, published answers (withdrawn, not deleted) and citizens ratings stay as history.
REVOKE DELETE, TRUNCATE ON "case_extensions" FROM tongdai_app;--> statement-breakpoint
REVOKE DELETE, TRUNCATE ON "published_answers" FROM tongdai_app;--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON "case_feedback" FROM tongdai_app;--> statement-breakpoint
REVOKE DELETE, TRUNCATE ON "case_relays" FROM tongdai_app;--> statement-breakpoint
-- Duplicate suggestions: trigram similarity of the request text, accents folded (the same words typed
-- with or without diacritics on different channels). f_unaccent is the IMMUTABLE wrapper of 0006.
CREATE INDEX IF NOT EXISTS "cases_content_trgm" ON "cases" USING gin (public.f_unaccent(content) gin_trgm_ops);
