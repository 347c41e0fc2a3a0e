import process from 'node:process'
import type {Io} from './io.js'

/** How standard input is named in messages. */
export const stdinName = '<stdin>'

/** The chunks of standard input as bytes. */
export async function* stdinChunks(io: Io): AsyncGenerator<Buffer> {
  for await (const chunk of io.stdin ?? process.stdin) yield typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
}

/** All of standard input. */
export async function readStdin(io: Io): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stdinChunks(io)) chunks.push(chunk)
  return Buffer.concat(chunks)
}
