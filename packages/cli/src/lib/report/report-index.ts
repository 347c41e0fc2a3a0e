import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {CorpusIndex, type CorroborationCounts, type IndexDocument} from '@claimtrace/corpus'
import type {CopyCluster, Corroboration} from '@claimtrace/syndication'
import {CliError} from '../io.js'

/**
 * The corpus-wide stage of a report on disk: a corpus index in a temporary
 * folder holds every article's shingles and claims (DuckDB spills past its
 * memory limit), so the report's memory does not grow with the corpus.
 * Articles are added in batches, up to two in flight while the next is read.
 */
export interface ReportIndex {
  /** Add an analyzed article; batches go to the index as they fill. */
  add(document: IndexDocument): Promise<void>
  /** Add what is left and wait for every batch. */
  flush(): Promise<void>
  /** The clusters of copies among the articles added (`CorpusIndex.clusters`). */
  clusters(): Promise<CopyCluster[]>
  /** Corroboration across independent articles (`CorpusIndex.corroborate`). */
  corroborate(each: (group: Corroboration) => void): Promise<CorroborationCounts>
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
    async add(document) {
      batch.push(document)
      if (batch.length >= batchSize) await failing(send())
    },
    async flush() {
      if (batch.length > 0) await failing(send())
      while (adding.length > 0) await failing(adding.shift()!)
    },
    clusters: () => failing(index.clusters()),
    corroborate: (each) => failing(index.corroborate(each)),
    close() {
      index.close()
      rmSync(folder, {recursive: true, force: true})
    }
  }
}

/** A failure of DuckDB (out of memory or disk, say) as a sentence for people, not a stack. */
async function failing<Result>(work: Promise<Result>): Promise<Result> {
  try {
    return await work
  } catch (error) {
    throw new CliError(`the report's corpus index (DuckDB, in a temporary folder) failed: ${(error as Error).message}`, 2)
  }
}
