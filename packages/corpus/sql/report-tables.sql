-- A provenance report as Parquet tables (`writeReportTables`): what the
-- report found per article (claims, their links to fact records) and across
-- the corpus (clusters of copies, the passages and differences of each copy,
-- corroboration groups), one row per thing, document ids as the report gives
-- them. Offsets are UTF-16 code units into the article's text, as in the
-- report's JSON. The rows are appended to a scratch database (claims as
-- `claims` of `schema.sql` has them), and copied out in the order appended. `{directory}` is replaced by the quoted
-- target folder.

-- The articles in report order.
CREATE TABLE articles (
  id VARCHAR NOT NULL,
  date VARCHAR,
  characters INTEGER NOT NULL
);

-- The claims as appended: `claims` (of schema.sql, made first; `seq` the
-- article's place in the report) with its lists as JSON text, read back as
-- lists when copied out, and the article's id.
CREATE TABLE claim_rows AS
SELECT * REPLACE (NULL::VARCHAR AS places, NULL::VARCHAR AS organizations), NULL::VARCHAR AS document FROM claims LIMIT 0;

-- One row per claim's link (`linkClaims` of @claimtrace/facts): the record
-- chosen (NULL for none), the verdict and its arithmetic, and what explains
-- it, flat; its lists as JSON text, as the claims'.
CREATE TABLE links (
  document VARCHAR NOT NULL,
  claim VARCHAR NOT NULL,
  record VARCHAR,
  verdict VARCHAR NOT NULL,
  score DOUBLE NOT NULL,
  repaired BOOLEAN NOT NULL,
  claimed DOUBLE,
  recorded DOUBLE,
  relative_error DOUBLE,
  tolerance DOUBLE,
  fits BOOLEAN,
  rule VARCHAR,
  conflict VARCHAR,
  conflict_record VARCHAR,
  conflict_explanation VARCHAR,
  near_miss_dimension VARCHAR,
  near_miss_record VARCHAR,
  near_miss_fits BOOLEAN,
  near_miss_explanation VARCHAR,
  missing VARCHAR,
  revised_record VARCHAR,
  from_record VARCHAR,
  from_verdict VARCHAR,
  candidates VARCHAR NOT NULL,
  reasons VARCHAR NOT NULL
);

-- One row per document of a cluster of copies: the cluster (named by its
-- first document, as the index's clusters.parquet names it), whether it is
-- the canonical copy, and for every other copy the one it was compared with
-- (the canonical copy, or the copy linking it to the cluster) and what the
-- comparison found: how it relates by shared passages, the share of each
-- side in them, and its differences by severity.
CREATE TABLE clusters (
  cluster VARCHAR NOT NULL,
  document VARCHAR NOT NULL,
  canonical BOOLEAN NOT NULL,
  compared_with VARCHAR,
  relation VARCHAR,
  similarity DOUBLE,
  containment DOUBLE,
  coverage_compared DOUBLE,
  coverage_document DOUBLE,
  info INTEGER,
  warnings INTEGER,
  errors INTEGER
);

-- The verified pairs that join each cluster: a spanning set, one fewer than its documents.
CREATE TABLE pairs (
  cluster VARCHAR NOT NULL,
  a VARCHAR NOT NULL,
  b VARCHAR NOT NULL,
  similarity DOUBLE NOT NULL,
  containment DOUBLE NOT NULL
);

-- Every passage a copy shares with the copy it was compared with (`a`), in
-- text order: where it is in each and how many tokens it holds.
CREATE TABLE passages (
  cluster VARCHAR NOT NULL,
  a VARCHAR NOT NULL,
  b VARCHAR NOT NULL,
  passage INTEGER NOT NULL,
  a_start INTEGER NOT NULL,
  a_end INTEGER NOT NULL,
  b_start INTEGER NOT NULL,
  b_end INTEGER NOT NULL,
  tokens INTEGER NOT NULL
);

-- Every difference between a copy (`b`) and the copy it was compared with (`a`), classified.
CREATE TABLE divergences (
  cluster VARCHAR NOT NULL,
  a VARCHAR NOT NULL,
  b VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  severity VARCHAR NOT NULL,
  a_start INTEGER NOT NULL,
  a_end INTEGER NOT NULL,
  a_text VARCHAR NOT NULL,
  b_start INTEGER NOT NULL,
  b_end INTEGER NOT NULL,
  b_text VARCHAR NOT NULL
);

-- One row per claim of a corroboration group (`corroborate` of
-- @claimtrace/syndication): independent articles stating a figure alike
-- (`corroborated`) or differently (`conflicting`); `grp` numbers the groups
-- from 0 in report order.
CREATE TABLE corroborations (
  grp INTEGER NOT NULL,
  kind VARCHAR NOT NULL,
  document VARCHAR NOT NULL,
  claim VARCHAR NOT NULL,
  text VARCHAR NOT NULL,
  value DOUBLE,
  unit VARCHAR NOT NULL
);

-- Every table is copied out in the order its rows were appended (DuckDB
-- keeps insertion order): no sort, no join.
COPY articles TO {directory}/articles.parquet (FORMAT parquet);

-- The same columns as the index's claims.parquet.
COPY (
  SELECT document, * EXCLUDE (seq, document) REPLACE (from_json(places, '["VARCHAR"]') AS places, from_json(organizations, '["VARCHAR"]') AS organizations)
  FROM claim_rows
) TO {directory}/claims.parquet (FORMAT parquet);

COPY (
  SELECT * REPLACE (from_json(missing, '["VARCHAR"]') AS missing, from_json(candidates, '["VARCHAR"]') AS candidates, from_json(reasons, '["VARCHAR"]') AS reasons)
  FROM links
) TO {directory}/links.parquet (FORMAT parquet);

COPY clusters TO {directory}/clusters.parquet (FORMAT parquet);

COPY pairs TO {directory}/pairs.parquet (FORMAT parquet);

COPY passages TO {directory}/passages.parquet (FORMAT parquet);

COPY divergences TO {directory}/divergences.parquet (FORMAT parquet);

COPY corroborations TO {directory}/corroborations.parquet (FORMAT parquet);
