import process from 'node:process'
import type {Io} from './io.js'

/** A one-line progress display on a terminal's stderr; silent when piped, under CI, or in tests. */
export interface Progress {
  /** One more item done, which took `bytes` of the input (for the time left). */
  tick(bytes?: number): void
  done(): void
}

export interface ProgressOptions {
  /** Bytes of input in all; when known, the line also says how long is left. */
  total?: number | undefined
  /** Where `CI` is looked up (default: `process.env`). */
  env?: Readonly<Record<string, string | undefined>> | undefined
  /** The clock, in milliseconds (default: `performance.now`). */
  now?: (() => number) | undefined
}

/** Progress of `label`, drawn only when stderr is a terminal and not under CI. */
export function progress(io: Io, label: string, options?: Readonly<ProgressOptions>): Progress {
  const total = options?.total
  const env = options?.env ?? process.env
  const now = options?.now ?? (() => performance.now())
  const shown = io.stderr.isTTY === true && !env['CI']
  const started = now()
  let count = 0
  let bytes = 0
  let last = Number.NEGATIVE_INFINITY
  const draw = (finished: boolean) => {
    const seconds = Math.max((now() - started) / 1000, 0.001)
    // The first second holds start-up (workers, lexicons): no estimate from it.
    const left = !finished && total && bytes > 0 && bytes < total && seconds >= 1 ? `, ${formatSeconds(((total - bytes) * seconds) / bytes)} left` : ''
    io.stderr.write(`\r\u001B[2K${label}: ${count.toLocaleString('en-US')} done, ${Math.round(count / seconds).toLocaleString('en-US')}/s${left}`)
  }
  return {
    tick(size = 0) {
      count++
      bytes += size
      if (!shown) return
      const time = now()
      if (time - last > 100) {
        last = time
        draw(false)
      }
    },
    done() {
      if (!shown) return
      draw(true)
      io.stderr.write('\n')
    }
  }
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`
  const minutes = Math.floor(seconds / 60)
  return `${minutes} min ${Math.ceil(seconds - minutes * 60)} s`
}
