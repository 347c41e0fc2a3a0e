import type {FactRecord} from '../fact-record.js'

/** What a claim looks for: its metric words and unit. */
export interface CandidateQuery {
  /** Stemmed content words (see `terms`). */
  terms: readonly string[]
  unit: string
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
