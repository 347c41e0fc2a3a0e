import type {Verdict} from '@claimtrace/facts'
import type {Corroboration} from '@claimtrace/syndication'
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

/** Count clusters, their differences and conflicts, and corroboration into `summary`. */
export function countFindings(summary: Summary, clusters: readonly ClusterReport[], corroborations: readonly Corroboration[], skipped: number): void {
  summary.clusters += clusters.length
  for (const cluster of clusters) {
    summary.copies += cluster.ids.length
    for (const {comparison} of cluster.copies) {
      for (const divergence of comparison.divergences) summary.divergences[divergence.severity]++
      summary.copyConflicts += comparison.conflicts.length
    }
  }
  for (const item of corroborations) {
    if (item.kind === 'corroborated') summary.corroborated++
    else summary.crossArticleConflicts++
  }
  summary.skipped += skipped
}
