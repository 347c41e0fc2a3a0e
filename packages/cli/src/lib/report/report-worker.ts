import {parentPort, workerData} from 'node:worker_threads'
import {type FactRecord, MemoryStore} from '@claimtrace/facts'
import {analyze} from './analyze.js'
import {describe} from './describe.js'
import {analyzedReply, articlesOf, type Request} from './worker-messages.js'

// A worker thread of the report's parallel stages: it builds its own store
// from the records it is given, then answers one message per request.
const {records, date} = workerData as {records: FactRecord[]; date: string | undefined}
const store = new MemoryStore(records)
parentPort!.on('message', (request: Request) => {
  if (request.kind === 'analyze') {
    const {reply, transfer} = analyzedReply(request.sequence, analyze(request.job, store, date))
    parentPort!.postMessage(reply, transfer)
  } else {
    const described = describe(request.cluster, articlesOf(request))
    parentPort!.postMessage({kind: 'described', sequence: request.sequence, json: JSON.stringify(described)})
  }
})
