import {parentPort, workerData} from 'node:worker_threads'
import {type FactRecord, MemoryStore} from '@claimtrace/facts'
import {analyze, type Job} from './analyze.js'
import {toMessage} from './analyzed-message.js'

// A worker thread of the report's per-article stage: it builds its own store
// from the records it is given, then answers one message per article.
const {records, date} = workerData as {records: FactRecord[]; date: string | undefined}
const store = new MemoryStore(records)
parentPort!.on('message', ({sequence, job}: {sequence: number; job: Job}) => {
  const {message, transfer} = toMessage(sequence, analyze(job, store, date))
  parentPort!.postMessage(message, transfer)
})
