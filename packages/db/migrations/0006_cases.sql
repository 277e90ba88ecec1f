-- unaccent() is only STABLE; indexes and generated columns need an IMMUTABLE wrapper with a fixed dictionary.
CREATE OR REPLACE FUNCTION public.f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;--> statement-breakpoint
CREATE TYPE "public"."case_urgency" AS ENUM('normal', 'urgent');--> statement-breakpoint
CREATE TYPE "public"."sla_state" AS ENUM('on_track', 'at_risk', 'breached');--> statement-breakpoint
ALTER TYPE "public"."case_status" ADD VALUE 'acknowledged';--> statement-breakpoint
ALTER TYPE "public"."case_status" ADD VALUE 'waiting_citizen';--> statement-breakpoint
ALTER TYPE "public"."case_status" ADD VALUE 'merged';--> statement-breakpoint
CREATE TABLE "case_counters" (
	"tenant_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "case_counters_tenant_id_year_pk" PRIMARY KEY("tenant_id","year")
);
--> statement-breakpoint
ALTER TABLE "case_counters" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_events" (
	"tenant_id" uuid NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "case_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"case_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"type" text NOT NULL,
	"visibility" text DEFAULT 'internal' NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "case_events_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "case_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "sla_class_id" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "urgency" "case_urgency";--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "operator_id" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "citizen_address" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "commune" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "ack_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "sla_state" "sla_state" DEFAULT 'on_track' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "answer" jsonb;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "resume_to" "case_status";--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "paused_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "paused_minutes" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "merged_into" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', f_unaccent(coalesce(code, '') || ' ' || coalesce(content, '')))) STORED;--> statement-breakpoint
ALTER TABLE "case_counters" ADD CONSTRAINT "case_counters_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_tenant_id_case_id_cases_tenant_id_id_fk" FOREIGN KEY ("tenant_id","case_id") REFERENCES "public"."cases"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_events_case" ON "case_events" USING btree ("tenant_id","case_id","id");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_tenant_id_sla_class_id_sla_classes_tenant_id_id_fk" FOREIGN KEY ("tenant_id","sla_class_id") REFERENCES "public"."sla_classes"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cases_idempotency" ON "cases" USING btree ("tenant_id","idempotency_key") WHERE idempotency_key is not null;--> statement-breakpoint
CREATE INDEX "cases_inbox" ON "cases" USING btree ("tenant_id","received_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_by_status" ON "cases" USING btree ("tenant_id","status","received_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_by_channel" ON "cases" USING btree ("tenant_id","channel","received_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_by_topic" ON "cases" USING btree ("tenant_id","topic_id","received_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_by_agency" ON "cases" USING btree ("tenant_id","agency_id","received_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_by_operator" ON "cases" USING btree ("tenant_id","operator_id","received_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_by_sla" ON "cases" USING btree ("tenant_id","sla_state","received_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_by_phone" ON "cases" USING btree ("tenant_id","citizen_phone","received_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_search" ON "cases" USING gin ("search_vector");--> statement-breakpoint
CREATE POLICY "case_counters_tenant_isolation" ON "case_counters" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "case_events_tenant_isolation" ON "case_events" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid));