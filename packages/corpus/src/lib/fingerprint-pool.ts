import {Worker} from 'node:worker_threads'
import {type FingerprintJob, type FingerprintReply, fingerprints, type Fingerprints} from './fingerprints.js'

/** Fingerprints texts in worker threads, or in this thread for one job. */
export interface FingerprintPool {
  /** The fingerprints of a job's texts; requests may settle out of order, callers await them in order. */
  fingerprint(job: FingerprintJob): Promise<Fingerprints>
  close(): Promise<void>
}

// The build puts the worker beside this module (`dist/lib/fingerprint-worker.js`). Sources run under tsx,
// whose loader a worker does not inherit: there a small script registers tsx, then imports the TypeScript.
const fromSource = import.meta.url.endsWith('.ts')
const workerScript = () =>
  fromSource
    ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(new URL('fingerprint-worker.ts', import.meta.url).href)}))`
    : new URL('fingerprint-worker.js', import.meta.url)

/**
 * A pool of `jobs` worker threads; each request goes to the least busy one. A
 * request a worker cannot answer (a text that throws) rejects with its error;
 * a worker that stops rejects what it holds, and the pool takes no more.
 */
export function fingerprintPool(jobs: number): FingerprintPool {
  if (jobs <= 1) return {fingerprint: async (job) => fingerprints(job), close: async () => {}}
  const script = workerScript()
  let stopped: Error | undefined
  const workers = Array.from({length: jobs}, () => {
    const worker = new Worker(script, {eval: fromSource})
    const pending = new Map<number, {resolve: (found: Fingerprints) => void; reject: (error: Error) => void}>()
    worker.on('message', (reply: FingerprintReply) => {
      const waiting = pending.get(reply.sequence)!
      pending.delete(reply.sequence)
      if ('error' in reply) waiting.reject(new Error(reply.error))
      else waiting.resolve(reply)
    })
    const fail = (error: Error) => {
      stopped ??= error
      for (const waiting of pending.values()) waiting.reject(error)
      pending.clear()
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`a fingerprint worker stopped (exit code ${code})`)))
    return {worker, pending}
  })
  let sequence = 0
  let closing = false
  return {
    fingerprint(job) {
      if (stopped && !closing) return Promise.reject(stopped)
      let least = workers[0]!
      for (const candidate of workers) if (candidate.pending.size < least.pending.size) least = candidate
      const request = {sequence: sequence++, ...job}
      return new Promise((resolve, reject) => {
        least.pending.set(request.sequence, {resolve, reject})
        least.worker.postMessage(request)
      })
    },
    async close() {
      closing = true
      await Promise.all(workers.map(({worker}) => worker.terminate()))
    }
  }
}
