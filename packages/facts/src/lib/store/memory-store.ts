import type {FactRecord} from '../fact-record.js'
import {terms} from '../link/terms.js'
import type {CandidateQuery, FactStore} from './fact-store.js'

/** Metric terms of a record: its name and every alias. */
export function metricTerms(record: FactRecord): string[] {
  return [...new Set([record.metric.name, ...record.metric.aliases].flatMap((phrase) => terms(phrase)))]
}

/** A store in memory, with an inverted index from `unit + metric term` to records. */
export class MemoryStore implements FactStore {
  private readonly byId = new Map<string, FactRecord>()
  private readonly index = new Map<string, FactRecord[]>()

  constructor(records: Iterable<FactRecord>) {
    const superseded = new Set<string>()
    for (const record of records) {
      this.byId.set(record.id, record)
      if (record.supersedes) superseded.add(record.supersedes)
    }
    for (const record of this.byId.values()) {
      if (superseded.has(record.id)) continue
      for (const term of metricTerms(record)) {
        const key = `${record.unit}\u0000${term}`
        const list = this.index.get(key)
        if (list) list.push(record)
        else this.index.set(key, [record])
      }
    }
  }

  get size(): number {
    return this.byId.size
  }

  get(id: string): FactRecord | undefined {
    return this.byId.get(id)
  }

  candidates(query: CandidateQuery): FactRecord[] {
    const found = new Set<FactRecord>()
    for (const term of query.terms) {
      for (const record of this.index.get(`${query.unit}\u0000${term}`) ?? []) found.add(record)
    }
    return [...found]
  }
}
