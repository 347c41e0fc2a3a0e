import type {Verdict} from '@claimtrace/facts'
import type {ClusterReport, Summary} from './report.js'

/** A summary with nothing counted yet. */
export function emptySummary(): Summary {
  return {
    articles: 0,
    claims: 0,
    verdicts: {consistent: 0, conflicting: 0, 'no-record': 0, ambiguous: 0, unresolved: 0},
    clusters: 0,
    copies: 0,
    divergences: {info: 0, warning: 0, error: 0},
    copyConflicts: 0,
    corroborated: 0,
    crossArticleConflicts: 0,
    skipped: 0
  }
}

/**
 * Count one article into `summary`. Takes only what it counts, so a
 * streaming caller can drop the article's text and links once counted.
 */
export function countArticle(summary: Summary, article: {readonly claims: readonly unknown[]; readonly links: ReadonlyArray<{readonly verdict: Verdict}>}): void {
  summary.articles++
  summary.claims += article.claims.length
  for (const link of article.links) summary.verdicts[link.verdict]++
}

/** Count one described cluster of copies, its differences and conflicts, into `summary`. */
export function countCluster(summary: Summary, cluster: ClusterReport): void {
  summary.clusters++
  summary.copies += cluster.ids.length
  for (const {comparison} of cluster.copies) {
    for (const divergence of comparison.divergences) summary.divergences[divergence.severity]++
    summary.copyConflicts += comparison.conflicts.length
  }
}

/** Count corroboration groups, by kind, into `summary`. */
export function countCorroborations(summary: Summary, counts: {readonly corroborated: number; readonly conflicting: number}): void {
  summary.corroborated += counts.corroborated
  summary.crossArticleConflicts += counts.conflicting
}
