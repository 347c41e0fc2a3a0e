import process from 'node:process'
import type {Io} from './io.js'

/** A one-line progress display on a terminal's stderr; silent when piped, under CI, or in tests. */
export interface Progress {
  tick(): void
  done(): void
}

export function progress(io: Io, label: string): Progress {
  const shown = io.stderr === process.stderr && Boolean(process.stderr.isTTY) && !process.env['CI']
  const started = performance.now()
  let count = 0
  let last = 0
  const draw = () => {
    const seconds = (performance.now() - started) / 1000
    io.stderr.write(`\r${label}: ${count.toLocaleString('en-US')} done, ${Math.round(count / Math.max(seconds, 0.001)).toLocaleString('en-US')}/s`)
  }
  return {
    tick() {
      count++
      if (!shown) return
      const now = performance.now()
      if (now - last > 100) {
        last = now
        draw()
      }
    },
    done() {
      if (!shown) return
      draw()
      io.stderr.write('\n')
    }
  }
}
