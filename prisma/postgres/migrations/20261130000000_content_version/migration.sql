-- A single counter that moves whenever anything a public page can show changes, bumped
-- by triggers so every writer counts: the app, the CLIs, imports, hand-written SQL.
-- The public page cache (lib/page-cache) stores each rendered page with the counter it
-- read before rendering and serves it only while the counter still has that value.
-- The bump commits with the write that caused it, so a reader never sees the new
-- counter before the new data.
-- On PostgreSQL the bump is a deferred constraint trigger: it runs at commit, once per
-- transaction (a transaction-local setting remembers it ran), so the counter row is
-- locked only for the instant before commit and cannot take part in a deadlock.

CREATE TABLE "ContentVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1),
    "version" BIGINT NOT NULL
);
INSERT INTO "ContentVersion" ("id", "version") VALUES (1, 0);

CREATE FUNCTION "claims_desk_bump_content_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('claims_desk.content_version_bumped', true) IS DISTINCT FROM 'yes' THEN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
    PERFORM set_config('claims_desk.content_version_bumped', 'yes', true);
  END IF;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "Article_content_version" AFTER INSERT OR UPDATE OR DELETE ON "Article"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "claims_desk_bump_content_version"();

CREATE CONSTRAINT TRIGGER "Speaker_content_version" AFTER INSERT OR UPDATE OR DELETE ON "Speaker"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "claims_desk_bump_content_version"();

CREATE CONSTRAINT TRIGGER "Claim_content_version" AFTER INSERT OR UPDATE OR DELETE ON "Claim"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "claims_desk_bump_content_version"();

CREATE CONSTRAINT TRIGGER "Evidence_content_version" AFTER INSERT OR UPDATE OR DELETE ON "Evidence"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "claims_desk_bump_content_version"();

CREATE CONSTRAINT TRIGGER "ClaimLink_content_version" AFTER INSERT OR UPDATE OR DELETE ON "ClaimLink"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "claims_desk_bump_content_version"();

CREATE CONSTRAINT TRIGGER "StatusChange_content_version" AFTER INSERT OR UPDATE OR DELETE ON "StatusChange"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "claims_desk_bump_content_version"();

CREATE CONSTRAINT TRIGGER "Dispute_content_version" AFTER INSERT OR UPDATE OR DELETE ON "Dispute"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "claims_desk_bump_content_version"();

CREATE CONSTRAINT TRIGGER "User_content_version" AFTER INSERT OR UPDATE OR DELETE ON "User"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "claims_desk_bump_content_version"();
