import type {Claim} from '@claimtrace/extract'
import type {ConflictKind, FactRecord, Verdict} from '@claimtrace/facts'
import type {Comparison, Relation} from '@claimtrace/syndication'

/** Verdicts in the order reports list them, with the words people read. */
export const verdictLabels: Readonly<Record<Verdict, string>> = {
  conflicting: 'conflicting',
  ambiguous: 'ambiguous',
  unresolved: 'unresolved',
  consistent: 'consistent',
  'no-record': 'no record'
}

export const verdictOrder: readonly Verdict[] = ['conflicting', 'ambiguous', 'unresolved', 'consistent', 'no-record']

/** Kinds of conflict, as people read them. */
export const conflictLabels: Readonly<Record<ConflictKind, string>> = {
  'wrong-period': 'wrong period',
  'wrong-scope': 'wrong place',
  'scale-slip': 'scale slip',
  'transposed-digits': 'transposed digits',
  'dropped-digit': 'dropped or added digit',
  'hedge-violated': 'hedge does not hold',
  rounding: 'rounding',
  'percent-vs-points': 'percent vs percentage points',
  'direction-reversed': 'direction reversed',
  superseded: 'superseded figure'
}

/** How a copy relates to its canonical copy, as people read it. */
const relationLabels: Readonly<Record<Relation, string>> = {
  copy: 'A full copy',
  excerpt: 'An excerpt',
  abridged: 'An abridged copy',
  extended: 'An extended copy',
  spliced: 'A splice with another text',
  reworked: 'A reworked copy',
  unrelated: 'Not a copy'
}

/** "An excerpt: 1 shared passage, 37% of the canonical copy and 100% of this one"; of `reference` when it is compared with another copy. */
export function describeRelation(comparison: Pick<Comparison, 'relation' | 'passages' | 'coverage'>, reference?: string): string {
  const percent = (share: number) => `${Math.round(share * 100)}%`
  return `${relationLabels[comparison.relation]}: ${plural(comparison.passages.length, 'shared passage')}, ${percent(comparison.coverage.a)} of ${reference ?? 'the canonical copy'} and ${percent(comparison.coverage.b)} of this one.`
}

/** `detainer requests declined (ICE Boston field office, 2016)`. */
export function describeRecord(record: FactRecord): string {
  return `${record.metric.name} ${recordContext(record)}`
}

/** Where and when a record holds: `(ICE Boston field office, 2016)`. */
export function recordContext(record: FactRecord): string {
  const scope = record.scope.description ?? record.scope.place ?? record.scope.organization ?? ''
  return `(${scope}, ${record.period.label ?? `${record.period.start}..${record.period.end}`})`
}

/** The figure a record holds, in the notation of claim bounds: `59 count`, `<= 48 hour`, `200..210 count` (numbers as JSON writes them, no locale grouping, so reports never disagree with the JSON). */
export function recordFigure(record: FactRecord): string {
  const {value, low, high, unit} = record
  if (value !== undefined) return `${value} ${unit}`
  if (low !== undefined && high !== undefined) return `${low}..${high} ${unit}`
  return low === undefined ? `<= ${high} ${unit}` : `>= ${low} ${unit}`
}

/** The figure a claim states, as read: `> 200 count`, `26.9 percent`, `117..150`. */
export function claimFigure(claim: Claim): string {
  const figure = claim.value === null ? `${claim.low === undefined ? '' : String(claim.low)}..${claim.high === undefined ? '' : String(claim.high)}` : String(claim.value)
  return `${claim.bound === '=' ? '' : `${claim.bound} `}${figure} ${claim.unit}`
}

/** `s` when `count` is not one. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** At most `length` UTF-16 units, ending in `…` when cut; never splits a surrogate pair. */
export function shorten(text: string, length: number): string {
  if (text.length <= length) return text
  let end = length - 1
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd8_00 && last <= 0xdb_ff) end--
  return `${text.slice(0, end)}…`
}
