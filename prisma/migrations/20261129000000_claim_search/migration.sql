-- Full-text search over claims (lib/search): an FTS5 index of each claim's text and
-- quote, its speaker's name and its article's title, kept in sync by triggers.
-- FTS5 rows are keyed by an integer. "Claim" has a text primary key, and its implicit
-- rowid may change on VACUUM, so ClaimSearchDoc gives every claim a stable integer
-- docid (an INTEGER PRIMARY KEY survives VACUUM).
CREATE TABLE "ClaimSearchDoc" (
    "docid" INTEGER NOT NULL PRIMARY KEY,
    "claimId" TEXT NOT NULL
);
CREATE UNIQUE INDEX "ClaimSearchDoc_claimId_key" ON "ClaimSearchDoc"("claimId");

-- porter stems English words ("denied" finds "denies"); remove_diacritics lets
-- "Dmitriev" find "Dmítriev".
CREATE VIRTUAL TABLE "ClaimSearch" USING fts5(
    "text", "quote", "speaker", "article",
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER "Claim_search_insert" AFTER INSERT ON "Claim" BEGIN
    INSERT INTO "ClaimSearchDoc" ("claimId") VALUES (new."id");
    INSERT INTO "ClaimSearch" (rowid, "text", "quote", "speaker", "article")
    VALUES (
        (SELECT "docid" FROM "ClaimSearchDoc" WHERE "claimId" = new."id"),
        new."text", new."quote",
        (SELECT "name" FROM "Speaker" WHERE "id" = new."speakerId"),
        (SELECT "title" FROM "Article" WHERE "id" = new."articleId")
    );
END;

CREATE TRIGGER "Claim_search_update" AFTER UPDATE OF "text", "quote", "speakerId", "articleId" ON "Claim" BEGIN
    UPDATE "ClaimSearch" SET
        "text" = new."text",
        "quote" = new."quote",
        "speaker" = (SELECT "name" FROM "Speaker" WHERE "id" = new."speakerId"),
        "article" = (SELECT "title" FROM "Article" WHERE "id" = new."articleId")
    WHERE rowid = (SELECT "docid" FROM "ClaimSearchDoc" WHERE "claimId" = new."id");
END;

-- Also fires for claims removed by ON DELETE CASCADE from their article.
CREATE TRIGGER "Claim_search_delete" AFTER DELETE ON "Claim" BEGIN
    DELETE FROM "ClaimSearch" WHERE rowid = (SELECT "docid" FROM "ClaimSearchDoc" WHERE "claimId" = old."id");
    DELETE FROM "ClaimSearchDoc" WHERE "claimId" = old."id";
END;

CREATE TRIGGER "Speaker_search_update" AFTER UPDATE OF "name" ON "Speaker" WHEN old."name" IS NOT new."name" BEGIN
    UPDATE "ClaimSearch" SET "speaker" = new."name"
    WHERE rowid IN (
        SELECT d."docid" FROM "Claim" c JOIN "ClaimSearchDoc" d ON d."claimId" = c."id" WHERE c."speakerId" = new."id"
    );
END;

CREATE TRIGGER "Article_search_update" AFTER UPDATE OF "title" ON "Article" WHEN old."title" IS NOT new."title" BEGIN
    UPDATE "ClaimSearch" SET "article" = new."title"
    WHERE rowid IN (
        SELECT d."docid" FROM "Claim" c JOIN "ClaimSearchDoc" d ON d."claimId" = c."id" WHERE c."articleId" = new."id"
    );
END;

-- Index the claims that already exist.
INSERT INTO "ClaimSearchDoc" ("claimId") SELECT "id" FROM "Claim" ORDER BY "createdAt", "id";
INSERT INTO "ClaimSearch" (rowid, "text", "quote", "speaker", "article")
SELECT d."docid", c."text", c."quote", s."name", a."title"
FROM "ClaimSearchDoc" d
JOIN "Claim" c ON c."id" = d."claimId"
JOIN "Speaker" s ON s."id" = c."speakerId"
JOIN "Article" a ON a."id" = c."articleId";
