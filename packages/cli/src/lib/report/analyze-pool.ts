import {Worker} from 'node:worker_threads'
import {type FactRecord, MemoryStore} from '@claimtrace/facts'
import {type Analyzed, analyze, type Job} from './analyze.js'
import {type AnalyzedMessage, fromMessage} from './analyzed-message.js'

/** Runs the per-article stage, in worker threads or in this thread. */
export interface AnalyzePool {
  /** Analyze one article; results may settle out of order, callers await them in order. */
  analyze(job: Job): Promise<Analyzed>
  close(): Promise<void>
}

// The build puts the worker beside the bundle (`dist/analyze-worker.js`).
// Sources run under tsx, whose loader a worker does not inherit: there a
// small script registers tsx in the worker, then imports the TypeScript.
const fromSource = import.meta.url.endsWith('.ts')
const workerScript = () =>
  fromSource
    ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(new URL('analyze-worker.ts', import.meta.url).href)}))`
    : new URL('analyze-worker.js', import.meta.url)

/**
 * A pool of `jobs` worker threads, each with its own store of `records`; one
 * job runs in this thread, with no worker. Each article goes to the least
 * busy worker.
 */
export function analyzePool(jobs: number, records: readonly FactRecord[], date: string | undefined): AnalyzePool {
  if (jobs <= 1) {
    const store = new MemoryStore(records)
    return {analyze: async (job) => analyze(job, store, date), close: async () => {}}
  }
  const script = workerScript()
  const workers = Array.from({length: jobs}, () => {
    const worker = new Worker(script, {workerData: {records, date}, eval: fromSource})
    const pending = new Map<number, {resolve: (result: Analyzed) => void; reject: (error: Error) => void}>()
    worker.on('message', (message: AnalyzedMessage) => {
      pending.get(message.sequence)!.resolve(fromMessage(message))
      pending.delete(message.sequence)
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
  return {
    analyze(job) {
      let least = workers[0]!
      for (const candidate of workers) if (candidate.pending.size < least.pending.size) least = candidate
      const id = sequence++
      return new Promise<Analyzed>((resolve, reject) => {
        least.pending.set(id, {resolve, reject})
        least.worker.postMessage({sequence: id, job})
      })
    },
    async close() {
      await Promise.all(workers.map(({worker}) => worker.terminate()))
    }
  }
}
