import {type ReportArticle} from './analyze-article.js'
import {describeCluster} from './describe-cluster.js'
import {type ReportBuilderOptions, ReportBuilder} from './report-builder.js'
import type {ArticleReport, Report} from './report.js'

export type BuildReportOptions = Omit<ReportBuilderOptions, 'onSkip'>

/**
 * The whole pipeline over articles held in memory: claims and verdicts per
 * article, clusters of copies with lineage and differences, corroboration
 * across independent articles, and the summary. Deterministic: the same
 * articles in the same order give an equal report. A `ReportBuilder` over an
 * array: an article with an id already seen, or whose own date is no date,
 * is listed under `skipped`; a `date` option in the wrong form throws an
 * `ExtractError` before any work.
 */
export function buildReport(articles: Iterable<ReportArticle>, options?: Readonly<BuildReportOptions> | null | undefined): Report {
  const builder = new ReportBuilder(options)
  const analyzed: ArticleReport[] = []
  const byId = new Map<string, ArticleReport>()
  for (const article of articles) {
    const report = builder.addArticle(article)
    if (!report) continue
    analyzed.push(report)
    byId.set(report.id, report)
  }
  for (const copies of builder.copies()) builder.addCluster(describeCluster(copies, (id) => byId.get(id)!))
  const report = builder.finish(analyzed)
  return {...report, articles: analyzed, clusters: [...report.clusters], corroborations: [...report.corroborations]}
}
