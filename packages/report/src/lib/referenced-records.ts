import type {FactRecord, FactStore, Link} from '@claimtrace/facts'

/** Ids of the records `links` point at, chosen or candidate, added to `into`. */
export function collectRecordIds(into: Set<string>, links: readonly Link[]): void {
  for (const link of links) {
    if (link.recordId) into.add(link.recordId)
    for (const candidate of link.candidates) into.add(candidate.recordId)
  }
}

/** The records with these ids, sorted by id. */
export function recordsById(ids: ReadonlySet<string>, store: FactStore): FactRecord[] {
  return [...ids]
    .sort()
    .map((id) => store.get(id))
    .filter((record): record is FactRecord => record !== undefined)
}
