import type {Analyzed} from './analyze.js'

/**
 * An analyzed article as it crosses from a worker thread. Structured clone
 * is slow on many small objects and fast on strings and moved buffers, so
 * the article's JSON travels as it is, the rest as one JSON string, and the
 * shingles' buffer is moved, not copied.
 */
export interface AnalyzedMessage {
  sequence: number
  /** The article's report as JSON (`ok` results only). */
  json: string | undefined
  /** Everything else but the shingles, as JSON. */
  rest: string
  shingles: Uint32Array | undefined
}

export function toMessage(sequence: number, result: Analyzed): {message: AnalyzedMessage; transfer: ArrayBuffer[]} {
  if (!result.ok) return {message: {sequence, json: undefined, rest: JSON.stringify(result), shingles: undefined}, transfer: []}
  const {json, shingles, ...rest} = result
  return {message: {sequence, json, rest: JSON.stringify(rest), shingles}, transfer: [shingles.buffer as ArrayBuffer]}
}

export function fromMessage(message: AnalyzedMessage): Analyzed {
  const rest = JSON.parse(message.rest) as Analyzed
  return rest.ok ? {...rest, json: message.json!, shingles: message.shingles!} : rest
}
