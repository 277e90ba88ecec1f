CREATE TABLE "digest_counters" (
	"tenant_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "digest_counters_tenant_id_year_pk" PRIMARY KEY("tenant_id","year")
);
--> statement-breakpoint
ALTER TABLE "digest_counters" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "digest_settings" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"digest_time" text DEFAULT '16:30' NOT NULL,
	"parent_body" text,
	"issuer_body" text,
	"symbol" text DEFAULT 'TĐ1022-STTTT' NOT NULL,
	"place" text,
	"signer_title" text,
	"signer_name" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "digest_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "digests" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"number" integer NOT NULL,
	"digest_date" date NOT NULL,
	"case_ids" uuid[] NOT NULL,
	"letter" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"sent_to" text,
	CONSTRAINT "digests_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "digests_number" UNIQUE("tenant_id","year","number"),
	CONSTRAINT "digests_agency_day" UNIQUE("tenant_id","agency_id","digest_date")
);
--> statement-breakpoint
ALTER TABLE "digests" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "digest_counters" ADD CONSTRAINT "digest_counters_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digest_settings" ADD CONSTRAINT "digest_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digests" ADD CONSTRAINT "digests_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digests" ADD CONSTRAINT "digests_tenant_id_agency_id_agencies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","agency_id") REFERENCES "public"."agencies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "digests_history" ON "digests" USING btree ("tenant_id","digest_date" DESC NULLS LAST,"number" DESC NULLS LAST);--> statement-breakpoint
CREATE POLICY "digest_counters_tenant_isolation" ON "digest_counters" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "digest_settings_tenant_isolation" ON "digest_settings" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "digests_tenant_isolation" ON "digests" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "digests_agency_scope" ON "digests" AS RESTRICTIVE FOR ALL TO public USING ((select nullif(current_setting('app.role', true), '')) is distinct from 'agency_staff' or agency_id = (select nullif(current_setting('app.agency_id', true), '')::uuid)) WITH CHECK ((select nullif(current_setting('app.role', true), '')) is distinct from 'agency_staff' or agency_id = (select nullif(current_setting('app.agency_id', true), '')::uuid));