-- Candidate pairs for the documents from $first on (a batch just added),
-- numbered; then a page of them with both shingle sets, for comparing.
--
-- Each document of a bucket (one band key) is paired with the bucket's first
-- document and with the one before it: N copies of one text give at most
-- 2N pairs, never N(N-1)/2, and a batch's pairs are the same whether the
-- corpus came in one batch or many (a bucket's first and previous documents
-- never change when later ones join it). Only buckets a new document is in
-- are read.
CREATE OR REPLACE TEMP TABLE candidates AS
WITH touched AS (
  SELECT DISTINCT band, key FROM bands WHERE seq >= $first
),
ranked AS (
  SELECT
    b.seq,
    first_value(b.seq) OVER (PARTITION BY b.band, b.key ORDER BY b.seq) AS head,
    lag(b.seq) OVER (PARTITION BY b.band, b.key ORDER BY b.seq) AS previous
  FROM bands b
  SEMI JOIN touched t ON t.band = b.band AND t.key = b.key
),
pairs_of_batch AS (
  SELECT DISTINCT "left", "right" FROM (
    SELECT head AS "left", seq AS "right" FROM ranked WHERE seq >= $first AND head < seq
    UNION ALL
    SELECT previous AS "left", seq AS "right" FROM ranked WHERE seq >= $first AND previous IS NOT NULL
  )
)
SELECT row_number() OVER (ORDER BY "right", "left") - 1 AS n, "left", "right" FROM pairs_of_batch;

-- Candidates $from to $to (exclusive) with their fingerprints: read a page at
-- a time, each read whole, so compared pairs can be appended between pages.
SELECT c."left", c."right", a.shingles, a.lines, a.shingle_lines, b.shingles, b.lines, b.shingle_lines
FROM candidates c
JOIN documents a ON a.seq = c."left"
JOIN documents b ON b.seq = c."right"
WHERE c.n >= $from AND c.n < $to
ORDER BY c.n;
