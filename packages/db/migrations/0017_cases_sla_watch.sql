DROP INDEX IF EXISTS "cases_risk_watch";--> statement-breakpoint
DROP INDEX IF EXISTS "cases_breach_watch";--> statement-breakpoint
DROP INDEX IF EXISTS "cases_open_queue";--> statement-breakpoint
DROP INDEX IF EXISTS "cases_open_by_agency";--> statement-breakpoint
DROP INDEX IF EXISTS "cases_open_by_operator";--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "sla_watch_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "cases_sla_watch" ON "cases" USING btree ("tenant_id","sla_watch_at") WHERE sla_watch_at is not null;--> statement-breakpoint
CREATE INDEX "cases_open_queue" ON "cases" USING btree ("tenant_id","sla_state","due_at","id") WHERE status <> 'closed' and merged_into is null;--> statement-breakpoint
CREATE INDEX "cases_open_by_agency" ON "cases" USING btree ("tenant_id","agency_id","sla_state") WHERE status <> 'closed' and merged_into is null;--> statement-breakpoint
CREATE INDEX "cases_open_by_operator" ON "cases" USING btree ("tenant_id","operator_id","sla_state") WHERE status <> 'closed' and merged_into is null;