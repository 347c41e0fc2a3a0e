-- Corroboration across independent documents, over the claims read as
-- documents were added: the groups `corroborate` of @claimtrace/syndication
-- gives, in its order. Run after components.sql: copies of one story (one
-- component) are not independent.
--
-- DuckDB holds the claims and sorts them into buckets (claims that share a
-- key of `corroborationKeys`: only they could agree or conflict); the
-- caller streams the claims in corpus order into a `CorroborationGraph`, then
-- the buckets one after another, a part of the keys at a time, so neither the
-- buckets nor the pairs they hold are ever all in memory. Two claims agree when
-- unit, bound and figure agree, their periods overlap, and they share a
-- subject word or the figure is distinctive; they disagree when unit,
-- subject word, places and period agree and the figures do not. Each kind
-- of link joins claims into groups: connected components, never every pair.

-- 1. Every claim, numbered in corpus order (document, then position), with
-- its family: the component of copies its document is in.
CREATE OR REPLACE TEMP TABLE corroboration_entries AS
SELECT
  (row_number() OVER (ORDER BY c.seq, c.position) - 1)::BIGINT AS entry,
  c.seq,
  c.position,
  m.label AS family
FROM claims c
LEFT JOIN components m ON m.seq = c.seq;

-- 2. The groups found, written back by the caller: each claim's group, ranked
-- by the group's first claim.
CREATE OR REPLACE TEMP TABLE corroboration_groups (
  "rank" BIGINT NOT NULL,
  entry BIGINT NOT NULL,
  kind VARCHAR NOT NULL
);

-- 3. The claims in corpus order, as `CorroborationGraph` reads them (streamed).
-- Numbers go out as INTEGER here and below: a JavaScript number each, where a
-- BIGINT is a BigInt, a million of them garbage the moment they are read.
SELECT e.seq::INTEGER AS seq, e.family::INTEGER AS family, c.value, c.low, c.high, c.unit, c.bound, c.subject, c.places, c.period_first, c.period_last
FROM corroboration_entries e
JOIN claims c ON c.seq = e.seq AND c.position = e.position
ORDER BY e.entry;

-- 4. The buckets of one part of the keys (by hash, $part of $parts, so that
-- no query holds every key): each key's claims, one row a claim, sorted by
-- key, claims ascending. The caller compares the claims of each key of more
-- than one with each other; for a figure key, only the claims whose period is
-- unresolved (it overlaps any period) with each other and with the resolved
-- ones, so a key with no unresolved claim compares nothing. Rows, not a list
-- per key: DuckDB spills a sort past its memory limit, never a list.
SELECT k.figure_key, k.key, k.resolved, e.entry::INTEGER AS entry
FROM claim_keys k
JOIN corroboration_entries e ON e.seq = k.seq AND e.position = k.position
WHERE hash(k.key) % $parts = $part
ORDER BY k.figure_key, k.key, e.entry;

-- 5. The groups of ranks $from to $to (exclusive) in rank order (streamed: one
-- group may hold a good share of the corpus's claims), each claim cited by its
-- document's id. A range at a time: joined at once, every grouped claim's text
-- and document outgrew what DuckDB could spill.
SELECT g."rank", g.kind, d.id AS article, c.claim, c.text, c.value, c.unit
FROM corroboration_groups g
JOIN corroboration_entries e ON e.entry = g.entry
JOIN claims c ON c.seq = e.seq AND c.position = e.position
JOIN documents d ON d.seq = e.seq
WHERE g."rank" >= $from AND g."rank" < $to
ORDER BY g."rank", g.entry;
