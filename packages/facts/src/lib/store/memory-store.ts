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

/** Posting families of a query, by index. */
const terms = 0
const scope = 1
const years = 2
const scopeYears = 3

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
  /** A query's key ids by family (`terms`, `scope`, `years`, `scopeYears`), how many each holds, and the families checked per record: reused by every query. */
  private readonly ids = [new Int32Array(64), new Int32Array(64), new Int32Array(64), new Int32Array(64)]
  private readonly counts = new Int32Array(4)
  private readonly checked = new Int32Array(3)

  constructor(records: Iterable<FactRecord>) {
    const superseded = new Set<string>()
    for (const record of records) {
      this.byId.set(record.id, record)
      if (record.supersedes) superseded.add(record.supersedes)
    }
    const pending: FactRecord[] = []
    const pendingLists: Int32Array[] = []
    const groups: number[] = []
    for (const record of this.byId.values()) {
      if (superseded.has(record.id)) continue
      const unit = this.unit(record.unit)
      const years = yearLabels(Number(record.period.start.slice(0, 4)), Number(record.period.end.slice(0, 4)))
      const scope = scopeTerms(record)
      const placeYears = scope.flatMap((word) => years.map((year) => this.id(this.nested(unit.scopeYears, word), year)))
      const ids = new Set([
        ...metricTerms(record).map((term) => this.id(unit.terms, term)),
        ...scope.map((word) => this.id(unit.scope, word)),
        ...years.map((year) => this.id(unit.years, year)),
        ...placeYears
      ])
      pending.push(record)
      pendingLists.push(Int32Array.from(ids).sort())
      groups.push(placeYears[0] ?? -1)
    }
    // Records of one place and year stand side by side (a counting sort by their first place + year key, stable):
    // a lookup by place and year, the usual one, then reads a few adjacent cache lines, not one per record.
    const order = countingOrder(groups, this.postings.length)
    const lists: Int32Array[] = []
    for (const at of order) {
      const index = this.records.push(pending[at]!) - 1
      const list = pendingLists[at]!
      lists.push(list)
      for (const id of list) this.postings[id]!.push(index)
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
    // Key ids go into the store's own buffers (a lookup never runs inside another).
    this.counts.fill(0)
    this.known(terms, unit.terms, query.terms)
    const scoped = query.scope !== undefined && query.scope.length > 0
    const labels = query.years ? queryYearLabels(query.years) : undefined
    let walk = terms
    let checks = 0
    if (scoped && labels) {
      // Place + year postings hold only records of that place in those years: never more than the place's or the year's.
      for (let word = 0; word < query.scope!.length; word++) {
        const byYear = unit.scopeYears.get(query.scope![word]!)
        if (!byYear) continue
        for (let label = 0; label < labels.length; label++) {
          const id = byYear.get(labels[label]!)
          if (id !== undefined) this.add(scopeYears, id)
        }
      }
      const size = this.postingCount(scopeYears)
      if (size === 0) return []
      if (size <= this.postingCount(terms)) {
        walk = scopeYears
        this.checked[checks++] = terms
      }
    }
    if (walk === terms) {
      // Walk the family with the fewest postings (one the query leaves open is no constraint).
      if (scoped) this.known(scope, unit.scope, query.scope!)
      if (labels) this.known(years, unit.years, labels)
      let smallest = this.postingCount(terms)
      for (let family = scope; family <= years; family++) {
        if ((family === scope && !scoped) || (family === years && !labels)) continue
        const size = this.postingCount(family)
        if (size < smallest) {
          walk = family
          smallest = size
        }
      }
      if (smallest === 0) return []
      if (walk !== terms) this.checked[checks++] = terms
      if (walk !== scope && scoped) this.checked[checks++] = scope
      if (walk !== years && labels) this.checked[checks++] = years
      if (checks === 2 && this.postingCount(this.checked[1]!) < this.postingCount(this.checked[0]!)) swapChecks(this.checked)
    }

    const found: FactRecord[] = []
    const keys = this.ids[walk]!
    const count = this.counts[walk]!
    // Plain loops: this runs for every record a query walks, and closures here would be garbage per record.
    if (count === 1) {
      // One posting list holds each record once: nothing to mark as seen.
      const posting = this.postings[keys[0]!]!
      for (let at = 0; at < posting.length; at++) {
        if (this.holdsAll(posting[at]!, checks)) found.push(this.records[posting[at]!]!)
      }
      return found
    }
    this.stamp = (this.stamp + 1) >>> 0 || 1
    for (let key = 0; key < count; key++) {
      const posting = this.postings[keys[key]!]!
      for (let at = 0; at < posting.length; at++) {
        const index = posting[at]!
        if (this.seen[index] === this.stamp) continue
        this.seen[index] = this.stamp
        if (this.holdsAll(index, checks)) found.push(this.records[index]!)
      }
    }
    return found
  }

  /** How many postings the keys of `family` hold together. */
  private postingCount(family: number): number {
    const keys = this.ids[family]!
    let size = 0
    for (let index = 0; index < this.counts[family]!; index++) size += this.postings[keys[index]!]!.length
    return size
  }

  /** Ids of the words an index knows, as keys of `family`. */
  private known(family: number, index: ReadonlyMap<string, number>, words: readonly string[]): void {
    for (let at = 0; at < words.length; at++) {
      const id = index.get(words[at]!)
      if (id !== undefined) this.add(family, id)
    }
  }

  private add(family: number, id: number): void {
    let keys = this.ids[family]!
    const count = this.counts[family]!
    if (count === keys.length) {
      const larger = new Int32Array(count * 2)
      larger.set(keys)
      this.ids[family] = keys = larger
    }
    keys[count] = id
    this.counts[family] = count + 1
  }

  /** Whether record `index` holds at least one key of each of the first `checks` checked families. */
  private holdsAll(index: number, checks: number): boolean {
    const from = this.starts[index]!
    const to = this.starts[index + 1]!
    for (let check = 0; check < checks; check++) {
      const family = this.checked[check]!
      const keys = this.ids[family]!
      const count = this.counts[family]!
      let any = false
      for (let at = 0; at < count; at++) {
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

function swapChecks(checked: Int32Array): void {
  const first = checked[0]!
  checked[0] = checked[1]!
  checked[1] = first
}

/** Indexes of `groups` (each from -1 to `size - 1`) ordered by group, stable. */
function countingOrder(groups: readonly number[], size: number): Int32Array {
  const starts = new Int32Array(size + 2)
  for (const group of groups) starts[group + 2]!++
  for (let group = 1; group < starts.length; group++) starts[group]! += starts[group - 1]!
  const order = new Int32Array(groups.length)
  for (let index = 0; index < groups.length; index++) order[starts[groups[index]! + 1]!++] = index
  return order
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
