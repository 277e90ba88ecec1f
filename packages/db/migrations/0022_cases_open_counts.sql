DROP INDEX IF EXISTS "cases_open_by_agency";--> statement-breakpoint
DROP INDEX IF EXISTS "cases_open_by_operator";--> statement-breakpoint
CREATE INDEX "cases_open_counts" ON "cases" USING btree ("tenant_id","agency_id","operator_id","sla_state") WHERE status <> 'closed' and merged_into is null;