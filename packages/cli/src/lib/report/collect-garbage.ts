import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'

let collector: (() => void) | null | undefined

/**
 * A full collection of this thread's heap now. A report on disk keeps little
 * between articles, but the articles, digests and spool lines it passes on
 * are allocated fast enough that V8 lets the heap grow to several times what
 * is live (at 100k articles, 190 MB of heap for 40 MB kept); collecting
 * every few thousand articles and between stages keeps the heap near what it
 * holds. Node gives a program V8's collector only behind `--expose-gc`,
 * which a command cannot pass itself: the flag is set now and the collector
 * taken from a new context (as jest's leak detector does). Where that fails,
 * nothing is collected early.
 */
export function collectGarbage(): void {
  if (collector === undefined) {
    try {
      setFlagsFromString('--expose-gc')
      collector = runInNewContext('gc') as () => void
    } catch {
      collector = null
    }
  }
  collector?.()
}
