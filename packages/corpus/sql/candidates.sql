-- Candidate pairs for the documents from $first on (a batch just added),
-- numbered; then the fingerprints they need, and a page of them at a time.
--
-- A bucket is a band key, or a line of a sentence or more ($least_line
-- shingles), which goes in the bucket after the bands ($line_band): copies
-- that keep whole paragraphs are candidates whatever their signatures say.
-- Each document of a bucket is paired with the bucket's first document and
-- with the one before it: N copies of one text give at most 2N pairs, never
-- N(N-1)/2, and a batch's pairs are the same whether the corpus came in one
-- batch or many (a bucket's first and previous documents never change when
-- later ones join it). Only buckets a new document is in are read.
CREATE OR REPLACE TEMP TABLE candidates AS
WITH keyed AS (
  SELECT seq, band, key FROM bands
  UNION ALL
  SELECT seq, $line_band AS band, line AS key FROM lines WHERE shingles >= $least_line
),
touched AS (
  SELECT DISTINCT band, key FROM keyed WHERE seq >= $first
),
ranked AS (
  SELECT
    k.seq,
    first_value(k.seq) OVER (PARTITION BY k.band, k.key ORDER BY k.seq) AS head,
    lag(k.seq) OVER (PARTITION BY k.band, k.key ORDER BY k.seq) AS previous
  FROM keyed k
  SEMI JOIN touched t ON t.band = k.band AND t.key = k.key
),
pairs_of_batch AS (
  SELECT DISTINCT "left", "right" FROM (
    SELECT head AS "left", seq AS "right" FROM ranked WHERE seq >= $first AND head < seq
    UNION ALL
    SELECT previous AS "left", seq AS "right" FROM ranked WHERE seq >= $first AND previous IS NOT NULL
  )
)
SELECT row_number() OVER (ORDER BY "right", "left") - 1 AS n, "left", "right" FROM pairs_of_batch;

-- The fingerprints of the documents the candidates pair, each once: read out
-- in one scan (a join a page at a time would scan every stored fingerprint
-- for each page), for the pairs to be compared from.
SELECT d.seq, d.shingles, d.lines, d.shingle_lines
FROM documents d
SEMI JOIN (SELECT "left" AS seq FROM candidates UNION SELECT "right" FROM candidates) c ON c.seq = d.seq;

-- Candidates $from to $to (exclusive), read a page at a time so that compared
-- pairs can be appended between pages.
SELECT "left", "right" FROM candidates WHERE n >= $from AND n < $to ORDER BY n;
