-- The public status history and the audit log are append-only, enforced by the
-- database itself so no code path (or hand-written SQL) can rewrite the record.
-- A history row may only disappear together with its claim (a cascade delete).
CREATE TRIGGER "StatusChange_append_only_update" BEFORE UPDATE ON "StatusChange"
BEGIN
  SELECT RAISE(ABORT, 'StatusChange is append-only');
END;

CREATE TRIGGER "StatusChange_append_only_delete" BEFORE DELETE ON "StatusChange"
WHEN EXISTS (SELECT 1 FROM "Claim" WHERE "id" = OLD."claimId")
BEGIN
  SELECT RAISE(ABORT, 'StatusChange is append-only');
END;

CREATE TRIGGER "AuditLog_append_only_update" BEFORE UPDATE ON "AuditLog"
BEGIN
  SELECT RAISE(ABORT, 'AuditLog is append-only');
END;

CREATE TRIGGER "AuditLog_append_only_delete" BEFORE DELETE ON "AuditLog"
BEGIN
  SELECT RAISE(ABORT, 'AuditLog is append-only');
END;
