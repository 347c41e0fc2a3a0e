import {z} from 'zod'
import {FactRecord} from './fact-record.js'

/**
 * The fact record as JSON Schema (draft 2020-12), for users outside
 * TypeScript. Refinements that JSON Schema cannot say (a known unit, a
 * calendar date, `low <= high`) are checked by `loadFacts` only.
 */
export function factRecordJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(FactRecord, {io: 'input', unrepresentable: 'any'}) as Record<string, unknown>
  return {title: 'claimtrace fact record', ...schema}
}
