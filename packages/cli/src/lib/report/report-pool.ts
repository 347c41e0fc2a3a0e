import {Worker} from 'node:worker_threads'
import {type FactRecord, MemoryStore} from '@claimtrace/facts'
import type {CopyCluster} from '@claimtrace/syndication'
import {type Analyzed, analyze, type Job} from './analyze.js'
import {type Described, describe} from './describe.js'
import {analyzedOf, articlesOf, describedOf, type Reply, type Request} from './worker-messages.js'

/** Runs the report's parallel stages, in worker threads or in this thread. */
export interface ReportPool {
  /** Analyze one article; results may settle out of order, callers await them in order. */
  analyze(job: Job): Promise<Analyzed>
  /** Describe one cluster of copies, with its copies' messages, from its articles' JSON in the cluster's order. */
  describe(cluster: CopyCluster, articles: string[]): Promise<Described>
  close(): Promise<void>
}

// The build puts the worker beside the bundle (`dist/report-worker.js`).
// Sources run under tsx, whose loader a worker does not inherit: there a
// small script registers tsx in the worker, then imports the TypeScript.
const fromSource = import.meta.url.endsWith('.ts')
const workerScript = () =>
  fromSource
    ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(new URL('report-worker.ts', import.meta.url).href)}))`
    : new URL('report-worker.js', import.meta.url)

/**
 * A pool of `jobs` worker threads, each with its own store of `records`; one
 * job runs in this thread, with no worker. Each request goes to the least
 * busy worker.
 */
export function reportPool(jobs: number, records: readonly FactRecord[], date: string | undefined): ReportPool {
  if (jobs <= 1) {
    const store = new MemoryStore(records)
    return {
      analyze: async (job) => analyze(job, store, date),
      describe: async (cluster, articles) => describe(cluster, articlesOf({kind: 'describe', sequence: 0, cluster, articles})),
      close: async () => {}
    }
  }
  const script = workerScript()
  const workers = Array.from({length: jobs}, () => {
    const worker = new Worker(script, {workerData: {records, date}, eval: fromSource})
    const pending = new Map<number, {resolve: (reply: Reply) => void; reject: (error: Error) => void}>()
    worker.on('message', (reply: Reply) => {
      pending.get(reply.sequence)!.resolve(reply)
      pending.delete(reply.sequence)
    })
    const fail = (error: Error) => {
      for (const waiting of pending.values()) waiting.reject(error)
      pending.clear()
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`A report worker stopped (exit code ${code})`)))
    return {worker, pending}
  })
  let sequence = 0
  const send = (request: Request) => {
    let least = workers[0]!
    for (const candidate of workers) if (candidate.pending.size < least.pending.size) least = candidate
    return new Promise<Reply>((resolve, reject) => {
      least.pending.set(request.sequence, {resolve, reject})
      least.worker.postMessage(request)
    })
  }
  return {
    async analyze(job) {
      const reply = await send({kind: 'analyze', sequence: sequence++, job})
      return analyzedOf(reply as Extract<Reply, {kind: 'analyzed'}>)
    },
    async describe(cluster, articles) {
      const reply = await send({kind: 'describe', sequence: sequence++, cluster, articles})
      return describedOf(reply as Extract<Reply, {kind: 'described'}>)
    },
    async close() {
      await Promise.all(workers.map(({worker}) => worker.terminate()))
    }
  }
}
