import type {ArticleReport} from '@claimtrace/report'
import type {CopyCluster, Fingerprint} from '@claimtrace/syndication'
import type {Analyzed, Job} from './analyze.js'
import type {Described} from './describe.js'

/**
 * What crosses between the report's main thread and its workers.
 * Structured clone is slow on many small objects and fast on strings and
 * moved buffers, so reports travel as JSON strings (an article's JSON as it
 * will be spooled) and the fingerprint as moved buffers.
 */
export type Request =
  | {kind: 'analyze'; sequence: number; job: Job}
  /** Describe a cluster of copies from its articles' JSON, in the cluster's order. */
  | {kind: 'describe'; sequence: number; cluster: CopyCluster; articles: string[]}

export type Reply =
  | {
      kind: 'analyzed'
      sequence: number
      /** The article's report as JSON (`ok` results only). */
      json: string | undefined
      /** Everything else but the fingerprint, as JSON. */
      rest: string
      fingerprint: Fingerprint | undefined
    }
  | {kind: 'described'; sequence: number; json: string}

export function analyzedReply(sequence: number, result: Analyzed): {reply: Reply; transfer: ArrayBuffer[]} {
  if (!result.ok) return {reply: {kind: 'analyzed', sequence, json: undefined, rest: JSON.stringify(result), fingerprint: undefined}, transfer: []}
  const {json, digest, ...rest} = result
  const {shingles, lines, shingleLines, ...digestRest} = digest
  return {
    reply: {kind: 'analyzed', sequence, json, rest: JSON.stringify({...rest, digest: digestRest}), fingerprint: {shingles, lines, shingleLines}},
    transfer: [shingles.buffer as ArrayBuffer, lines.buffer as ArrayBuffer, shingleLines.buffer as ArrayBuffer]
  }
}

export function analyzedOf(reply: Extract<Reply, {kind: 'analyzed'}>): Analyzed {
  const rest = JSON.parse(reply.rest) as Analyzed
  return rest.ok ? {...rest, json: reply.json!, digest: {...rest.digest, ...reply.fingerprint!}} : rest
}

/** The articles of a `describe` request, by id. */
export function articlesOf(request: Extract<Request, {kind: 'describe'}>): (id: string) => ArticleReport {
  const articles = new Map(request.articles.map((json) => JSON.parse(json) as ArticleReport).map((article) => [article.id, article]))
  return (id) => articles.get(id)!
}

export function describedOf(reply: Extract<Reply, {kind: 'described'}>): Described {
  return JSON.parse(reply.json) as Described
}
