-- FAQ search documents. unaccent() and array_to_string() are only STABLE: generated columns and their GIN
-- indexes need IMMUTABLE wrappers with a fixed dictionary and text search configuration.
CREATE OR REPLACE FUNCTION public.f_faq_document(question text, keywords text[], answer text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT setweight(to_tsvector('simple'::regconfig, public.f_unaccent(coalesce(question, ''))), 'A')
            || setweight(to_tsvector('simple'::regconfig, public.f_unaccent(coalesce(array_to_string(keywords, ' , '), ''))), 'B')
            || setweight(to_tsvector('simple'::regconfig, public.f_unaccent(coalesce(answer, ''))), 'C') $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.f_faq_fold(question text, keywords text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(public.f_unaccent(coalesce(question, '') || ' ' || coalesce(array_to_string(keywords, ' '), ''))) $$;--> statement-breakpoint
CREATE TABLE "faq_revisions" (
	"tenant_id" uuid NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "faq_revisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"faq_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_name" text,
	"action" text NOT NULL,
	"changes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "faq_revisions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "faq_revisions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "faq_synonyms" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"term" text NOT NULL,
	"equivalents" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "faq_synonyms_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "faq_synonyms_term" UNIQUE("tenant_id","term")
);
--> statement-breakpoint
ALTER TABLE "faq_synonyms" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "faq_terms" (
	"tenant_id" uuid NOT NULL,
	"term" text NOT NULL,
	"ndoc" integer NOT NULL,
	CONSTRAINT "faq_terms_tenant_id_term_pk" PRIMARY KEY("tenant_id","term")
);
--> statement-breakpoint
ALTER TABLE "faq_terms" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD COLUMN "answer_html" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD COLUMN "answer_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD COLUMN "source_agency_id" uuid;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD COLUMN "valid_until" date;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD COLUMN "usage_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD COLUMN "updated_by" uuid;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (public.f_faq_document(question, keywords, answer_text)) STORED;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD COLUMN "search_text" text GENERATED ALWAYS AS (public.f_faq_fold(question, keywords)) STORED;--> statement-breakpoint
ALTER TABLE "faq_revisions" ADD CONSTRAINT "faq_revisions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faq_revisions" ADD CONSTRAINT "faq_revisions_tenant_id_faq_id_faq_entries_tenant_id_id_fk" FOREIGN KEY ("tenant_id","faq_id") REFERENCES "public"."faq_entries"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faq_synonyms" ADD CONSTRAINT "faq_synonyms_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faq_terms" ADD CONSTRAINT "faq_terms_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "faq_revisions_entry" ON "faq_revisions" USING btree ("tenant_id","faq_id","id");--> statement-breakpoint
CREATE INDEX "faq_terms_trgm" ON "faq_terms" USING gin ("term" gin_trgm_ops);--> statement-breakpoint
ALTER TABLE "faq_entries" ADD CONSTRAINT "faq_entries_tenant_id_source_agency_id_agencies_tenant_id_id_fk" FOREIGN KEY ("tenant_id","source_agency_id") REFERENCES "public"."agencies"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "faq_entries_search" ON "faq_entries" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "faq_entries_trgm" ON "faq_entries" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "faq_entries_by_topic" ON "faq_entries" USING btree ("tenant_id","topic_id","state");--> statement-breakpoint
CREATE INDEX "faq_entries_recent" ON "faq_entries" USING btree ("tenant_id","updated_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE POLICY "faq_revisions_tenant_isolation" ON "faq_revisions" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "faq_synonyms_tenant_isolation" ON "faq_synonyms" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "faq_terms_tenant_isolation" ON "faq_terms" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid)) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), '')::uuid));