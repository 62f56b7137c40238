-- A single counter that moves whenever anything a public page can show changes, bumped
-- by triggers so every writer counts: the app, the CLIs, imports, hand-written SQL.
-- The public page cache (lib/page-cache) stores each rendered page with the counter it
-- read before rendering and serves it only while the counter still has that value.
-- The bump commits with the write that caused it, so a reader never sees the new
-- counter before the new data.

CREATE TABLE "ContentVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1),
    "version" INTEGER NOT NULL
);
INSERT INTO "ContentVersion" ("id", "version") VALUES (1, 0);

CREATE TRIGGER "Article_content_version_insert" AFTER INSERT ON "Article" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Article_content_version_update" AFTER UPDATE ON "Article" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Article_content_version_delete" AFTER DELETE ON "Article" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Speaker_content_version_insert" AFTER INSERT ON "Speaker" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Speaker_content_version_update" AFTER UPDATE ON "Speaker" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Speaker_content_version_delete" AFTER DELETE ON "Speaker" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Claim_content_version_insert" AFTER INSERT ON "Claim" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Claim_content_version_update" AFTER UPDATE ON "Claim" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Claim_content_version_delete" AFTER DELETE ON "Claim" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Evidence_content_version_insert" AFTER INSERT ON "Evidence" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Evidence_content_version_update" AFTER UPDATE ON "Evidence" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Evidence_content_version_delete" AFTER DELETE ON "Evidence" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ClaimLink_content_version_insert" AFTER INSERT ON "ClaimLink" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ClaimLink_content_version_update" AFTER UPDATE ON "ClaimLink" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ClaimLink_content_version_delete" AFTER DELETE ON "ClaimLink" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "StatusChange_content_version_insert" AFTER INSERT ON "StatusChange" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "StatusChange_content_version_update" AFTER UPDATE ON "StatusChange" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "StatusChange_content_version_delete" AFTER DELETE ON "StatusChange" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Dispute_content_version_insert" AFTER INSERT ON "Dispute" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Dispute_content_version_update" AFTER UPDATE ON "Dispute" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Dispute_content_version_delete" AFTER DELETE ON "Dispute" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "User_content_version_insert" AFTER INSERT ON "User" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "User_content_version_update" AFTER UPDATE ON "User" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "User_content_version_delete" AFTER DELETE ON "User" BEGIN
    UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
