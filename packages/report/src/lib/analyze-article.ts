import {articleDate, extractClaims} from '@claimtrace/extract'
import {type FactStore, linkClaims} from '@claimtrace/facts'
import type {ArticleReport} from './report.js'

/** An article to report on. */
export interface ReportArticle {
  id: string
  text: string
  /**
   * A publication date given with the article (`YYYY`, `YYYY-MM` or
   * `YYYY-MM-DD`: an `articles.json` entry, a corpus line's `date`), used
   * when neither the report's `date` nor the article's front matter gives
   * one (default: none, so evidence in the text is looked for).
   */
  date?: string | null | undefined
  /** Where `date` was read, for people: `articles.json` (default: `sidecar`). */
  dateFrom?: string | null | undefined
}

/**
 * The per-article stage of a report: the article's date, resolved as
 * everywhere (`date`, front matter, the article's own `date`, evidence in
 * the text: see `articleDate` in `@claimtrace/extract`), its claims and their
 * links to `store`. Independent of every other article, so it can run in any
 * worker. Throws `ExtractError` on a date in the wrong form.
 */
export function analyzeArticle(article: Readonly<ReportArticle>, store: FactStore, date?: string | null | undefined): ArticleReport {
  const dated = articleDate(article.text, {date, sidecar: article.date, sidecarName: article.dateFrom})
  const claims = extractClaims(article.text, {date: dated?.value ?? null})
  const links = linkClaims(claims, store, {text: article.text, date: dated})
  return {id: article.id, date: dated?.value ?? null, ...(dated && {dateEvidence: dated}), text: article.text, claims, links}
}
