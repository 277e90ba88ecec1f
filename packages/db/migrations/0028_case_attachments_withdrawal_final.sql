-- A withdrawn file stays withdrawn: its bytes are gone, so the tombstone (when, who, why) may not be
-- cleared or rewritten. The service only ever updates rows not yet withdrawn; this holds for any
-- other statement too. Nothing else of a row may change either (the app role's grant is limited to
-- the three withdrawal columns, 0026).
CREATE FUNCTION case_attachments_withdrawal_final() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  IF OLD.withdrawn_at IS NOT NULL THEN
    RAISE EXCEPTION 'attachment % is withdrawn and can no longer change', OLD.id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER case_attachments_withdrawal_final BEFORE UPDATE ON case_attachments
  FOR EACH ROW EXECUTE FUNCTION case_attachments_withdrawal_final();
