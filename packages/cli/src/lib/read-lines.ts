import {createReadStream} from 'node:fs'
import {decodeArticle, ExtractError} from '@claimtrace/extract'
import {CliError, type Io} from './io.js'
import {unreadableReason} from './read-article.js'
import {stdinChunks, stdinName} from './stdin.js'

/**
 * The lines of a text file, streamed, each decoded as `decodeArticle` decodes
 * an article file (invalid UTF-8 stops the run with its line, exit 2, rather
 * than turning into replacement characters). Lines end at `\n`, `\r\n` or
 * `\r`, as `readline` ends them. `bytes` is the line's size with its line
 * ending, for progress.
 */
export async function* readLines(path: string, io: Io): AsyncGenerator<{text: string; bytes: number}> {
  const name = path === '-' ? stdinName : path
  let line = 0
  const decode = (bytes: Buffer, ending: number) => {
    line++
    try {
      return {text: decodeArticle(bytes), bytes: bytes.length + ending}
    } catch (error) {
      if (!(error instanceof ExtractError)) throw error
      throw new CliError(`${name}: line ${line}: ${unreadableReason(error)}`, 2)
    }
  }
  // The current line's bytes from earlier chunks: joined once, so a long line costs its length.
  let parts: Buffer[] = []
  let afterReturn = false
  for await (const chunk of path === '-' ? stdinChunks(io) : (createReadStream(path) as AsyncIterable<Buffer>)) {
    let start = afterReturn && chunk[0] === 10 ? 1 : 0
    afterReturn = false
    for (let index = start; index < chunk.length; index++) {
      const byte = chunk[index]
      if (byte !== 10 && byte !== 13) continue
      parts.push(chunk.subarray(start, index))
      const pair = byte === 13 && chunk[index + 1] === 10
      yield decode(Buffer.concat(parts), pair ? 2 : 1)
      parts = []
      if (pair) index++
      // A `\r` ending a chunk may be half of a `\r\n`.
      else if (byte === 13 && index + 1 === chunk.length) afterReturn = true
      start = index + 1
    }
    if (start < chunk.length) parts.push(chunk.subarray(start))
  }
  if (parts.length > 0) yield decode(Buffer.concat(parts), 0)
}
