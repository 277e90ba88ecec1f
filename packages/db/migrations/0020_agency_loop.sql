CREATE TYPE "public"."extension_status" AS ENUM('pending', 'approved', 'refused');--> statement-breakpoint
CREATE TYPE "public"."relay_status" AS ENUM('pending', 'sent', 'failed');--> statement-breakpoint
CREATE TABLE "case_extensions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"status" "extension_status" DEFAULT 'pending' NOT NULL,
	"reason" text NOT NULL,
	"requested_due_at" timestamp with time zone NOT NULL,
	"previous_due_at" timestamp with time zone,
	"requested_by" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"granted_due_at" timestamp with time zone,
	CONSTRAINT "case_extensions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "case_extensions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_relays" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"channel" "channel_kind" NOT NULL,
	"status" "relay_status" DEFAULT 'pending' NOT NULL,
	"recipient" text,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"automatic" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "case_relays_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "case_relays" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "published_answers" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"topic_id" uuid,
	"agency_id" uuid,
	"question" text NOT NULL,
	"answer" text NOT NULL,
	"answer_html" text NOT NULL,
	"answer_text" text NOT NULL,
	"faq_id" uuid,
	"published_by" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "published_answers_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "published_answers_case" UNIQUE("tenant_id","case_id")
);
--> statement-breakpoint
ALTER TABLE "published_answers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_feedback" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"agency_id" uuid,
	"topic_id" uuid,
	"rating" integer NOT NULL,
	"comment" text,
	"reopened" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_feedback_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "case_feedback_once" UNIQUE("tenant_id","case_id"),
	CONSTRAINT "case_feedback_rating" CHECK (rating between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "case_feedback" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_settings" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"auto_relay" boolean DEFAULT false NOT NULL,
	"feedback_window_days" integer DEFAULT 7 NOT NULL,
	"link_key" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_settings_window" CHECK (feedback_window_days between 1 and 60)
);
--> statement-breakpoint
ALTER TABLE "case_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "case_extensions" ADD CONSTRAINT "case_extensions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_extensions" ADD CONSTRAINT "case_extensions_tenant_id_case_id_cases_tenant_id_id_fk" FOREIGN KEY ("tenant_id","case_id") REFERENCES "public"."cases"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_extensions" ADD CONSTRAINT "case_extensions_tenant_id_agency_id_agencies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","agency_id") REFERENCES "public"."agencies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_relays" ADD CONSTRAINT "case_relays_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_relays" ADD CONSTRAINT "case_relays_tenant_id_case_id_cases_tenant_id_id_fk" FOREIGN KEY ("tenant_id","case_id") REFERENCES "public"."cases"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_answers" ADD CONSTRAINT "published_answers_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_answers" ADD CONSTRAINT "published_answers_tenant_id_case_id_cases_tenant_id_id_fk" FOREIGN KEY ("tenant_id","case_id") REFERENCES "public"."cases"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_answers" ADD CONSTRAINT "published_answers_tenant_id_topic_id_topics_tenant_id_id_fk" FOREIGN KEY ("tenant_id","topic_id") REFERENCES "public"."topics"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_answers" ADD CONSTRAINT "published_answers_tenant_id_agency_id_agencies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","agency_id") REFERENCES "public"."agencies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_feedback" ADD CONSTRAINT "case_feedback_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_feedback" ADD CONSTRAINT "case_feedback_tenant_id_case_id_cases_tenant_id_id_fk" FOREIGN KEY ("tenant_id","case_id") REFERENCES "public"."cases"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_feedback" ADD CONSTRAINT "case_feedback_tenant_id_agency_id_agencies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","agency_id") REFERENCES "public"."agencies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_settings" ADD CONSTRAINT "case_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_extensions_one_pending" ON "case_extensions" USING btree ("tenant_id","case_id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "case_extensions_by_status" ON "case_extensions" USING btree ("tenant_id","status","requested_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "case_extensions_case" ON "case_extensions" USING btree ("tenant_id","case_id","requested_at");--> statement-breakpoint
CREATE INDEX "case_relays_case" ON "case_relays" USING btree ("tenant_id","case_id","created_at");--> statement-breakpoint
CREATE INDEX "case_relays_outbox" ON "case_relays" USING btree ("tenant_id","channel","created_at") WHERE status <> 'sent';--> statement-breakpoint
CREATE INDEX "published_answers_recent" ON "published_answers" USING btree ("tenant_id","published_at" DESC NULLS LAST,"id") WHERE withdrawn_at is null;--> statement-breakpoint
CREATE INDEX "case_feedback_recent" ON "case_feedback" USING btree ("tenant_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE POLICY "case_extensions_tenant_isolation" ON "case_extensions" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "case_extensions_agency_scope" ON "case_extensions" AS RESTRICTIVE FOR ALL TO public USING ((select nullif(current_setting('app.role', true), '')) is distinct from 'agency_staff' or agency_id = (select nullif(current_setting('app.agency_id', true), '')::uuid)) WITH CHECK ((select nullif(current_setting('app.role', true), '')) is distinct from 'agency_staff' or agency_id = (select nullif(current_setting('app.agency_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "case_relays_tenant_isolation" ON "case_relays" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "case_relays_staff_scope" ON "case_relays" AS RESTRICTIVE FOR ALL TO public USING ((select nullif(current_setting('app.role', true), '')) is distinct from 'agency_staff') WITH CHECK ((select nullif(current_setting('app.role', true), '')) is distinct from 'agency_staff');--> statement-breakpoint
CREATE POLICY "published_answers_tenant_isolation" ON "published_answers" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "published_answers_staff_write" ON "published_answers" AS RESTRICTIVE FOR ALL TO public USING (true) WITH CHECK ((select nullif(current_setting('app.role', true), '')) is distinct from 'agency_staff');--> statement-breakpoint
CREATE POLICY "case_feedback_tenant_isolation" ON "case_feedback" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "case_feedback_agency_scope" ON "case_feedback" AS RESTRICTIVE FOR ALL TO public USING ((select nullif(current_setting('app.role', true), '')) is distinct from 'agency_staff' or agency_id = (select nullif(current_setting('app.agency_id', true), '')::uuid)) WITH CHECK ((select nullif(current_setting('app.role', true), '')) is distinct from 'agency_staff' or agency_id = (select nullif(current_setting('app.agency_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "case_settings_tenant_isolation" ON "case_settings" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid));