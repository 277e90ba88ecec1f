-- Entries written before answers had HTML and plain-text forms: their answers are plain paragraphs.
-- The one-time backfill must see every province's rows, so row security is relaxed for the owner meanwhile.
ALTER TABLE "faq_entries" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
UPDATE "faq_entries"
  SET answer_text = answer,
      answer_html = '<p>' || replace(replace(replace(replace(answer, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), E'\n\n', '</p><p>') || '</p>'
  WHERE answer_html = '';--> statement-breakpoint
INSERT INTO "faq_terms" (tenant_id, term, ndoc)
  SELECT tenant_id, term, count(*) FROM "faq_entries", unnest(tsvector_to_array(search_vector)) AS term GROUP BY 1, 2;--> statement-breakpoint
INSERT INTO "faq_terms" (tenant_id, term, ndoc) SELECT tenant_id, '', count(*) FROM "faq_entries" GROUP BY 1;--> statement-breakpoint
ALTER TABLE "faq_entries" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "faq_revisions" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "faq_synonyms" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "faq_terms" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- Revision history is append-only for the app (deleting an entry still removes its history by cascade).
REVOKE UPDATE, DELETE, TRUNCATE ON "faq_revisions" FROM tongdai_app;--> statement-breakpoint
-- Keeps faq_terms (vocabulary with document counts) in step with faq_entries, once per statement so an
-- import of a thousand rows costs one pass. The term '' (never a lexeme) counts the province's entries.
-- Upserts go in term order, '' first, so concurrent writers lock rows in the same order.
CREATE OR REPLACE FUNCTION public.faq_terms_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO faq_terms (tenant_id, term, ndoc)
      SELECT tenant_id, '', count(*) FROM new_rows GROUP BY 1 ORDER BY 1
      ON CONFLICT (tenant_id, term) DO UPDATE SET ndoc = faq_terms.ndoc + excluded.ndoc;
    INSERT INTO faq_terms (tenant_id, term, ndoc)
      SELECT n.tenant_id, t, count(*) FROM new_rows n, unnest(tsvector_to_array(n.search_vector)) AS t
      GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT (tenant_id, term) DO UPDATE SET ndoc = faq_terms.ndoc + excluded.ndoc;
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    -- Most updates (usage counter, state) leave the words alone.
    IF NOT EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o USING (tenant_id, id)
                   WHERE n.search_vector IS DISTINCT FROM o.search_vector) THEN
      RETURN NULL;
    END IF;
    INSERT INTO faq_terms (tenant_id, term, ndoc)
      SELECT tenant_id, term, sum(d) FROM (
        SELECT n.tenant_id, t AS term, 1 AS d FROM new_rows n, unnest(tsvector_to_array(n.search_vector)) AS t
        UNION ALL
        SELECT o.tenant_id, t, -1 FROM old_rows o, unnest(tsvector_to_array(o.search_vector)) AS t
      ) AS x GROUP BY 1, 2 HAVING sum(d) <> 0 ORDER BY 1, 2
      ON CONFLICT (tenant_id, term) DO UPDATE SET ndoc = faq_terms.ndoc + excluded.ndoc;
  ELSE
    INSERT INTO faq_terms (tenant_id, term, ndoc)
      SELECT tenant_id, '', -count(*) FROM old_rows GROUP BY 1 ORDER BY 1
      ON CONFLICT (tenant_id, term) DO UPDATE SET ndoc = faq_terms.ndoc + excluded.ndoc;
    INSERT INTO faq_terms (tenant_id, term, ndoc)
      SELECT o.tenant_id, t, -count(*) FROM old_rows o, unnest(tsvector_to_array(o.search_vector)) AS t
      GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT (tenant_id, term) DO UPDATE SET ndoc = faq_terms.ndoc + excluded.ndoc;
  END IF;
  DELETE FROM faq_terms f
    USING (SELECT DISTINCT o.tenant_id, t AS term FROM old_rows o, unnest(tsvector_to_array(o.search_vector)) AS t) AS g
    WHERE f.tenant_id = g.tenant_id AND f.term = g.term AND f.ndoc <= 0;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER faq_terms_on_insert AFTER INSERT ON "faq_entries"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.faq_terms_apply();--> statement-breakpoint
CREATE TRIGGER faq_terms_on_update AFTER UPDATE ON "faq_entries"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.faq_terms_apply();--> statement-breakpoint
CREATE TRIGGER faq_terms_on_delete AFTER DELETE ON "faq_entries"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.faq_terms_apply();
