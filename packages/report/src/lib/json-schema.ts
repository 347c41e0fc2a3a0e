import {z} from 'zod'
import {Report} from './report.js'

/**
 * The report as JSON Schema (draft 2020-12), for readers outside TypeScript.
 * It describes the JSON `toJson` writes.
 */
export function reportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Report, {io: 'output', unrepresentable: 'any'}) as Record<string, unknown>
  return {title: 'claimtrace provenance report', ...schema}
}
