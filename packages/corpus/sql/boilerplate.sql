-- Boilerplate, and each compared pair's counts with what it loses to it
-- (`boilerplateOf` of @claimtrace/syndication), which the copy rule
-- (`verifyCounts`) then reads to decide which pairs are copies. The same rule as `findBoilerplate`:
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

-- 3. Every compared pair, numbered, with its counts and its boilerplate's (as
-- `boilerplateOf` counts it): the shingles of each document's boilerplate
-- lines, and what the two share in a boilerplate line of either, which is
-- boilerplate in both.
CREATE OR REPLACE TEMP TABLE pair_counts AS
WITH per_document AS (
  SELECT l.seq, sum(l.shingles)::INTEGER AS shingles
  FROM lines l SEMI JOIN boilerplate b ON b.line = l.line
  GROUP BY l.seq
),
per_pair AS (
  SELECT
    s."left",
    s."right",
    sum(s.shingles)::INTEGER AS shared,
    coalesce(sum(s.shingles) FILTER (WHERE ba.line IS NULL), 0)::INTEGER AS left_only,
    coalesce(sum(s.shingles) FILTER (WHERE bb.line IS NULL), 0)::INTEGER AS right_only
  FROM shared_lines s
  LEFT JOIN boilerplate ba ON ba.line = s.line_a
  LEFT JOIN boilerplate bb ON bb.line = s.line_b
  WHERE ba.line IS NOT NULL OR bb.line IS NOT NULL
  GROUP BY s."left", s."right"
)
SELECT
  row_number() OVER (ORDER BY p."right", p."left") - 1 AS n,
  p."left",
  p."right",
  p.shared,
  a.shingle_count AS left_size,
  b.shingle_count AS right_size,
  (coalesce(fa.shingles, 0) + coalesce(pp.left_only, 0))::INTEGER AS left_furniture,
  (coalesce(fb.shingles, 0) + coalesce(pp.right_only, 0))::INTEGER AS right_furniture,
  coalesce(pp.shared, 0)::INTEGER AS shared_furniture
FROM compared p
JOIN documents a ON a.seq = p."left"
JOIN documents b ON b.seq = p."right"
LEFT JOIN per_document fa ON fa.seq = p."left"
LEFT JOIN per_document fb ON fb.seq = p."right"
LEFT JOIN per_pair pp ON pp."left" = p."left" AND pp."right" = p."right";

-- 4. Pairs $from to $to (exclusive) of them, read a page at a time, each read
-- whole, so the copies among them can be appended between pages.
SELECT "left", "right", shared, left_size, right_size, left_furniture, right_furniture, shared_furniture
FROM pair_counts
WHERE n >= $from AND n < $to
ORDER BY n;
