-- Clusters: the connected components of the verified pairs, found by passing
-- the least sequence number of a component along its pairs until nothing
-- changes. Each document keeps the neighbour its label came from (`parent`):
-- those edges form a tree, one pair fewer than the documents, the spanning set
-- a cluster is reported with. Ties go to the earliest neighbour.
CREATE OR REPLACE TEMP TABLE components AS
WITH RECURSIVE edges AS (
  SELECT "left" AS node, "right" AS neighbour FROM pairs
  UNION ALL
  SELECT "right", "left" FROM pairs
),
component(node, label, parent) USING KEY (node) AS (
  SELECT DISTINCT node, node, NULL::BIGINT FROM edges
  UNION
  (
    SELECT node, best // 4294967296, best % 4294967296
    FROM (
      SELECT e.neighbour AS node, min(c.label * 4294967296 + c.node) AS best
      FROM component c
      JOIN edges e ON e.node = c.node
      GROUP BY e.neighbour
    ) proposed
    WHERE best // 4294967296 < (SELECT r.label FROM recurring.component r WHERE r.node = proposed.node)
  )
)
SELECT node AS seq, label, parent FROM component;
