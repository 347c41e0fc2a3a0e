import {ExtractError} from '@claimtrace/extract'
import type {FactStore} from '@claimtrace/facts'
import {addLinkMessages, type ArticleDigest, analyzeArticle, digestArticle} from '@claimtrace/report'
import {VFile} from 'vfile'
import {type MessageData, messageData} from './message-data.js'

/**
 * What the per-article stage sends back: the article's report as JSON, to be
 * spooled as it is (the main thread never clones nor serialises the article
 * again), its digest for the report builder, and its messages.
 */
export type Analyzed =
  | {
      ok: true
      id: string
      json: string
      digest: ArticleDigest
      /** Messages for conflicting and ambiguous claims. */
      messages: MessageData[]
    }
  | {ok: false; id: string; reason: string}

/** An article to analyze, as it travels to a worker. */
export interface Job {
  id: string
  text: string
  /** The date given with the article (`articles.json`, a corpus line), and where it was read. */
  date?: string | undefined
  dateFrom?: string | undefined
}

/**
 * The per-article stage, as `ReportBuilder.addArticle` runs it in one
 * thread: the article's date (`date` is `--date`, over front matter and the
 * job's own date), claims, links, digest and messages. An article the
 * extractor refuses is skipped with the reason, not fatal.
 */
export function analyze(job: Job, store: FactStore, date: string | undefined): Analyzed {
  let article
  try {
    article = analyzeArticle(job, store, date)
  } catch (error) {
    if (error instanceof ExtractError) return {ok: false, id: job.id, reason: error.message}
    throw error
  }
  const file = new VFile({path: article.id})
  addLinkMessages(file, article, (id) => store.get(id))
  return {ok: true, id: article.id, json: JSON.stringify(article), digest: digestArticle(article), messages: messageData(file)}
}
