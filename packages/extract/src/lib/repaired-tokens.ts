import {canEndBefore, type MangledEvidence, mangledEvidence, repairMangledNumbers} from './passes/01-repair-mangled.js'
import {type Token, TokenReader} from './tokenize.js'

/** Tokens per stretch: each is tokenized and repaired on its own. */
const stretchSize = 4096
/** A stretch with no place to end (one endless `10, 701, 10, 701…`) is cut here anyway. */
const maxStretchSize = 1 << 20
/** Tokens the repair looks at past a stretch's end ("26. 9 percent": the unit). */
const lookAhead = 4

interface Stretch {
  /** Tokens of the stretch, then up to `lookAhead` tokens after it. */
  tokens: Token[]
  end: number
}

/** The text's tokens in stretches that no mangled number runs across. */
function* stretches(text: string): Generator<Stretch> {
  const reader = new TokenReader(text)
  // One run of digits can give many tokens at once: read into a buffer, copy each stretch out.
  let buffer: Token[] = []
  let position = 0
  let done = false
  while (!done || position < buffer.length) {
    let end = stretchSize
    for (;;) {
      while (!done && buffer.length - position < end + lookAhead) done = !reader.read(buffer)
      if (position + end >= buffer.length) {
        end = buffer.length - position
        break
      }
      if (canEndBefore(buffer, position + end) || end >= maxStretchSize) break
      end++
    }
    yield {tokens: buffer.slice(position, position + end + lookAhead), end}
    position += end
    if (position > stretchSize && position * 2 > buffer.length) {
      buffer = buffer.slice(position)
      position = 0
    }
  }
}

/** The mangled-number evidence of a whole text, without holding its tokens. */
export function documentEvidence(text: string): MangledEvidence {
  // Every mangled number has a `,` or `.` then one space then a digit: without one, nothing to count.
  if (!/[,.] \d/.test(text)) return {grouped: false, candidates: 0}
  let grouped = false
  let candidates = 0
  for (const {tokens, end} of stretches(text)) {
    const evidence = mangledEvidence(text, tokens, end)
    grouped ||= evidence.grouped
    candidates += evidence.candidates
  }
  // Candidates depend on `grouped` only through their weakness, so the count stands.
  return {grouped, candidates}
}

/**
 * A text's tokens with mangled numbers repaired, as `tokenize` and
 * `repairMangledNumbers` give them, read on demand and dropped once
 * `release`d: a long document never holds all its tokens. Indexes are
 * indexes into the whole document's token list.
 */
export class RepairedTokens {
  private readonly text: string
  private readonly evidence: MangledEvidence
  private readonly source: Generator<Stretch>
  private buffer: Token[] = []
  /** Document index of `buffer[0]`. */
  private offset = 0
  /** Buffer index of the first token not released. */
  private first = 0
  private exhausted = false

  constructor(text: string, evidence: MangledEvidence) {
    this.text = text
    this.evidence = evidence
    this.source = stretches(text)
  }

  /** The token at document index `index`, or `undefined` past the last. */
  at(index: number): Token | undefined {
    while (index - this.offset >= this.buffer.length && this.fill()) {
      // Read on.
    }
    return this.buffer[index - this.offset]
  }

  /** Tokens `[from, to)` (document indexes, `from` not released). */
  slice(from: number, to: number): Token[] {
    this.at(to - 1)
    return this.buffer.slice(from - this.offset, to - this.offset)
  }

  /** Tokens before document index `index` are no longer needed. */
  release(index: number): void {
    this.first = Math.max(this.first, Math.min(index - this.offset, this.buffer.length))
    // Copy the kept tokens only once they are at most half the buffer: releasing a few at a time
    // from one long stretch ("1, 1, 1, …" can end nowhere) must not copy the stretch each time.
    if (this.first * 2 < this.buffer.length) return
    this.buffer = this.buffer.slice(this.first)
    this.offset += this.first
    this.first = 0
  }

  private fill(): boolean {
    if (this.exhausted) return false
    const next = this.source.next()
    if (next.done) {
      this.exhausted = true
      return false
    }
    const {tokens, end} = next.value
    for (const token of repairMangledNumbers(this.text, tokens, this.evidence, end)) this.buffer.push(token)
    return true
  }
}
