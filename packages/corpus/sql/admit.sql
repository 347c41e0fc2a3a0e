-- Admit a staged batch: documents whose id the index already holds, or an
-- earlier document of the batch holds, are left out (and listed by the caller);
-- the others get the next sequence numbers, in the order they came.
CREATE OR REPLACE TEMP TABLE admitted AS
SELECT staged, $first + row_number() OVER (ORDER BY staged) - 1 AS seq
FROM (
  SELECT i.seq AS staged
  FROM incoming i
  ANTI JOIN documents d ON d.id = i.id
  QUALIFY i.seq = min(i.seq) OVER (PARTITION BY i.id)
);

INSERT INTO documents
SELECT a.seq, i.id, $batch, i.shingle_count, i.shingles, i.lines, i.shingle_lines
FROM admitted a JOIN incoming i ON i.seq = a.staged
ORDER BY a.seq;

INSERT INTO bands
SELECT a.seq, b.band, b.key
FROM admitted a JOIN incoming_bands b ON b.staged = a.staged;

INSERT INTO lines
SELECT a.seq, l.line, l.shingles, l.position
FROM admitted a JOIN incoming_lines l ON l.staged = a.staged;

-- Claims are staged with their lists as JSON text (an appended list value costs far more).
INSERT INTO claims
SELECT a.seq, c.* EXCLUDE (staged) REPLACE (from_json(c.places, '["VARCHAR"]') AS places, from_json(c.organizations, '["VARCHAR"]') AS organizations)
FROM admitted a JOIN incoming_claims c ON c.staged = a.staged
ORDER BY a.seq, c.position;

INSERT INTO claim_keys
SELECT a.seq, k.* EXCLUDE (staged)
FROM admitted a JOIN incoming_claim_keys k ON k.staged = a.staged
ORDER BY a.seq, k.position, k.figure_key, k.key;
