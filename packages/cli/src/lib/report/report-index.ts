import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {CorpusIndex, type IndexDocument} from '@claimtrace/corpus'

/**
 * The corpus-wide stage of a report on disk: a corpus index in a temporary
 * folder holds every article's shingles and claims (DuckDB spills past its
 * memory limit), so the report's memory does not grow with the corpus.
 * Articles are added in batches, up to two in flight while the next is read.
 */
export interface ReportIndex {
  index: CorpusIndex
  /** Add an analyzed article; batches go to the index as they fill. */
  add(document: IndexDocument): Promise<void>
  /** Add what is left and wait for every batch. */
  flush(): Promise<void>
  /** Close the index and remove its folder. */
  close(): void
}

/** Articles added to the index together: one transaction, one band join. */
const batchSize = 2048
/**
 * DuckDB's memory for a report's index: the report's own process stays
 * within a few hundred megabytes, and the index spills to its folder.
 */
const memoryLimit = '256MB'

export async function openReportIndex(threshold: number | undefined): Promise<ReportIndex> {
  const folder = mkdtempSync(join(tmpdir(), 'claimtrace-index-'))
  let index: CorpusIndex
  try {
    index = await CorpusIndex.open(join(folder, 'corpus.duckdb'), {threshold, memoryLimit})
  } catch (error) {
    rmSync(folder, {recursive: true, force: true})
    throw error
  }
  let batch: IndexDocument[] = []
  // Batches handed to the index and not yet added: at most two, so reading goes on while DuckDB works.
  const adding: Array<Promise<unknown>> = []
  const send = async () => {
    // Every document has its shingles and claims: nothing for the index's own workers to do.
    const added = index.add(batch, {jobs: 1})
    // Awaited in turn below or at `flush`; until then a failure is held, not unhandled.
    added.catch(() => undefined)
    adding.push(added)
    batch = []
    if (adding.length > 2) await adding.shift()
  }
  return {
    index,
    async add(document) {
      batch.push(document)
      if (batch.length >= batchSize) await send()
    },
    async flush() {
      if (batch.length > 0) await send()
      while (adding.length > 0) await adding.shift()
    },
    close() {
      index.close()
      rmSync(folder, {recursive: true, force: true})
    }
  }
}
