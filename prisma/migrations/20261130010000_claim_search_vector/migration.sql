-- PostgreSQL only (a stored text-search vector for ranking); SQLite's FTS5 index
-- already stores what bm25() reads. Kept so both databases list the same migrations.
SELECT 1;
