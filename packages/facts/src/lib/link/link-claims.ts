import type {Claim} from '@claimtrace/extract'
import type {FactRecord} from '../fact-record.js'
import type {FactStore} from '../store/fact-store.js'
import {compare, figureOf} from './compare.js'
import type {Link} from './link.js'
import {terms} from './terms.js'

export interface LinkOptions {
  /**
   * The article the claims come from; the words of each claim's sentence then
   * count as weaker metric evidence than its subject (default: subject only).
   */
  text?: string | null | undefined
  /** Smallest metric match, 0..1, for a record to be a candidate (default: `0.5`). */
  threshold?: number | null | undefined
}

/** Two candidates closer than this are equally good. */
const tie = 0.05

interface Scored {
  record: FactRecord
  score: number
  reasons: string[]
}

/**
 * Link each claim to the fact record it speaks about (same unit, metric words,
 * scope and period) and give a verdict: `consistent`, `conflicting`,
 * `no-record`, or `ambiguous` when two records with different figures fit
 * equally well.
 */
export function linkClaims(claims: readonly Claim[], store: FactStore, options?: Readonly<LinkOptions> | null | undefined): Link[] {
  const threshold = options?.threshold ?? 0.5
  const main = mainPeriod(claims)
  return claims.map((claim, index) => linkClaim(withScope(claim, claims[index - 1]), store, options?.text ?? undefined, threshold, main))
}

/** A claim that names no place takes the scope of a claim in the sentence just before ("… throughout the United States. A total of 47 …"). */
function withScope(claim: Claim, previous: Claim | undefined): Claim {
  const named = claim.scope.places.length + claim.scope.organizations.length > 0
  if (named || !previous || claim.sentence.start - previous.sentence.end > 2) return claim
  return {...claim, scope: previous.scope}
}

/** Whether one name is the other, or holds it as whole words ("Boston ICE office" holds "ICE"; "Massachusetts" does not hold "US"). */
function sameName(a: string, b: string): boolean {
  const left = ` ${a.toLowerCase()} `
  const right = ` ${b.toLowerCase()} `
  return left.includes(right) || right.includes(left)
}

/** Word weights for matching a metric: the subject 1, words by the figure 0.75, the rest of the sentence 0.35. */
function evidence(claim: Claim, text: string | undefined): Map<string, number> {
  const weights = new Map<string, number>()
  const add = (words: readonly string[], weight: number) => {
    for (const word of words) weights.set(word, Math.max(weights.get(word) ?? 0, weight))
  }
  add(terms(claim.subject ?? ''), 1)
  add(terms(claim.text), 0.75)
  if (text !== undefined) {
    add(terms(text.slice(claim.sentence.start, claim.sentence.end)), 0.35)
    // The verb that governs a figure stands just before it ("issued 2,825", "turned down 12") or just after ("47 … were denied").
    const before = text.slice(claim.sentence.start, claim.start).split(/\s+/).slice(-5).join(' ')
    const after = text.slice(claim.end, claim.sentence.end).split(/[,;:.!?()]/)[0] ?? ''
    add(terms(before), 0.75)
    add(terms(after), 0.75)
  }
  return weights
}

/** The period most claims of the article share: weak evidence for a claim that states none. */
function mainPeriod(claims: readonly Claim[]): {first: string; last: string; text: string} | undefined {
  const counts = new Map<string, {first: string; last: string; text: string; count: number}>()
  for (const claim of claims) {
    const {first, last, text} = claim.period ?? {}
    if (!first || !last || !text) continue
    const key = `${first}..${last}`
    const entry = counts.get(key) ?? {first, last, text, count: 0}
    entry.count++
    counts.set(key, entry)
  }
  let best: {first: string; last: string; text: string; count: number} | undefined
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry
  return best && best.count >= 2 ? best : undefined
}

function linkClaim(claim: Claim, store: FactStore, text: string | undefined, threshold: number, main: {first: string; last: string; text: string} | undefined): Link {
  const words = evidence(claim, text)
  const rejected: string[] = []
  const scored: Scored[] = []

  const first = claim.period?.first ?? main?.first
  const last = claim.period?.last ?? main?.last
  const scope = [...claim.scope.places, ...claim.scope.organizations].flatMap((name) => terms(name))
  const query = {terms: [...words.keys()], unit: claim.unit, scope, years: first && last ? ([Number(first.slice(0, 4)), Number(last.slice(0, 4))] as const) : undefined}
  const refused: FactRecord[] = []
  for (const record of store.candidates(query)) {
    const result = score(claim, record, words, threshold, main)
    if (typeof result === 'string') refused.push(record)
    else scored.push(result)
  }
  scored.sort((a, b) => b.score - a.score || a.record.id.localeCompare(b.record.id))

  const repaired = claim.repairs.length > 0
  const repairNote = repaired ? [`checked on the repaired value (read ${claim.repairs.map((repair) => `\`${repair.original}\` as \`${repair.repaired}\``).join(', ')})`] : []
  const candidates = scored.map((item) => ({recordId: item.record.id, score: round(item.score)}))
  const best = scored[0]
  if (!best) {
    for (const record of refused.slice(0, 5)) rejected.push(`${record.id}: ${String(score(claim, record, words, threshold, main, true))}`)
    return {claimId: claim.id, recordId: null, verdict: 'no-record', score: 0, reasons: [`no ${claim.unit} record matches the metric, scope and period`, ...rejected, ...repairNote], arithmetic: null, repaired, candidates}
  }
  best.reasons = (score(claim, best.record, words, threshold, main, true) as Scored).reasons

  const arithmetic = compare(claim, best.record)
  const rival = scored[1]
  if (rival && best.score - rival.score < tie && figureOf(rival.record) !== arithmetic.recorded) {
    return {
      claimId: claim.id,
      recordId: best.record.id,
      verdict: 'ambiguous',
      score: round(best.score),
      reasons: [`\`${best.record.id}\` and \`${rival.record.id}\` fit equally well (${round(best.score)} vs ${round(rival.score)}) with different figures`, ...best.reasons, ...repairNote],
      arithmetic,
      repaired,
      candidates
    }
  }
  return {
    claimId: claim.id,
    recordId: best.record.id,
    verdict: arithmetic.fits ? 'consistent' : 'conflicting',
    score: round(best.score),
    reasons: [...best.reasons, ...repairNote],
    arithmetic,
    repaired,
    candidates
  }
}

/** A candidate's score, or why it cannot be the claim's record. */
function score(claim: Claim, record: FactRecord, words: ReadonlyMap<string, number>, threshold: number, main: {first: string; last: string; text: string} | undefined, explain = false): Scored | string {
  // Reasons are words for people: only built for the records a link reports.
  const reasons: string[] = []
  const say = (reason: () => string) => {
    if (explain) reasons.push(reason())
  }

  // Metric: the best-covered wording of the record.
  let metric = 0
  let wording = record.metric.name
  for (const phrase of [record.metric.name, ...record.metric.aliases]) {
    const phraseTerms = terms(phrase)
    if (phraseTerms.length === 0) continue
    const covered = phraseTerms.reduce((sum, word) => sum + (words.get(word) ?? 0), 0) / phraseTerms.length
    if (covered > metric) {
      metric = covered
      wording = phrase
    }
  }
  if (metric < threshold) return explain ? `metric \`${record.metric.name}\` does not match (${round(metric)})` : 'metric'
  say(() => `metric \`${record.metric.name}\` matches as \`${wording}\` (${round(metric)})`)

  // Period: never another period; unknown periods weigh less.
  let period = 0.5
  const inferred = !claim.period?.first && main !== undefined
  const first = claim.period?.first ?? main?.first
  const last = claim.period?.last ?? main?.last
  if (first && last) {
    const start = first > record.period.start ? first : record.period.start
    const end = last < record.period.end ? last : record.period.end
    if (start > end) return explain ? `period ${first}..${last} does not overlap ${record.period.start}..${record.period.end}` : 'period'
    period = (days(start, end) + 1) / (days(first < record.period.start ? first : record.period.start, last > record.period.end ? last : record.period.end) + 1)
    if (inferred) period *= 0.75
    const stated = inferred ? `the article's main period, ${main!.text}` : `period ${claim.period?.text}`
    say(() => `${stated} (${first}..${last}) overlaps ${record.period.label ?? `${record.period.start}..${record.period.end}`} (${round(period)})`)
  } else {
    say(() => (claim.period ? `period \`${claim.period.text}\` is unresolved` : 'the claim states no period'))
  }

  // Scope: never another place or organisation.
  let scope = 0.5
  const stated = [...claim.scope.places, ...claim.scope.organizations].map((name) => name.toLowerCase())
  if (stated.length > 0) {
    const names = [record.scope.place, record.scope.organization, ...record.scope.aliases].filter((name) => name !== undefined).map((name) => name.toLowerCase())
    const matches = (item: string) => names.some((name) => sameName(name, item))
    const matched = stated.filter((item) => matches(item))
    if (matched.length === 0) return explain ? `scope ${stated.join(', ')} is not ${record.scope.description ?? names.join(', ')}` : 'scope'
    // The first place named is what the sentence is about; later ones weigh half ("Massachusetts … every state in the US").
    const weight = (index: number) => (index === 0 ? 1 : 0.5)
    scope = stated.reduce((sum, item, index) => sum + (matches(item) ? weight(index) : 0), 0) / stated.reduce((sum, _item, index) => sum + weight(index), 0)
    say(() => `scope ${matched.join(', ')} matches ${record.scope.description ?? record.scope.place ?? record.scope.organization} (${round(scope)})`)
  } else {
    say(() => 'the claim names no place or organisation')
  }

  return {record, score: metric * 0.5 + scope * 0.25 + period * 0.25, reasons}
}

function days(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 864e5
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
