import {constants} from 'node:fs'
import {open} from 'node:fs/promises'
import {decodeArticle, ExtractError} from '@claimtrace/extract'
import {CliError, type Io} from './io.js'
import {readStdin, stdinName} from './stdin.js'

/**
 * Read an article file as `decodeArticle` reads bytes (UTF-8, or UTF-16 with a
 * byte order mark; a byte order mark is dropped, so offsets match what
 * editors show), refusing binary files and invalid text with a clear message.
 */
export async function readArticle(path: string, io: Io): Promise<string> {
  const buffer = path === '-' ? await readStdin(io) : await readRegularFile(path)
  try {
    return decodeArticle(buffer)
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error
    throw new CliError(`Cannot read \`${path === '-' ? stdinName : path}\`: ${unreadableReason(error)}`)
  }
}

/**
 * The bytes of a regular file. Anything else is refused by name before a
 * byte is read: reading a FIFO would wait for a writer that never comes.
 */
export async function readRegularFile(path: string): Promise<Buffer> {
  try {
    // Opened without blocking, so a FIFO with no writer opens at once and is refused below.
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
    try {
      const info = await handle.stat()
      if (info.isDirectory()) throw new CliError(`Cannot read \`${path}\`: it is a directory`)
      if (!info.isFile()) throw new CliError(`Cannot read \`${path}\`: not a regular file (a FIFO, socket or device)`)
      return await handle.readFile()
    } finally {
      await handle.close()
    }
  } catch (error) {
    if (error instanceof CliError) throw error
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : code === 'ELOOP' ? 'a symbolic link that loops' : String((error as Error).message)
    throw new CliError(`Cannot read \`${path}\`: ${reason}`)
  }
}

/** Why bytes are not article text, in the CLI's words. */
export function unreadableReason(error: ExtractError): string {
  if (error.code === 'binary-input') return 'it looks binary (NUL bytes), not article text'
  return `${error.message.replace(/^Input is/, 'it is')}; save it as UTF-8`
}
