import type {FactRecord} from '../fact-record.js'

/** What a claim looks for. Candidates share the unit, a metric word, and (when given) a scope word and a year. */
export interface CandidateQuery {
  /** Stemmed content words (see `terms`). */
  terms: readonly string[]
  unit: string
  /** Words of the places and organisations the claim names; none: any scope. */
  scope?: readonly string[] | undefined
  /** Years the claim's period covers, inclusive; none: any period. */
  years?: readonly [number, number] | undefined
}

/**
 * Where fact records live. Candidate lookup goes through an index on metric
 * words and unit, never through every record. Only current records (not
 * superseded by a later version) are candidates; `get` finds any.
 */
export interface FactStore {
  readonly size: number
  get(id: string): FactRecord | undefined
  candidates(query: CandidateQuery): FactRecord[]
}
