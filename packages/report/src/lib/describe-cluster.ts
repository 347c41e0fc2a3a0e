import {type CopyCluster, lineage} from '@claimtrace/syndication'
import type {ArticleReport, ClusterReport} from './report.js'

/**
 * A cluster of copies with its lineage: the canonical copy and every other
 * copy compared against it, reusing each article's claims so claim ids in the
 * comparison are the article's.
 */
export function describeCluster(cluster: CopyCluster, articleOf: (id: string) => Pick<ArticleReport, 'id' | 'text' | 'date' | 'claims'>): ClusterReport {
  const {canonical, reason, copies} = lineage(
    cluster.ids.map((id) => articleOf(id)),
    cluster.pairs
  )
  return {ids: cluster.ids, pairs: cluster.pairs, canonical, reason, copies}
}
