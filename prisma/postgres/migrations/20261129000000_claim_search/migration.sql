-- Full-text search over claims (lib/search): expression GIN indexes on the English
-- text-search vectors of a claim's text and quote, a speaker's name and an article's
-- title. lib/search/engine.ts repeats these expressions exactly so the planner uses them.
CREATE INDEX "Claim_search_idx" ON "Claim" USING GIN (to_tsvector('english'::regconfig, "text" || ' ' || "quote"));
CREATE INDEX "Speaker_search_idx" ON "Speaker" USING GIN (to_tsvector('english'::regconfig, "name"));
CREATE INDEX "Article_search_idx" ON "Article" USING GIN (to_tsvector('english'::regconfig, "title"));
