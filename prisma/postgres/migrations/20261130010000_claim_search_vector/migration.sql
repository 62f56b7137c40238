-- Ranking reads the text-search vector of every claim that matches. Computed from the
-- claim's text on each search, that cost grew with the number of matches (a common
-- word matches thousands of claims); stored with the claim, it is read instead.
-- lib/search/engine.ts searches and ranks on this column.
ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "text" || ' ' || "quote")) STORED;
DROP INDEX "Claim_search_idx";
CREATE INDEX "Claim_search_idx" ON "Claim" USING GIN ("searchVector");
