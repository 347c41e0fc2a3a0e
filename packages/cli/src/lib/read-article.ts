import {readFile} from 'node:fs/promises'
import {CliError} from './io.js'

/** Read an article file as UTF-8 text, refusing binary files with a clear message. */
export async function readArticle(path: string): Promise<string> {
  let buffer: Buffer
  try {
    buffer = await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String((error as Error).message)
    throw new CliError(`Cannot read \`${path}\`: ${reason}`)
  }
  if (buffer.subarray(0, 8192).includes(0)) {
    throw new CliError(`Cannot read \`${path}\`: it looks binary (NUL bytes), not article text`)
  }
  // Strip a UTF-8 byte order mark so offsets match what editors show.
  const text = buffer.toString('utf8')
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
