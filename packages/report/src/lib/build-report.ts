import {type FactRecord, type FactStore, MemoryStore} from '@claimtrace/facts'
import {corroborate, findCopies} from '@claimtrace/syndication'
import {analyzeArticle, type ReportArticle} from './analyze-article.js'
import {describeCluster} from './describe-cluster.js'
import {collectRecordIds, recordsById} from './referenced-records.js'
import type {ArticleReport, Report} from './report.js'
import {countArticle, countFindings, emptySummary} from './summarize.js'

export interface BuildReportOptions {
  /** Fact records to check claims against (default: none, so every claim is `no-record`). Ignored when `store` is given. */
  records?: readonly FactRecord[] | null | undefined
  /** A fact store to check claims against, e.g. a `SqliteStore` (default: a `MemoryStore` of `records`). */
  store?: FactStore | null | undefined
  /** Publication date of every article, over its front matter and its own `date` (default: none; see `analyzeArticle`). */
  date?: string | null | undefined
  /** Least shingle similarity for two articles to be copies (default: `0.5`, as `findCopies`). */
  threshold?: number | null | undefined
}

/**
 * The whole pipeline over articles held in memory: claims and verdicts per
 * article, clusters of copies with lineage and differences, corroboration
 * across independent articles, and the summary. Deterministic: the same
 * articles in the same order give an equal report. Throws a `TypeError` when
 * two articles share an id.
 */
export function buildReport(articles: Iterable<ReportArticle>, options?: Readonly<BuildReportOptions> | null | undefined): Report {
  const store = options?.store ?? new MemoryStore(options?.records ?? [])
  const analyzed: ArticleReport[] = []
  const byId = new Map<string, ArticleReport>()
  const recordIds = new Set<string>()
  const summary = emptySummary()
  for (const article of articles) {
    if (byId.has(article.id)) throw new TypeError(`buildReport: two articles have the id \`${article.id}\``)
    const report = analyzeArticle(article, store, options?.date)
    analyzed.push(report)
    byId.set(report.id, report)
    collectRecordIds(recordIds, report.links)
    countArticle(summary, report)
  }
  const copies = findCopies(analyzed, {threshold: options?.threshold})
  const clusters = copies.map((cluster) => describeCluster(cluster, (id) => byId.get(id)!))
  const corroborations = corroborate(analyzed, copies)
  countFindings(summary, clusters, corroborations, 0)
  return {version: 1, summary, articles: analyzed, clusters, corroborations, records: recordsById(recordIds, store), skipped: []}
}
