import {parentPort, workerData} from 'node:worker_threads'
import {type FactRecord, MemoryStore} from '@claimtrace/facts'
import {analyze, type Job} from './analyze.js'

// A worker thread of the report's per-article stage: it builds its own store
// from the records it is given, then answers one message per article.
const {records, date} = workerData as {records: FactRecord[]; date: string | undefined}
const store = new MemoryStore(records)
parentPort!.on('message', ({sequence, job}: {sequence: number; job: Job}) => {
  const result = analyze(job, store, date)
  const shingles = result.ok ? result.shingles : undefined
  // One string clones far faster than many small objects; the shingles' buffer is moved, not copied.
  parentPort!.postMessage({sequence, result: JSON.stringify({...result, shingles: undefined}), shingles}, shingles ? [shingles.buffer as ArrayBuffer] : [])
})
