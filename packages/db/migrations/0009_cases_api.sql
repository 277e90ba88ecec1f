CREATE TYPE "public"."transfer_outcome" AS ENUM('busy', 'no_answer', 'failed', 'answered');--> statement-breakpoint
CREATE TABLE "notifications" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"recipient" text NOT NULL,
	"user_id" uuid,
	"kind" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"case_id" uuid,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"email_to" text,
	"emailed_at" timestamp with time zone,
	"email_attempts" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "notifications_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "notifications_once" UNIQUE("tenant_id","dedupe_key","recipient")
);
--> statement-breakpoint
ALTER TABLE "notifications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "transfer_attempts" (
	"tenant_id" uuid NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "transfer_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"case_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"hotline_id" uuid,
	"phone" text NOT NULL,
	"outcome" "transfer_outcome" NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"operator_id" uuid,
	CONSTRAINT "transfer_attempts_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "transfer_attempts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "case_code_prefix" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "idempotency_fingerprint" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "sla_started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "at_risk_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_tenant_id_case_id_cases_tenant_id_id_fk" FOREIGN KEY ("tenant_id","case_id") REFERENCES "public"."cases"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_attempts" ADD CONSTRAINT "transfer_attempts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_attempts" ADD CONSTRAINT "transfer_attempts_tenant_id_case_id_cases_tenant_id_id_fk" FOREIGN KEY ("tenant_id","case_id") REFERENCES "public"."cases"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transfer_attempts" ADD CONSTRAINT "transfer_attempts_tenant_id_agency_id_agencies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","agency_id") REFERENCES "public"."agencies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_inbox" ON "notifications" USING btree ("tenant_id","user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "notifications_outbox" ON "notifications" USING btree ("tenant_id","created_at") WHERE email_to is not null and emailed_at is null;--> statement-breakpoint
CREATE INDEX "transfer_attempts_agency" ON "transfer_attempts" USING btree ("tenant_id","agency_id","at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "transfer_attempts_case" ON "transfer_attempts" USING btree ("tenant_id","case_id","id");--> statement-breakpoint
CREATE POLICY "case_events_case_scope" ON "case_events" AS RESTRICTIVE FOR ALL TO public USING ((select nullif(current_setting('app.role', true), '')) is distinct from 'agency_staff' or exists (select 1 from cases c where c.tenant_id = case_events.tenant_id and c.id = case_events.case_id)) WITH CHECK ((select nullif(current_setting('app.role', true), '')) is distinct from 'agency_staff' or exists (select 1 from cases c where c.tenant_id = case_events.tenant_id and c.id = case_events.case_id));--> statement-breakpoint
CREATE POLICY "notifications_tenant_isolation" ON "notifications" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "notifications_recipient" ON "notifications" AS RESTRICTIVE FOR ALL TO public USING (coalesce((select nullif(current_setting('app.role', true), '')), '') not in ('tenant_admin', 'supervisor', 'operator', 'agency_staff') or user_id = (select nullif(current_setting('app.user_id', true), '')::uuid)) WITH CHECK (coalesce((select nullif(current_setting('app.role', true), '')), '') not in ('tenant_admin', 'supervisor', 'operator', 'agency_staff') or user_id = (select nullif(current_setting('app.user_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "transfer_attempts_tenant_isolation" ON "transfer_attempts" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "transfer_attempts_case_scope" ON "transfer_attempts" AS RESTRICTIVE FOR ALL TO public USING ((select nullif(current_setting('app.role', true), '')) is distinct from 'agency_staff' or exists (select 1 from cases c where c.tenant_id = transfer_attempts.tenant_id and c.id = transfer_attempts.case_id)) WITH CHECK ((select nullif(current_setting('app.role', true), '')) is distinct from 'agency_staff' or exists (select 1 from cases c where c.tenant_id = transfer_attempts.tenant_id and c.id = transfer_attempts.case_id));