-- Boilerplate, and the compared pairs with what is needed to take it out of
-- their counts (`boilerplateShingles` of @claimtrace/syndication), which the
-- copy rule (`verifyCounts`) then reads to decide which pairs are copies. The same rule as `findBoilerplate`:
-- a line is boilerplate when at least $least_carriers documents carry it and,
-- in at least half of them, a share (1 in $own_share or more) of the
-- document's line shingles is in lines $rarer times rarer or more, some of
-- them before it — a newsletter prompt after each outlet's own stories, not a
-- paragraph of a wire story beside its other, equally common paragraphs, nor
-- a wire brief before each outlet's footer.

-- 1. How many documents carry each line.
CREATE OR REPLACE TEMP TABLE line_carriers AS
SELECT line, count(*)::INTEGER AS carriers FROM lines GROUP BY line;

-- 2. The boilerplate lines, with their carriers. Only documents carrying a
-- frequent line are read a second time, each with its own lines.
CREATE OR REPLACE TEMP TABLE boilerplate AS
WITH frequent AS (
  SELECT l.seq, l.line, l.position, c.carriers
  FROM lines l JOIN line_carriers c ON c.line = l.line
  WHERE c.carriers >= $least_carriers
),
beside AS (
  SELECT
    f.line,
    f.carriers,
    f.position,
    sum(o.shingles) AS total,
    coalesce(sum(o.shingles) FILTER (WHERE oc.carriers <= f.carriers // $rarer), 0) AS own,
    min(o.position) FILTER (WHERE oc.carriers <= f.carriers // $rarer) AS first_own
  FROM frequent f
  JOIN lines o ON o.seq = f.seq
  JOIN line_carriers oc ON oc.line = o.line
  GROUP BY f.line, f.carriers, f.seq, f.position
)
SELECT line, carriers
FROM beside
GROUP BY line, carriers
HAVING 2 * count(*) FILTER (WHERE own * $own_share >= total AND first_own < position) >= carriers;

-- 3. Every compared pair, numbered, with its counts; whether either
-- document has a boilerplate line (only then is the pair read with both
-- fingerprints, to count what it loses to boilerplate).
CREATE OR REPLACE TEMP TABLE pair_counts AS
WITH furnished AS (
  SELECT DISTINCT l.seq FROM lines l SEMI JOIN boilerplate b ON b.line = l.line
)
SELECT
  row_number() OVER (ORDER BY p."right", p."left") - 1 AS n,
  p."left",
  p."right",
  p.shared,
  (fa.seq IS NOT NULL OR fb.seq IS NOT NULL) AS furnished
FROM compared p
LEFT JOIN furnished fa ON fa.seq = p."left"
LEFT JOIN furnished fb ON fb.seq = p."right";

-- 4. Pairs $from to $to (exclusive) of them, read a page at a time, each read
-- whole, so the copies among them can be appended between pages: the sizes
-- of both documents, and both fingerprints where there is boilerplate.
SELECT
  p."left",
  p."right",
  p.shared,
  a.shingle_count,
  b.shingle_count,
  CASE WHEN p.furnished THEN a.shingles END,
  CASE WHEN p.furnished THEN a.lines END,
  CASE WHEN p.furnished THEN a.shingle_lines END,
  CASE WHEN p.furnished THEN b.shingles END,
  CASE WHEN p.furnished THEN b.lines END,
  CASE WHEN p.furnished THEN b.shingle_lines END
FROM pair_counts p
JOIN documents a ON a.seq = p."left"
JOIN documents b ON b.seq = p."right"
WHERE p.n >= $from AND p.n < $to
ORDER BY p.n;
