-- Each cluster in corpus order (by its first document), its documents in
-- corpus order, and its tree of pairs ordered by their earlier, then later
-- document.
SELECT
  c.label,
  list(d.id ORDER BY c.seq) AS ids,
  list(
    {'a': pa.id, 'b': pb.id, 'similarity': p.similarity, 'containment': p.containment}
    ORDER BY p."left", p."right"
  ) FILTER (WHERE c.parent IS NOT NULL) AS pairs
FROM components c
JOIN documents d ON d.seq = c.seq
LEFT JOIN pairs p ON p."left" = least(c.seq, c.parent) AND p."right" = greatest(c.seq, c.parent)
LEFT JOIN documents pa ON pa.seq = p."left"
LEFT JOIN documents pb ON pb.seq = p."right"
GROUP BY c.label
ORDER BY c.label;
