CREATE TYPE "public"."attachment_source" AS ENUM('operator', 'agency', 'citizen');--> statement-breakpoint
CREATE TABLE "case_attachments" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" uuid,
	"source" "attachment_source" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_attachments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "case_attachments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_tenant_id_case_id_cases_tenant_id_id_fk" FOREIGN KEY ("tenant_id","case_id") REFERENCES "public"."cases"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_attachments_case" ON "case_attachments" USING btree ("tenant_id","case_id","created_at");--> statement-breakpoint
CREATE POLICY "case_attachments_tenant_isolation" ON "case_attachments" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "case_attachments_case_scope" ON "case_attachments" AS RESTRICTIVE FOR ALL TO public USING ((select nullif(current_setting('app.role', true), '')) is distinct from 'agency_staff' or exists (select 1 from cases c where c.tenant_id = case_attachments.tenant_id and c.id = case_attachments.case_id)) WITH CHECK ((select nullif(current_setting('app.role', true), '')) is distinct from 'agency_staff' or exists (select 1 from cases c where c.tenant_id = case_attachments.tenant_id and c.id = case_attachments.case_id));