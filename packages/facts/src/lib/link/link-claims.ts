import type {Claim} from '@claimtrace/extract'
import type {FactRecord} from '../fact-record.js'
import type {CandidateQuery, FactStore} from '../store/fact-store.js'
import {compare, figureOf} from './compare.js'
import type {Link} from './link.js'
import {remembering} from '../remembering.js'
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
  const text = options?.text ?? undefined
  const main = mainPeriod(claims)
  return claims.map((claim, index) => linkClaim(withScope(claim, claims[index - 1]), store, text, threshold, main))
}

/** A claim that names no place takes the scope of a claim in the sentence just before ("… throughout the United States. A total of 47 …"). */
function withScope(claim: Claim, previous: Claim | undefined): Claim {
  const named = claim.scope.places.length + claim.scope.organizations.length > 0
  if (named || !previous || claim.sentence.start - previous.sentence.end > 2) return claim
  return {...claim, scope: previous.scope}
}

/** Whether one name is the other, or holds it as whole words ("Boston ICE office" holds "ICE"; "Massachusetts" does not hold "US"). */
function sameName(a: string, b: string): boolean {
  const left = padded(a)
  const right = padded(b)
  return left.includes(right) || right.includes(left)
}

const padded = remembering((name: string) => ` ${name.toLowerCase()} `, 10_000)

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

interface MainPeriod {
  first: string
  last: string
  text: string
}

/** The period most claims of the article share: weak evidence for a claim that states none. */
function mainPeriod(claims: readonly Claim[]): MainPeriod | undefined {
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

function linkClaim(claim: Claim, store: FactStore, text: string | undefined, threshold: number, main: MainPeriod | undefined): Link {
  const words = evidence(claim, text)
  const first = claim.period?.first ?? main?.first
  const last = claim.period?.last ?? main?.last
  const scope = [...claim.scope.places, ...claim.scope.organizations].flatMap((name) => terms(name))
  const years = first && last ? ([Number(first.slice(0, 4)), Number(last.slice(0, 4))] as const) : undefined
  const query: CandidateQuery = {terms: [...words.keys()], unit: claim.unit, scope, years}
  const rejected: string[] = []
  const scored: Scored[] = []
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
    reasons: repaired ? [...best.reasons, ...repairNote] : best.reasons,
    arithmetic,
    repaired,
    candidates
  }
}

const unexplained: string[] = Object.freeze([]) as unknown as string[]

/** A candidate's score, or why it cannot be the claim's record. */
function score(claim: Claim, record: FactRecord, words: ReadonlyMap<string, number>, threshold: number, main: MainPeriod | undefined, explain = false): Scored | string {
  // Runs for every candidate of every claim: sentences for people are only
  // built (`explain`) for the record a link reports.
  const reasons: string[] = explain ? [] : unexplained

  // Metric: the best-covered wording of the record.
  let metric = covered(terms(record.metric.name), words)
  let wording = record.metric.name
  for (const alias of record.metric.aliases) {
    const coverage = covered(terms(alias), words)
    if (coverage > metric) {
      metric = coverage
      wording = alias
    }
  }
  if (metric < threshold) return explain ? `metric \`${record.metric.name}\` does not match (${round(metric)})` : 'metric'
  if (explain) reasons.push(`metric \`${record.metric.name}\` matches as \`${wording}\` (${round(metric)})`)

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
    if (explain) {
      const stated = inferred ? `the article's main period, ${main!.text}` : `period ${claim.period?.text}`
      reasons.push(`${stated} (${first}..${last}) overlaps ${record.period.label ?? `${record.period.start}..${record.period.end}`} (${round(period)})`)
    }
  } else if (explain) {
    reasons.push(claim.period ? `period \`${claim.period.text}\` is unresolved` : 'the claim states no period')
  }

  // Scope: never another place or organisation. The first place named is what
  // the sentence is about; later ones weigh half ("Massachusetts … every state in the US").
  let scope = 0.5
  const {places, organizations} = claim.scope
  const stated = places.length + organizations.length
  if (stated > 0) {
    let matched = 0
    let total = 0
    for (let index = 0; index < stated; index++) {
      const name = index < places.length ? places[index]! : organizations[index - places.length]!
      const weight = index === 0 ? 1 : 0.5
      total += weight
      if (inScope(record, name)) matched += weight
    }
    if (matched === 0) {
      return explain ? `scope ${[...places, ...organizations].map((name) => name.toLowerCase()).join(', ')} is not ${record.scope.description ?? scopeNames(record).join(', ')}` : 'scope'
    }
    scope = matched / total
    if (explain) {
      const names = [...places, ...organizations].filter((name) => inScope(record, name)).map((name) => name.toLowerCase())
      reasons.push(`scope ${names.join(', ')} matches ${record.scope.description ?? record.scope.place ?? record.scope.organization} (${round(scope)})`)
    }
  } else if (explain) {
    reasons.push('the claim names no place or organisation')
  }

  return {record, score: metric * 0.5 + scope * 0.25 + period * 0.25, reasons}
}

/** How much of a wording the claim's words cover, by weight. */
function covered(phrase: readonly string[], words: ReadonlyMap<string, number>): number {
  if (phrase.length === 0) return 0
  let sum = 0
  for (const word of phrase) sum += words.get(word) ?? 0
  return sum / phrase.length
}

function scopeNames(record: FactRecord): string[] {
  const {place, organization, aliases} = record.scope
  return [place, organization, ...aliases].filter((name) => name !== undefined).map((name) => name.toLowerCase())
}

/** Whether a place or organisation the claim names is the record's, by name or alias. */
function inScope(record: FactRecord, name: string): boolean {
  const {place, organization, aliases} = record.scope
  if (place !== undefined && sameName(place, name)) return true
  if (organization !== undefined && sameName(organization, name)) return true
  for (const alias of aliases) if (sameName(alias, name)) return true
  return false
}

function days(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

const dayNumber = remembering((date: string) => Date.parse(date) / 864e5, 100_000)

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
