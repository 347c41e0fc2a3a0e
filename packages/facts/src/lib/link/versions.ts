import type {FactRecord} from '../fact-record.js'
import type {FactStore} from '../store/fact-store.js'

/** How far back a chain of corrections is followed (a cycle in a hand-made file stops here too). */
const deepest = 20

/** A record and the versions it corrects, newest first: `supersedes` followed back through the store. */
export function versionsOf(record: FactRecord, store: FactStore): FactRecord[] {
  const chain = [record]
  let current = record
  while (current.supersedes !== undefined && chain.length < deepest) {
    const earlier = store.get(current.supersedes)
    if (!earlier || chain.includes(earlier)) break
    chain.push(earlier)
    current = earlier
  }
  return chain
}

/**
 * The version in force on `day` (`YYYY-MM-DD`): the newest one published
 * (`source.date`) on or before it. A version without a date is taken to be
 * in force from the start; without a day, the newest is.
 */
export function inForce(chain: readonly FactRecord[], day: string | undefined): FactRecord {
  if (day === undefined) return chain[0]!
  for (const version of chain) {
    const published = version.source.date
    if (published === undefined || published <= day) return version
  }
  return chain.at(-1)!
}

/** "version 2 (2024-06-01)". */
export function describeVersion(record: FactRecord): string {
  return `version ${record.version}${record.source.date ? ` (${record.source.date})` : ''}`
}
