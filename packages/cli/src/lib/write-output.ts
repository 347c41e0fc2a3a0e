import {closeSync, openSync, writeSync} from 'node:fs'
import {CliError, type Io} from './io.js'

/** Write `chunks` to the file `out`, or to stdout without one; a file that cannot be opened is a message naming it. */
export function writeOutput(out: string | undefined, chunks: Iterable<string>, io: Io): void {
  if (!out) {
    for (const chunk of chunks) io.stdout.write(chunk)
    return
  }
  let fd: number
  try {
    fd = openSync(out, 'w')
  } catch (error) {
    throw new CliError(`Cannot write \`${out}\`: ${(error as Error).message}`)
  }
  try {
    for (const chunk of chunks) writeSync(fd, chunk)
  } finally {
    closeSync(fd)
  }
}
