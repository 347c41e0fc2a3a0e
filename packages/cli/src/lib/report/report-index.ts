import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {CorpusIndex, type CorroborationCounts} from '@claimtrace/corpus'
import type {Claim} from '@claimtrace/extract'
import type {CopyCluster, Corroboration, Fingerprint} from '@claimtrace/syndication'
import {CliError} from '../io.js'
import {createSpool} from './spool.js'

/**
 * The corpus-wide stage of a report on disk. While the articles are read
 * (the workers busy), each one's fingerprint and claims are only written to a
 * file; once reading is done and the workers are gone, a corpus index in a
 * temporary folder takes them in batches and finds the clusters and the
 * corroboration groups (DuckDB spills past its memory limit). The stages
 * take turns, so their memory never adds up, and none of it grows with the
 * corpus but DuckDB's, which is bounded.
 */
export interface ReportIndex {
  /** Keep an analyzed article's fingerprint and claims for the index. */
  add(document: Fingerprint & {id: string; claims: readonly Claim[]}): void
  /** Index what was kept; then the clusters of copies among the articles (`CorpusIndex.clusters`), and corroboration across independent ones (`CorpusIndex.corroborate`), each group handed to `each`. */
  findings(each: (group: Corroboration) => void): Promise<{clusters: CopyCluster[]; counts: CorroborationCounts}>
  /** Remove the index and its folder (again: nothing). */
  close(): void
}

/** Articles added to the index together: one transaction, one band join. */
const batchSize = 2048
/**
 * DuckDB's memory for a report's index: it spills to its folder past this.
 * Corroboration's buckets are sorted rows, not lists, and its groups are read
 * back a range at a time, so every stage can spill: 300k articles run at
 * this limit, and 100k peak 30–60 MB lower than at 256 MB.
 */
const memoryLimit = '128MB'

/** A kept article as it waits in the file: its fingerprint as base64 of its arrays' bytes (this process writes and reads them, so byte order is its own). */
interface Kept {
  id: string
  shingles: string
  lines: string
  shingleLines: string
  claims: Claim[]
}

export function openReportIndex(threshold: number | undefined): ReportIndex {
  const folder = mkdtempSync(join(tmpdir(), 'claimtrace-index-'))
  const kept = createSpool<Kept>()
  let index: CorpusIndex | undefined
  let closed = false
  return {
    add({id, shingles, lines, shingleLines, claims}) {
      kept.write(id, JSON.stringify({id, shingles: base64Of(shingles), lines: base64Of(lines), shingleLines: base64Of(shingleLines), claims}))
    },
    async findings(each) {
      index = await failing(CorpusIndex.open(join(folder, 'corpus.duckdb'), {threshold, memoryLimit}))
      let batch: Array<Fingerprint & {id: string; claims: Claim[]}> = []
      for (const {id, shingles, lines, shingleLines, claims} of kept.read()) {
        batch.push({id, shingles: new Uint32Array(bytesOf(shingles)), lines: new Uint32Array(bytesOf(lines)), shingleLines: new Uint16Array(bytesOf(shingleLines)), claims})
        if (batch.length < batchSize) continue
        // Every document has its shingles and claims: nothing for the index's own workers to do.
        await failing(index.add(batch, {jobs: 1}))
        batch = []
      }
      if (batch.length > 0) await failing(index.add(batch, {jobs: 1}))
      return {clusters: await failing(index.clusters()), counts: await failing(index.corroborate(each))}
    },
    close() {
      if (closed) return
      closed = true
      index?.close()
      kept.close()
      rmSync(folder, {recursive: true, force: true})
    }
  }
}

function base64Of(values: Uint32Array | Uint16Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64')
}

/** The bytes of base64 text in a buffer of their own: a Buffer from base64 may start at any byte of Node's pool, and a typed array's view must be aligned. */
function bytesOf(base64: string): ArrayBuffer {
  const bytes = Buffer.from(base64, 'base64')
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
}

/** A failure of DuckDB (out of memory or disk, say) as a sentence for people, not a stack. */
async function failing<Result>(work: Promise<Result>): Promise<Result> {
  try {
    return await work
  } catch (error) {
    throw new CliError(`the report's corpus index (DuckDB, in a temporary folder) failed: ${(error as Error).message}`, 2)
  }
}
