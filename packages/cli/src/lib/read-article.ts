import {readFile} from 'node:fs/promises'
import {decodeArticle, ExtractError} from '@claimtrace/extract'
import {CliError} from './io.js'

/**
 * Read an article file as `decodeArticle` reads bytes (UTF-8, or UTF-16 with a
 * byte order mark; a byte order mark is dropped, so offsets match what
 * editors show), refusing binary files and invalid text with a clear message.
 */
export async function readArticle(path: string): Promise<string> {
  let buffer: Buffer
  try {
    buffer = await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String((error as Error).message)
    throw new CliError(`Cannot read \`${path}\`: ${reason}`)
  }
  try {
    return decodeArticle(buffer)
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error
    throw new CliError(`Cannot read \`${path}\`: ${unreadableReason(error)}`)
  }
}

/** Why bytes are not article text, in the CLI's words. */
export function unreadableReason(error: ExtractError): string {
  if (error.code === 'binary-input') return 'it looks binary (NUL bytes), not article text'
  return `${error.message.replace(/^Input is/, 'it is')}; save it as UTF-8`
}
