-- The public status history and the audit log are append-only, enforced by the
-- database itself so no code path (or hand-written SQL) can rewrite the record.
-- A history row may only disappear together with its claim (a cascade delete).
CREATE FUNCTION "claims_desk_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'StatusChange'
     AND NOT EXISTS (SELECT 1 FROM "Claim" WHERE "id" = OLD."claimId") THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER "StatusChange_append_only" BEFORE UPDATE OR DELETE ON "StatusChange"
  FOR EACH ROW EXECUTE FUNCTION "claims_desk_append_only"();

CREATE TRIGGER "AuditLog_append_only" BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "claims_desk_append_only"();
