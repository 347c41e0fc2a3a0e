import type {DuckDBDataChunk} from '@duckdb/node-api'
import type {CorroborationGraph} from '@claimtrace/syndication'

/**
 * Hand the buckets of `corroborate.sql`'s fourth statement to `graph`: rows
 * of (figure key?, key, resolved?, claim) sorted by kind, key and claim, one
 * bucket a run of rows with the same kind and key. Read a column at a time
 * from each chunk, so a row costs no array and no value objects: a million
 * rows would otherwise be a million arrays of garbage for the collector.
 */
export async function compareBuckets(graph: CorroborationGraph, chunks: AsyncIterable<DuckDBDataChunk>): Promise<void> {
  let figureKey = false
  let key: string | undefined
  // A keyed bucket's claims are all in `resolved`; a figure key's are split by whether their period is resolved.
  let resolved: number[] = []
  let unresolved: number[] = []
  // A bucket of one claim, or a figure key with no unresolved claim, compares nothing.
  const flush = () => (figureKey ? graph.compareOpen(unresolved, resolved) : graph.compare(resolved))
  for await (const chunk of chunks) {
    const [figureKeys, keys, resolvedFlags, entries] = [0, 1, 2, 3].map((column) => chunk.getColumnVector(column))
    for (let row = 0; row < chunk.rowCount; row++) {
      const rowFigureKey = figureKeys!.getItem(row) === true
      const rowKey = keys!.getItem(row) as string
      if (rowKey !== key || rowFigureKey !== figureKey) {
        flush()
        figureKey = rowFigureKey
        key = rowKey
        resolved = []
        unresolved = []
      }
      const entry = entries!.getItem(row) as number
      if (!figureKey || resolvedFlags!.getItem(row) === true) resolved.push(entry)
      else unresolved.push(entry)
    }
  }
  flush()
}
