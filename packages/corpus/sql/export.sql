-- The index as Parquet tables for a researcher's own analysis (DuckDB, Spark,
-- BigQuery, pandas). `{directory}` is replaced by the quoted target folder.
-- Run after boilerplate.sql (its `boilerplate` table), the verification of
-- the compared pairs (`pairs`) and components.sql.
-- Each document with its fingerprint (shingles, 32-bit hashes; lines, rows
-- of 32-bit numbers; shingle_lines, 16-bit; little-endian) and its band
-- keys: what a port of the band join and verification reads.
COPY (
  SELECT id, seq, batch, shingle_count, shingles, lines, shingle_lines FROM documents ORDER BY seq
) TO {directory}/documents.parquet (FORMAT parquet);

COPY (
  SELECT seq, band, key FROM bands ORDER BY seq, band
) TO {directory}/bands.parquet (FORMAT parquet);

-- Each document's lines, as rows: what boilerplate is counted over, and (the
-- lines of 8 shingles or more) the line buckets of the candidate join.
COPY (
  SELECT seq, line, shingles, position FROM lines ORDER BY seq, position
) TO {directory}/lines.parquet (FORMAT parquet);

-- Every candidate pair compared, with the shingles the two share.
COPY (
  SELECT a.id AS a, b.id AS b, p.shared
  FROM compared p JOIN documents a ON a.seq = p."left" JOIN documents b ON b.seq = p."right"
  ORDER BY p."left", p."right"
) TO {directory}/compared.parquet (FORMAT parquet);

-- The lines found to be boilerplate (by their hash) and how many documents carry each.
COPY (
  SELECT line, carriers FROM boilerplate ORDER BY line
) TO {directory}/boilerplate.parquet (FORMAT parquet);

COPY (
  SELECT a.id AS a, b.id AS b, p.similarity, p.containment
  FROM pairs p JOIN documents a ON a.seq = p."left" JOIN documents b ON b.seq = p."right"
  ORDER BY p."left", p."right"
) TO {directory}/pairs.parquet (FORMAT parquet);

-- The claims read as documents were added (none unless asked for), with their document's id.
COPY (
  SELECT d.id AS document, c.* EXCLUDE (seq)
  FROM claims c JOIN documents d ON d.seq = c.seq
  ORDER BY c.seq, c.position
) TO {directory}/claims.parquet (FORMAT parquet);

-- One row per clustered document: its cluster (named by its first document),
-- and the document it is joined to in the cluster's tree, with their figures.
COPY (
  SELECT first.id AS cluster, d.id, parent.id AS joined_to, p.similarity, p.containment
  FROM components c
  JOIN documents d ON d.seq = c.seq
  JOIN documents first ON first.seq = c.label
  LEFT JOIN documents parent ON parent.seq = c.parent
  LEFT JOIN pairs p ON p."left" = least(c.seq, c.parent) AND p."right" = greatest(c.seq, c.parent)
  ORDER BY c.label, c.seq
) TO {directory}/clusters.parquet (FORMAT parquet);
