CREATE TYPE "public"."calendar_day_kind" AS ENUM('day_off', 'workday');--> statement-breakpoint
CREATE TYPE "public"."sla_unit" AS ENUM('working_hours', 'working_days', 'clock_hours');--> statement-breakpoint
CREATE TABLE "calendar_days" (
	"tenant_id" uuid NOT NULL,
	"day" date NOT NULL,
	"kind" "calendar_day_kind" NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "calendar_days_tenant_id_day_pk" PRIMARY KEY("tenant_id","day")
);
--> statement-breakpoint
ALTER TABLE "calendar_days" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "sla_classes" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"acknowledge_amount" integer NOT NULL,
	"acknowledge_unit" "sla_unit" NOT NULL,
	"answer_amount" integer NOT NULL,
	"answer_unit" "sla_unit" NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "sla_classes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "sla_classes_code" UNIQUE("tenant_id","code")
);
--> statement-breakpoint
ALTER TABLE "sla_classes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "working_calendars" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"office_hours" jsonb DEFAULT '[{"start":"07:00","end":"11:30"},{"start":"13:30","end":"17:00"}]'::jsonb NOT NULL,
	"working_weekdays" integer[] DEFAULT '{1,2,3,4,5}'::int[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "working_calendars" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "duty_roster" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"branch_id" uuid NOT NULL,
	"agency_id" uuid,
	"week_start" date NOT NULL,
	"weekday" smallint NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"name" text NOT NULL,
	"phone" text NOT NULL,
	"email" text,
	CONSTRAINT "duty_roster_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "duty_roster" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "channels" ADD COLUMN "secret_ciphertext" text;--> statement-breakpoint
ALTER TABLE "topics" ADD COLUMN "default_agency_id" uuid;--> statement-breakpoint
ALTER TABLE "topics" ADD COLUMN "sla_class_id" uuid;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "parent_id" uuid;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "agency_hotlines" ADD COLUMN "schedule" jsonb DEFAULT '{"kind":"24/7"}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "calendar_days" ADD CONSTRAINT "calendar_days_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_classes" ADD CONSTRAINT "sla_classes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_calendars" ADD CONSTRAINT "working_calendars_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_roster" ADD CONSTRAINT "duty_roster_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_roster" ADD CONSTRAINT "duty_roster_tenant_id_branch_id_ivr_branches_tenant_id_id_fk" FOREIGN KEY ("tenant_id","branch_id") REFERENCES "public"."ivr_branches"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_roster" ADD CONSTRAINT "duty_roster_tenant_id_agency_id_agencies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","agency_id") REFERENCES "public"."agencies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "duty_roster_week" ON "duty_roster" USING btree ("tenant_id","branch_id","week_start");--> statement-breakpoint
ALTER TABLE "topics" ADD CONSTRAINT "topics_tenant_id_default_agency_id_agencies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","default_agency_id") REFERENCES "public"."agencies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topics" ADD CONSTRAINT "topics_tenant_id_sla_class_id_sla_classes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","sla_class_id") REFERENCES "public"."sla_classes"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_tenant_id_parent_id_agencies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","parent_id") REFERENCES "public"."agencies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "calendar_days_tenant_isolation" ON "calendar_days" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "sla_classes_tenant_isolation" ON "sla_classes" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "working_calendars_tenant_isolation" ON "working_calendars" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "duty_roster_tenant_isolation" ON "duty_roster" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid));