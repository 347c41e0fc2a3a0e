import {type Claim, ExtractError} from '@claimtrace/extract'
import type {FactStore, Verdict} from '@claimtrace/facts'
import {addLinkMessages, analyzeArticle, collectRecordIds} from '@claimtrace/report'
import {type CorroboratedClaim, shingles} from '@claimtrace/syndication'
import {VFile} from 'vfile'
import {type MessageData, messageData} from './message-data.js'

/**
 * What the per-article stage sends back: the article's report as JSON, to be
 * spooled as it is (the main thread never clones nor serialises the article
 * again), and the little the corpus-wide stages need.
 */
export type Analyzed =
  | {
      ok: true
      id: string
      json: string
      /** What corroboration reads of each claim. */
      claims: CorroboratedClaim[]
      verdicts: Verdict[]
      recordIds: string[]
      /** Messages for conflicting and ambiguous claims. */
      messages: MessageData[]
      shingles: Uint32Array
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
 * The per-article stage: the article's date (`date` is `--date`, over front
 * matter and the job's own date), claims, links, messages and shingles. An
 * article the extractor refuses is skipped with the reason, not fatal.
 */
export function analyze(job: Job, store: FactStore, date: string | undefined): Analyzed {
  let article
  try {
    article = analyzeArticle(job, store, date)
  } catch (error) {
    if (error instanceof ExtractError) return {ok: false, id: job.id, reason: error.message}
    throw error
  }
  const recordIds = new Set<string>()
  collectRecordIds(recordIds, article.links)
  const file = new VFile({path: article.id})
  addLinkMessages(file, article, (id) => store.get(id))
  return {
    ok: true,
    id: article.id,
    json: JSON.stringify(article),
    claims: article.claims.map(forCorroboration),
    verdicts: article.links.map((link) => link.verdict),
    recordIds: [...recordIds],
    messages: messageData(file),
    shingles: shingles(job.text)
  }
}

function forCorroboration(claim: Claim): CorroboratedClaim {
  const {id, text, value, low, high, unit, bound, subject, scope, period} = claim
  return {id, text, value, low, high, unit, bound, subject, scope: {places: scope.places}, period: period && {first: period.first, last: period.last}}
}
