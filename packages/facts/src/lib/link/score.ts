import type {FactRecord} from '../fact-record.js'
import {remembering} from '../remembering.js'
import type {ClaimView, PeriodChoice} from './claim-view.js'
import {ownWeight} from './evidence.js'
import type {LinkDimension} from './link.js'
import {metricKind} from './metric-kind.js'
import {stem} from './terms.js'

/** A record that can be the claim's, with how well it matches and what is established. */
export interface Scored {
  record: FactRecord
  /** Index of the claim's figure (`view.figures`) in the record's unit. */
  unit: number
  score: number
  /** Share of the record's best wording the claim's words cover, by weight. */
  metric: number
  /** Every word of that wording is among the claim's own words, not only its sentence's. */
  ownMetric: boolean
  wording: string
  /** The claim's period the record's overlaps; none when the claim has none. */
  period: PeriodChoice | undefined
  /** 0..1: how much of what the claim names is the record's scope. */
  scope: number
  scopeEstablished: boolean
}

const unknown = 0.5

/** Words a change record is named with, which a change claim says by being one. */
/** Words in which a level states what a period added or took away (stemmed as `stem` does). */
const flowTerms = {
  up: new Set(['new', 'added', 'add', 'gained', 'created', 'hired']),
  down: new Set(['lost', 'shed', 'cut', 'eliminated', 'closed'])
} as const

function saysFlow(words: ReadonlyMap<string, number>, flow: 'up' | 'down'): boolean {
  for (const term of flowTerms[flow]) if (words.has(term)) return true
  return false
}

const changeTerms = new Set(['change', 'increase', 'decrease', 'growth', 'rise', 'drop', 'decline', 'cut', 'reduction', 'swing', 'difference'])

/**
 * Score a candidate, or say on which dimension it cannot be the claim's.
 * Runs for every candidate of every claim: nothing is allocated for a
 * refusal, and nothing for people. With `failures`, every failing dimension
 * is pushed there (for near misses) and scoring goes on.
 */
export function assess(view: ClaimView, words: ReadonlyMap<string, number>, record: FactRecord, unit: number, threshold: number, failures?: LinkDimension[]): Scored | LinkDimension {
  // No closures here: this runs per candidate.
  let failed: LinkDimension | undefined

  // Metric: the best-covered wording, which the claim's own words must carry at least to `threshold`;
  // established when some wording is all the claim's own words.
  let metric = 0
  let ownMetric = false
  let ownBest = 0
  let wording = record.metric.name
  const change = view.claim.kind === 'change'
  const kind = metricKind(record)
  for (const {phrase, terms: wordsOf, roots} of kind.wordings) {
    if (wordsOf.length === 0) continue
    let sum = 0
    let own = 0
    let all = true
    for (let at = 0; at < wordsOf.length; at++) {
      const word = wordsOf[at]!
      // A change says "change" by being one: "up 2.1 points" is the record's "change in graduation rate".
      const weight = words.get(word) ?? words.get(roots[at]!) ?? (change && changeTerms.has(word) ? ownWeight : 0)
      sum += weight
      if (weight >= ownWeight) own += weight
      else all = false
    }
    const coverage = sum / wordsOf.length
    // Prefer a wording the claim says in its own words, then the best covered.
    if ((all && !ownMetric) || (all === ownMetric && coverage > metric)) {
      metric = coverage
      wording = phrase
      ownMetric = all
    }
    if (own / wordsOf.length > ownBest) ownBest = own / wordsOf.length
  }
  if (ownBest < threshold) {
    if (!failures) return 'metric'
    failed ??= refuse(failures, 'metric')
  }

  // Kind and unit: a change only with a change (or with what a period added or took away, that way), an age only with an age
  // metric, a rate only with the same denominator.
  const claim = view.claim
  const flowing = kind.flow !== undefined && claim.kind === 'change' && (claim.direction === undefined || claim.direction === kind.flow)
  // A level meets what a period added or took away only in words that say so ("45 new positions"): "leaving the sector
  // with 18,900" is the stock, not the jobs added.
  const stockOnly = kind.flow !== undefined && claim.kind !== 'change' && !saysFlow(words, kind.flow)
  if (((claim.kind === 'change') !== kind.change && !flowing) || (claim.kind === 'age' && !kind.age) || stockOnly) {
    if (!failures) return 'kind'
    failed ??= refuse(failures, 'kind')
  }
  const per = claim.per === undefined ? undefined : perStem(claim.per)
  if (per !== kind.per) {
    if (!failures) return 'unit'
    failed ??= refuse(failures, 'unit')
  }

  // Period: never another period; when the claim has none, any, weighing less.
  let period: PeriodChoice | undefined
  let periodScore = unknown
  if (view.periods.length > 0) {
    for (const choice of view.periods) {
      const start = choice.first > record.period.start ? choice.first : record.period.start
      const end = choice.last < record.period.end ? choice.last : record.period.end
      if (start > end) continue
      // A total over its period is another figure for any other span the claim states, a part of it included.
      if (record.aggregation === 'total' && choice.how === 'stated' && !sameSpan(days(start, end), choice, record)) continue
      period = choice
      const outer = days(choice.first < record.period.start ? choice.first : record.period.start, choice.last > record.period.end ? choice.last : record.period.end)
      periodScore = ((days(start, end) + 1) / (outer + 1)) * (choice.how === 'stated' ? 1 : 0.75)
      break
    }
    if (!period) {
      if (!failures) return 'period'
      failed ??= refuse(failures, 'period')
    }
  }

  // Scope: never another place or organisation. The first place named is what the sentence is about; later ones weigh half.
  let scope = unknown
  let scopeEstablished = false
  if (view.scope === 'stated' || view.scope === 'previous') {
    let matched = 0
    let total = 0
    for (let index = 0; index < view.names.length; index++) {
      const weight = index === 0 ? 1 : 0.5
      total += weight
      if (inScope(record, view.names[index]!)) matched += weight
    }
    if (matched === 0) {
      if (!failures) return 'scope'
      failed ??= refuse(failures, 'scope')
    } else {
      scope = matched / total
      scopeEstablished = true
    }
  } else if (view.scope === 'article') {
    for (let index = 0; index < view.names.length; index++) {
      if (inScope(record, view.names[index]!)) {
        scope = 0.75
        scopeEstablished = view.unknownNames === undefined
        break
      }
    }
  }

  if (failed !== undefined && !failures) return failed
  return {record, unit, score: metric * 0.5 + scope * 0.25 + periodScore * 0.25, metric, ownMetric, wording, period, scope, scopeEstablished}
}

function refuse(failures: LinkDimension[], dimension: LinkDimension): LinkDimension {
  failures.push(dimension)
  return dimension
}

const perStem = remembering((word: string) => stem(word.split(/\s+/).find((part) => !/^\d/.test(part)) ?? word), 1000)

/** Whether a place or organisation the claim names is the record's, by name or alias. */
export function inScope(record: FactRecord, name: string): boolean {
  const {place, organization, aliases} = record.scope
  if (place !== undefined && sameName(place, name)) return true
  if (organization !== undefined && sameName(organization, name)) return true
  for (const alias of aliases) if (sameName(alias, name)) return true
  return false
}

/**
 * Whether one name is the other, or holds it as whole words ("Boston ICE
 * office" holds "ICE"; "Massachusetts" does not hold "US"). A name that adds
 * a kind of place to the other is another place: "St. Louis County" is not
 * "St. Louis", nor "Kansas City" "Kansas".
 */
function sameName(a: string, b: string): boolean {
  if (a === b) return true
  const left = padded(a)
  const right = padded(b)
  if (left === right) return true
  const [short, long] = left.length < right.length ? [left, right] : [right, left]
  if (!long.includes(short)) return false
  return !placeKinds.test(long.replace(short, ' '))
}

const placeKinds = /\b(?:county|counties|city|township|parish|borough|district|metro|metropolitan|area|region|state|province|village|town)\b/

const padded = remembering((name: string) => ` ${name.toLowerCase()} `, 10_000)

/** Share of each span the other must cover for two totals to be over one period: a few days' difference in how a month or quarter is dated. */
const sameSpanShare = 0.9

/** Whether the claim's stated span and the record's, overlapping by `overlap` days (less one), are one period. */
function sameSpan(overlap: number, choice: PeriodChoice, record: FactRecord): boolean {
  const shared = overlap + 1
  return shared >= sameSpanShare * (days(choice.first, choice.last) + 1) && shared >= sameSpanShare * (days(record.period.start, record.period.end) + 1)
}

function days(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

const dayNumber = remembering((date: string) => Date.parse(date) / 864e5, 100_000)
