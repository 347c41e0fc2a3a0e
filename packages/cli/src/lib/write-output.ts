import {accessSync, closeSync, constants, openSync, statSync, writeSync} from 'node:fs'
import {dirname} from 'node:path'
import {CliError, type Io} from './io.js'

/**
 * Refuse an `--out` path that cannot be written before any work starts: a
 * folder, a file without write permission, or a place in a missing folder.
 */
export function checkWritable(out: string | undefined): void {
  if (out === undefined) return
  let info
  try {
    info = statSync(out)
  } catch {
    // A new file: its folder must exist and take it.
    const folder = dirname(out)
    try {
      if (!statSync(folder).isDirectory()) throw new CliError(`Cannot write \`${out}\`: \`${folder}\` is not a folder`, 2)
      accessSync(folder, constants.W_OK)
    } catch (error) {
      if (error instanceof CliError) throw error
      const code = (error as NodeJS.ErrnoException).code
      throw new CliError(`Cannot write \`${out}\`: ${code === 'ENOENT' ? `no folder \`${folder}\`` : `cannot create files in \`${folder}\``}`, 2)
    }
    return
  }
  if (info.isDirectory()) throw new CliError(`Cannot write \`${out}\`: it is a directory`, 2)
  try {
    accessSync(out, constants.W_OK)
  } catch {
    throw new CliError(`Cannot write \`${out}\`: permission denied`, 2)
  }
}

/** Where a command writes its output: the file `out`, or stdout without one. */
export interface Output {
  write(chunk: string): void
  close(): void
}

/** Open `out` for writing (stdout without one); a file that cannot be opened is a message naming it. */
export function openOutput(out: string | undefined, io: Io): Output {
  if (!out) return {write: (chunk) => void io.stdout.write(chunk), close() {}}
  let fd: number
  try {
    fd = openSync(out, 'w')
  } catch (error) {
    throw new CliError(`Cannot write \`${out}\`: ${(error as Error).message}`)
  }
  return {write: (chunk) => void writeSync(fd, chunk), close: () => closeSync(fd)}
}

/** Write `chunks` to the file `out`, or to stdout without one. */
export function writeOutput(out: string | undefined, chunks: Iterable<string>, io: Io): void {
  const output = openOutput(out, io)
  try {
    for (const chunk of chunks) output.write(chunk)
  } finally {
    output.close()
  }
}
