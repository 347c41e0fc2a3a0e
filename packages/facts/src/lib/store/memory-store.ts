import type {FactRecord} from '../fact-record.js'
import {terms} from '../link/terms.js'
import type {CandidateQuery, FactStore} from './fact-store.js'

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

/** The keys a record is indexed under, by family: metric words, scope words, years. */
export function postingKeys(record: FactRecord): {terms: string[]; scope: string[]; years: string[]} {
  const first = Number(record.period.start.slice(0, 4))
  const last = Number(record.period.end.slice(0, 4))
  const years = last - first > longSpan ? [`y\u0000${record.unit}\u0000*`] : Array.from({length: last - first + 1}, (_, index) => `y\u0000${record.unit}\u0000${first + index}`)
  return {
    terms: metricTerms(record).map((term) => `t\u0000${record.unit}\u0000${term}`),
    scope: scopeTerms(record).map((term) => `s\u0000${record.unit}\u0000${term}`),
    years
  }
}

/** The posting keys a query reads, by family (absent families are not constraints). */
export function queryKeys(query: CandidateQuery): string[][] {
  const families = [query.terms.map((term) => `t\u0000${query.unit}\u0000${term}`)]
  if (query.scope && query.scope.length > 0) families.push(query.scope.map((term) => `s\u0000${query.unit}\u0000${term}`))
  if (query.years) {
    const [first, last] = query.years
    const keys = [`y\u0000${query.unit}\u0000*`]
    for (let year = first; year <= Math.min(last, first + longSpan); year++) keys.push(`y\u0000${query.unit}\u0000${year}`)
    families.push(keys)
  }
  return families
}

interface Entry {
  record: FactRecord
  keys: Set<string>
}

/**
 * A store in memory. Records are indexed three ways (metric words, scope
 * words, years, each with the unit); a query walks the smallest of the
 * families it can use and checks the others per record, so its cost follows
 * the most selective thing the claim says, not the size of the store.
 */
export class MemoryStore implements FactStore {
  private readonly byId = new Map<string, FactRecord>()
  private readonly entries: Entry[] = []
  private readonly postings = new Map<string, number[]>()
  private seen = new Uint32Array(0)
  private stamp = 0

  constructor(records: Iterable<FactRecord>) {
    const superseded = new Set<string>()
    for (const record of records) {
      this.byId.set(record.id, record)
      if (record.supersedes) superseded.add(record.supersedes)
    }
    for (const record of this.byId.values()) {
      if (superseded.has(record.id)) continue
      const {terms, scope, years} = postingKeys(record)
      const keys = new Set([...terms, ...scope, ...years])
      const index = this.entries.push({record, keys}) - 1
      for (const key of keys) {
        const list = this.postings.get(key)
        if (list) list.push(index)
        else this.postings.set(key, [index])
      }
    }
    this.seen = new Uint32Array(this.entries.length)
  }

  get size(): number {
    return this.byId.size
  }

  get(id: string): FactRecord | undefined {
    return this.byId.get(id)
  }

  candidates(query: CandidateQuery): FactRecord[] {
    const families = queryKeys(query)
    let smallest = families[0]!
    let smallestSize = Number.POSITIVE_INFINITY
    for (const family of families) {
      const size = family.reduce((sum, key) => sum + (this.postings.get(key)?.length ?? 0), 0)
      if (size < smallestSize) {
        smallest = family
        smallestSize = size
      }
    }
    const others = families.filter((family) => family !== smallest)
    this.stamp = (this.stamp + 1) >>> 0 || 1
    const found: FactRecord[] = []
    for (const key of smallest) {
      for (const index of this.postings.get(key) ?? []) {
        if (this.seen[index] === this.stamp) continue
        this.seen[index] = this.stamp
        const entry = this.entries[index]!
        if (others.every((family) => family.some((other) => entry.keys.has(other)))) found.push(entry.record)
      }
    }
    return found
  }
}
