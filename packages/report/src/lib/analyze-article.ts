import {extractClaims} from '@claimtrace/extract'
import {type FactStore, linkClaims} from '@claimtrace/facts'
import type {ArticleReport} from './report.js'

/** An article to report on. */
export interface ReportArticle {
  id: string
  text: string
  /** Publication date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, to resolve "last year" (default: the report's `date`). */
  date?: string | null | undefined
}

/**
 * The per-article stage of a report: claims (extracted with the article's
 * date, else `date`) and their links to `store`. Independent of every other
 * article, so it can run in any worker. Throws `ExtractError` on a bad date.
 */
export function analyzeArticle(article: Readonly<ReportArticle>, store: FactStore, date?: string | null | undefined): ArticleReport {
  const when = article.date ?? date ?? null
  const claims = extractClaims(article.text, {date: when})
  return {id: article.id, date: when, text: article.text, claims, links: linkClaims(claims, store, {text: article.text})}
}
