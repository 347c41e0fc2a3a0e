import type {FactRecord} from '../fact-record.js'
import type {CandidateQuery, FactStore} from './fact-store.js'
import {metricTerms, queryYearLabels, scopeTerms, yearLabels} from './posting-families.js'

/** Posting ids of one unit, by family, keyed by the (memoized) words themselves: no key strings are built per query. */
interface UnitIndex {
  terms: Map<string, number>
  scope: Map<string, number>
  years: Map<string, number>
  scopeYears: Map<string, Map<string, number>>
}

/**
 * A store in memory. Records are indexed by metric word, scope word, year,
 * and scope word + year (each per unit); a query walks the smallest family it
 * can use and checks the others per record, so its cost follows the most
 * selective thing the claim says, not the size of the store.
 */
export class MemoryStore implements FactStore {
  private readonly byId = new Map<string, FactRecord>()
  private readonly records: FactRecord[] = []
  /** Every record's posting ids, sorted, end to end (record `i` holds `keys[starts[i]..starts[i + 1]]`): one flat array keeps lookups in few cache lines. */
  private readonly keys: Int32Array
  private readonly starts: Int32Array
  private readonly units = new Map<string, UnitIndex>()
  private readonly postings: number[][] = []
  private seen = new Uint32Array(0)
  private stamp = 0

  constructor(records: Iterable<FactRecord>) {
    const superseded = new Set<string>()
    for (const record of records) {
      this.byId.set(record.id, record)
      if (record.supersedes) superseded.add(record.supersedes)
    }
    const lists: Int32Array[] = []
    for (const record of this.byId.values()) {
      if (superseded.has(record.id)) continue
      const unit = this.unit(record.unit)
      const years = yearLabels(Number(record.period.start.slice(0, 4)), Number(record.period.end.slice(0, 4)))
      const scope = scopeTerms(record)
      const ids = new Set([
        ...metricTerms(record).map((term) => this.id(unit.terms, term)),
        ...scope.map((word) => this.id(unit.scope, word)),
        ...years.map((year) => this.id(unit.years, year)),
        ...scope.flatMap((word) => years.map((year) => this.id(this.nested(unit.scopeYears, word), year)))
      ])
      const sorted = Int32Array.from(ids).sort()
      const index = this.records.push(record) - 1
      lists.push(sorted)
      for (const id of sorted) this.postings[id]!.push(index)
    }
    this.starts = new Int32Array(lists.length + 1)
    for (const [index, list] of lists.entries()) this.starts[index + 1] = this.starts[index]! + list.length
    this.keys = new Int32Array(this.starts[lists.length]!)
    for (const [index, list] of lists.entries()) this.keys.set(list, this.starts[index]!)
    this.seen = new Uint32Array(this.records.length)
  }

  get size(): number {
    return this.byId.size
  }

  get(id: string): FactRecord | undefined {
    return this.byId.get(id)
  }

  candidates(query: CandidateQuery): FactRecord[] {
    const unit = this.units.get(query.unit)
    if (!unit) return []
    // The same plan as `plan` (posting-families.ts), with no objects per query: this runs for every figure linked.
    const terms = this.known(unit.terms, query.terms)
    const scope = query.scope && query.scope.length > 0 ? this.known(unit.scope, query.scope) : undefined
    const labels = query.years ? queryYearLabels(query.years) : undefined
    const years = labels ? this.known(unit.years, labels) : undefined
    let scopeYears: number[] | undefined
    if (scope && labels) {
      scopeYears = []
      for (const word of query.scope!) {
        const byYear = unit.scopeYears.get(word)
        if (byYear) for (const label of labels) {
          const id = byYear.get(label)
          if (id !== undefined) scopeYears.push(id)
        }
      }
    }
    // Walk the family with the fewest postings; scope + year implies scope and year.
    const sizes = [this.postingCount(terms), scope ? this.postingCount(scope) : Infinity, years ? this.postingCount(years) : Infinity, scopeYears ? this.postingCount(scopeYears) : Infinity]
    let walk = 0
    for (let family = 1; family < 4; family++) if (sizes[family]! < sizes[walk]!) walk = family
    if (sizes[walk] === 0) return []
    const walked = [terms, scope, years, scopeYears][walk]!
    const check: number[][] = []
    if (walk !== 0) check.push(terms)
    if (walk === 0 || walk === 2) if (scope) check.push(scope)
    if (walk === 0 || walk === 1) if (years) check.push(years)
    if (check.length === 2 && this.postingCount(check[1]!) < this.postingCount(check[0]!)) check.reverse()

    const found: FactRecord[] = []
    // Plain loops: this runs for every record a query walks, and closures here would be garbage per record.
    if (walked.length === 1) {
      // One posting list holds each record once: nothing to mark as seen.
      const posting = this.postings[walked[0]!]!
      for (let at = 0; at < posting.length; at++) {
        if (this.holdsAll(posting[at]!, check)) found.push(this.records[posting[at]!]!)
      }
      return found
    }
    this.stamp = (this.stamp + 1) >>> 0 || 1
    for (let key = 0; key < walked.length; key++) {
      const posting = this.postings[walked[key]!]!
      for (let at = 0; at < posting.length; at++) {
        const index = posting[at]!
        if (this.seen[index] === this.stamp) continue
        this.seen[index] = this.stamp
        if (this.holdsAll(index, check)) found.push(this.records[index]!)
      }
    }
    return found
  }

  /** How many postings the keys hold together. */
  private postingCount(keys: readonly number[]): number {
    let size = 0
    for (let index = 0; index < keys.length; index++) size += this.postings[keys[index]!]!.length
    return size
  }

  /** Ids of the words an index knows. */
  private known(index: ReadonlyMap<string, number>, words: readonly string[]): number[] {
    const ids: number[] = []
    for (let at = 0; at < words.length; at++) {
      const id = index.get(words[at]!)
      if (id !== undefined) ids.push(id)
    }
    return ids
  }

  /** Whether record `index` holds at least one key of every family. */
  private holdsAll(index: number, families: ReadonlyArray<readonly number[]>): boolean {
    const from = this.starts[index]!
    const to = this.starts[index + 1]!
    for (let family = 0; family < families.length; family++) {
      const keys = families[family]!
      let any = false
      for (let at = 0; at < keys.length; at++) {
        if (holds(this.keys, from, to, keys[at]!)) {
          any = true
          break
        }
      }
      if (!any) return false
    }
    return true
  }

  private unit(name: string): UnitIndex {
    let unit = this.units.get(name)
    if (!unit) {
      unit = {terms: new Map(), scope: new Map(), years: new Map(), scopeYears: new Map()}
      this.units.set(name, unit)
    }
    return unit
  }

  private nested(map: Map<string, Map<string, number>>, key: string): Map<string, number> {
    let inner = map.get(key)
    if (!inner) {
      inner = new Map()
      map.set(key, inner)
    }
    return inner
  }

  private id(map: Map<string, number>, key: string): number {
    let id = map.get(key)
    if (id === undefined) {
      id = this.postings.push([]) - 1
      map.set(key, id)
    }
    return id
  }
}

/** Binary search for `id` in the sorted run `keys[from..to)`. */
function holds(keys: Int32Array, from: number, to: number, id: number): boolean {
  let low = from
  let high = to - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const value = keys[middle]!
    if (value === id) return true
    if (value < id) low = middle + 1
    else high = middle - 1
  }
  return false
}
