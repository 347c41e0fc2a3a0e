import {type ArticleDate, articleDate, type Claim} from '@claimtrace/extract'
import type {FactStore} from '../store/fact-store.js'
import {articleContext} from './article-context.js'
import {claimView, type ClaimView} from './claim-view.js'
import {evidence, ownWords} from './evidence.js'
import {linkFrom, placement, reversedLevel, statedApart, withFrom} from './from-end.js'
import type {Link} from './link.js'
import {type Env, linkFigure} from './link-figure.js'

export interface LinkOptions {
  /**
   * The article the claims come from; the words of each claim's sentence then
   * count as weaker metric evidence than its own words (default: subject and
   * figure only).
   */
  text?: string | null | undefined
  /** Smallest metric match, 0..1, that the claim's own words must reach for a record to be a candidate (default: `0.5`). */
  threshold?: number | null | undefined
  /**
   * The article's date, as `articleDate` of `@claimtrace/extract` resolves it
   * (or `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, taken as given): a claim that states
   * no period takes its period, and reasons name where it comes from. Pass
   * the date the claims were extracted with (default: none).
   */
  date?: ArticleDate | string | null | undefined
}

/**
 * Link each claim to the fact record it speaks about and give a verdict:
 * `consistent`, `conflicting` (only when metric, scope, period and unit are
 * each established), `ambiguous`, `unresolved` (what would establish the
 * match is missing), or `no-record` (with the near miss, when one record
 * fails on one dimension only).
 */
export function linkClaims(claims: readonly Claim[], store: FactStore, options?: Readonly<LinkOptions> | null | undefined): Link[] {
  const text = options?.text ?? undefined
  const given = options?.date
  const date = typeof given === 'string' ? (articleDate('', {date: given}) ?? undefined) : (given ?? undefined)
  const context = articleContext(claims, text, date)
  const env: Env = {store, threshold: options?.threshold ?? 0.5, context}
  // Only what the next claim reads is kept: the view before it, and (with the text) each claim's own words.
  let previous: ClaimView | undefined
  const owns: Array<Map<string, number> | undefined> = []
  const links: Link[] = []
  // With the text, the records the figures of the current sentence agree with, by record id: the claim that does.
  let sentence = -1
  let taken = new Map<string, number>()
  const contested: Array<{index: number; owners: ReadonlyMap<string, number>}> = []
  for (let index = 0; index < claims.length; index++) {
    const claim = claims[index]!
    if (text !== undefined && claim.sentence.start !== sentence) {
      sentence = claim.sentence.start
      taken = new Map()
    }
    const view = claimView(claim, previous, context, placement(claims, index), claims[index + 1])
    previous = view
    let words: Map<string, number>
    if (text === undefined) words = evidence(claim, undefined, undefined, undefined)
    else {
      words = evidence(claim, text, neighbours(claims, index), carried(claims, index, owns, text))
      owns.push(ownWords(words))
    }
    env.taken = taken.size > 0 ? taken : undefined
    let {link, best} = linkFigure(view, words, env)
    let earlier
    if (claim.from !== undefined && !statedApart(claims, index)) {
      const from = linkFrom(view, words, env)
      if (from) {
        link = withFrom(link, from.from)
        earlier = from.best?.record
      }
    }
    if (link.verdict === 'consistent' && best) {
      const reversed = reversedLevel(view, best, earlier, env)
      if (reversed) link = {...link, verdict: 'conflicting', conflict: reversed}
    }
    if (text !== undefined) {
      if (link.verdict === 'consistent' && link.recordId !== null && !taken.has(link.recordId)) taken.set(link.recordId, index)
      if (link.verdict === 'conflicting') contested.push({index, owners: taken})
    }
    links.push(link)
  }
  return exclusive(links, claims, contested)
}

/**
 * Where the words around a claim stop: back at the figure before it in its
 * sentence, on at the end of the figure after it ("12 days at or above 90
 * degrees" reads on through "above 90 degrees", never past it).
 */
function neighbours(claims: readonly Claim[], index: number): {previousEnd: number; nextEnd: number} {
  const claim = claims[index]!
  const previous = claims[index - 1]
  const next = claims[index + 1]
  return {
    previousEnd: previous && previous.sentence.start === claim.sentence.start ? previous.end : claim.sentence.start,
    nextEnd: next && next.sentence.start === claim.sentence.start ? next.end : claim.sentence.end
  }
}

/**
 * The own words of the claim a subject is carried from: "59 of its requests
 * … denied last year. That's up from 56 in 2015" — 56 names no subject of its
 * own sentence, and speaks of the same requests denied. A figure with no
 * subject at all takes the words of the figure before it in its sentence.
 */
function carried(claims: readonly Claim[], index: number, owns: ReadonlyArray<Map<string, number> | undefined>, text: string | undefined): Map<string, number> | undefined {
  const claim = claims[index]!
  if (text === undefined) return undefined
  // No subject: the figure goes on about the one before it in the sentence ("reached 88.4% …, up 2.1 percentage points").
  if (!claim.subject) return claims[index - 1]?.sentence.start === claim.sentence.start ? owns[index - 1] : undefined
  if (text.slice(claim.sentence.start, claim.sentence.end).toLowerCase().includes(claim.subject.toLowerCase())) return undefined
  for (let before = index - 1; before >= 0; before--) {
    if (claims[before]!.subject === claim.subject) return owns[before]
  }
  return undefined
}

/**
 * Other figures of a sentence never take its record: a figure that conflicts
 * with the record another figure of the same sentence agrees with ("enrolled
 * 24,150 students … on nine ferry routes") is not that record's.
 */
function exclusive(links: Link[], claims: readonly Claim[], contested: ReadonlyArray<{index: number; owners: ReadonlyMap<string, number>}>): Link[] {
  for (const {index, owners} of contested) {
    const link = links[index]!
    if (link.recordId === null || (link.arithmetic?.fits ?? false)) continue
    const owner = owners.get(link.recordId)
    if (owner === undefined || owner === index) continue
    const explanation = `\`${link.recordId}\` is the record of \`${claims[owner]!.text}\` in the same sentence`
    const {conflict: _conflict, ...rest} = link
    links[index] = {...rest, recordId: null, verdict: 'no-record', score: 0, arithmetic: null, reasons: [...link.reasons, explanation], nearMiss: {dimension: 'metric', recordId: link.recordId, explanation, fits: false}}
  }
  return links
}
