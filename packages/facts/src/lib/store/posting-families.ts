/**
 * The posting families both stores index and query: metric words, scope
 * words, years, and scope word + year, each per unit, and how a query picks
 * the family to walk.
 */
import type {FactRecord} from '../fact-record.js'
import {terms} from '../link/terms.js'
import {remembering} from '../remembering.js'
import type {CandidateQuery} from './fact-store.js'

/** Records whose period spans more years than this are indexed once, under every year. */
const longSpan = 30

/** Metric terms of a record: its name and every alias. */
export function metricTerms(record: FactRecord): string[] {
  return [...new Set([record.metric.name, ...record.metric.aliases].flatMap((phrase) => terms(phrase)))]
}

/** Scope words of a record: its place, organisation and their aliases. */
export function scopeTerms(record: FactRecord): string[] {
  const {place, organization, aliases} = record.scope
  return [...new Set([place, organization, ...aliases].filter((name) => name !== undefined).flatMap((name) => terms(name)))]
}

/** A year as an index label, the same string object every time. */
const yearLabel = remembering((year: number) => String(year), 10_000)

/** Years of a record's period as index labels; a long span is one label, `*`. */
export function yearLabels(first: number, last: number): string[] {
  return last - first > longSpan ? ['*'] : Array.from({length: last - first + 1}, (_, index) => yearLabel(first + index))
}

/** Labels a query's years match: each year, and `*` for long spans (the same array for the same years). */
export function queryYearLabels(years: readonly [number, number]): readonly string[] {
  // Years come from ISO dates (four digits): one number keys the span.
  return labelsOfSpan(years[0] * 10_000 + years[1])
}

const labelsOfSpan = remembering((span: number) => {
  const first = Math.floor(span / 10_000)
  const last = span % 10_000
  return Object.freeze(['*', ...Array.from({length: Math.min(last - first, longSpan) + 1}, (_, index) => yearLabel(first + index))])
}, 10_000)

/**
 * The keys a record is indexed under: metric words, scope words, years, and
 * scope word + year together, which is what makes "this place, this year"
 * lookups small however large the store grows.
 */
export function postingKeys(record: FactRecord): string[] {
  const unit = record.unit
  const years = yearLabels(Number(record.period.start.slice(0, 4)), Number(record.period.end.slice(0, 4)))
  const scope = scopeTerms(record)
  return [
    ...metricTerms(record).map((term) => `t\u0000${unit}\u0000${term}`),
    ...scope.map((term) => `s\u0000${unit}\u0000${term}`),
    ...years.map((year) => `y\u0000${unit}\u0000${year}`),
    ...scope.flatMap((term) => years.map((year) => `p\u0000${unit}\u0000${term}\u0000${year}`))
  ]
}

/** One constraint of a query: a record must hold at least one of `keys`. */
export interface KeyFamily<Key = string> {
  name: 'terms' | 'scope' | 'years' | 'scope-years'
  keys: Key[]
}

/** The posting families a query reads; a missing scope or period is no constraint. */
export function queryKeys(query: CandidateQuery): KeyFamily[] {
  const unit = query.unit
  const families: KeyFamily[] = [{name: 'terms', keys: query.terms.map((term) => `t\u0000${unit}\u0000${term}`)}]
  const scope = query.scope && query.scope.length > 0 ? query.scope : undefined
  const years = query.years ? queryYearLabels(query.years) : undefined
  if (scope) families.push({name: 'scope', keys: scope.map((term) => `s\u0000${unit}\u0000${term}`)})
  if (years) families.push({name: 'years', keys: years.map((year) => `y\u0000${unit}\u0000${year}`)})
  if (scope && years) families.push({name: 'scope-years', keys: scope.flatMap((term) => years.map((year) => `p\u0000${unit}\u0000${term}\u0000${year}`))})
  return families
}

/**
 * Which family to walk (the smallest by posting count) and which to check per
 * record. Scope + year implies scope and year, and is implied by them.
 */
export function plan<Key>(families: ReadonlyArray<KeyFamily<Key>>, count: (key: Key) => number): {walk: KeyFamily<Key>; check: Array<KeyFamily<Key>>} | undefined {
  const sized = families.map((family) => ({family, size: family.keys.reduce((sum, key) => sum + count(key), 0)}))
  const walk = sized.reduce((best, item) => (item.size < best.size ? item : best))
  if (walk.size === 0) return undefined
  const implied = walk.family.name === 'scope-years' ? ['scope', 'years', 'scope-years'] : ['scope-years', walk.family.name]
  const check = sized.filter((item) => !implied.includes(item.family.name)).sort((a, b) => a.size - b.size).map((item) => item.family)
  return {walk: walk.family, check}
}
