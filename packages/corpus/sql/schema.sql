-- The corpus index: what each document added contributes, as rows.
-- Per-document work (shingles, band keys) is done outside; everything
-- corpus-wide (the band join, connected components) runs on these tables.

-- The index's own settings, fixed when it is created: a later batch with other
-- thresholds would cluster by two rules.
CREATE TABLE IF NOT EXISTS settings (
  name VARCHAR PRIMARY KEY,
  value VARCHAR NOT NULL
);

-- One row per document, in the order added: its fingerprint (`fingerprint`
-- of @claimtrace/syndication), read back whole when a candidate pair is
-- compared. `shingles` is the sorted set of 32-bit shingle hashes, 4 bytes
-- each; `lines` its lines, three 32-bit numbers each (hash, shingles,
-- position);
-- `shingle_lines` the line each shingle starts in, 16 bits each; all
-- little-endian.
CREATE TABLE IF NOT EXISTS documents (
  seq BIGINT PRIMARY KEY,
  id VARCHAR NOT NULL UNIQUE,
  batch INTEGER NOT NULL,
  shingle_count INTEGER NOT NULL,
  shingles BLOB NOT NULL,
  lines BLOB NOT NULL,
  shingle_lines BLOB NOT NULL
);

-- The band keys of each document's MinHash signature: two documents sharing a
-- (band, key) are candidates.
CREATE TABLE IF NOT EXISTS bands (
  seq BIGINT NOT NULL,
  band UTINYINT NOT NULL,
  key UINTEGER NOT NULL
);

-- The lines of each document (`lines` of `documents`) as rows: each line's
-- hash, the shingles that start in it and where it first comes among the
-- document's lines. Counted across the corpus, they tell boilerplate from the
-- story (`sql/boilerplate.sql`); a line of a sentence or more is a bucket of
-- candidates too (`sql/candidates.sql`).
CREATE TABLE IF NOT EXISTS lines (
  seq BIGINT NOT NULL,
  line UINTEGER NOT NULL,
  shingles INTEGER NOT NULL,
  position INTEGER NOT NULL
);

-- Every candidate pair compared, `left` the earlier document, with the
-- shingles the two share. Which of them are copies is decided when clusters
-- are asked for, with the boilerplate of the whole corpus taken out: a batch
-- added tomorrow can make today's footer boilerplate.
CREATE TABLE IF NOT EXISTS compared (
  "left" BIGINT NOT NULL,
  "right" BIGINT NOT NULL,
  shared INTEGER NOT NULL
);

-- What each compared pair shares, by the line it lies in on each side
-- (`sharedLines` of @claimtrace/syndication: line hashes, NULL past a
-- document's 65,535th line): enough to take boilerplate out of the pair's
-- counts without reading its shingles again.
CREATE TABLE IF NOT EXISTS shared_lines (
  "left" BIGINT NOT NULL,
  "right" BIGINT NOT NULL,
  line_a UINTEGER,
  line_b UINTEGER,
  shingles INTEGER NOT NULL
);

-- The claims of each document, when a batch is added with its claims read
-- (`extractClaims` of @claimtrace/extract, one row a claim, offsets into the
-- document's text; `position` its place among the document's claims).
CREATE TABLE IF NOT EXISTS claims (
  seq BIGINT NOT NULL,
  position INTEGER NOT NULL,
  claim VARCHAR NOT NULL,
  text VARCHAR NOT NULL,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  value DOUBLE,
  low DOUBLE,
  high DOUBLE,
  "from" DOUBLE,
  direction VARCHAR,
  unit VARCHAR NOT NULL,
  dimension VARCHAR NOT NULL,
  per VARCHAR,
  kind VARCHAR,
  bound VARCHAR NOT NULL,
  "precision" DOUBLE NOT NULL,
  subject VARCHAR,
  places VARCHAR[] NOT NULL,
  organizations VARCHAR[] NOT NULL,
  period VARCHAR,
  period_first VARCHAR,
  period_last VARCHAR,
  attribution VARCHAR,
  block VARCHAR NOT NULL
);

-- What corroboration buckets each claim by (`corroborationKeys` of
-- @claimtrace/syndication), computed where the claim is read, one row a key:
-- the keys of the buckets whose claims are all compared with each other
-- (`figure_key` false), and the figure keys by which a claim whose period is
-- not resolved meets the others of its figure (`figure_key` true).
CREATE TABLE IF NOT EXISTS claim_keys (
  seq BIGINT NOT NULL,
  position INTEGER NOT NULL,
  key VARCHAR NOT NULL,
  figure_key BOOLEAN NOT NULL,
  resolved BOOLEAN NOT NULL
);
