import diff from 'fast-diff'
import {type Token, tokenize} from './tokens.js'

/** Where a piece of an alignment lies in one text: characters `start..end`, tokens `from..to`. */
export interface Side {
  start: number
  end: number
  from: number
  to: number
}

/** A run of tokens both texts share (`equal`), or where they differ (`changed`; one side may be empty). */
export interface Segment {
  kind: 'equal' | 'changed'
  a: Side
  b: Side
}

export interface Alignment {
  a: {text: string; tokens: Token[]}
  b: {text: string; tokens: Token[]}
  segments: Segment[]
}

// Token ids become single UTF-16 units for fast-diff; surrogates are skipped
// so no id can be split. Past this many distinct tokens ids are shared, and
// shared ids are told apart again below.
const firstSurrogate = 0xd8_00
const afterSurrogates = 0xe0_00
const units = firstSurrogate + (0x1_00_00 - afterSurrogates)

/**
 * Align two texts word by word: fast-diff over token ids, so "117" → "150" is
 * one substitution and "10, 701" matches "10,701". Offsets refer to each
 * original text.
 */
export function alignCopies(a: string, b: string): Alignment {
  const left = tokenize(a)
  const right = tokenize(b)
  const ids = new Map<string, number>()
  const encode = (tokens: readonly Token[]) => {
    let encoded = ''
    for (const token of tokens) {
      let id = ids.get(token.key)
      if (id === undefined) {
        id = ids.size % units
        ids.set(token.key, id)
      }
      encoded += String.fromCharCode(id < firstSurrogate ? id : id - firstSurrogate + afterSurrogates)
    }
    return encoded
  }
  const segments: Segment[] = []
  let from = 0
  let to = 0
  let pendingA = 0
  let pendingB = 0
  const flush = () => {
    if (pendingA + pendingB === 0) return
    segments.push({kind: 'changed', a: side(left, from, from + pendingA), b: side(right, to, to + pendingB)})
    from += pendingA
    to += pendingB
    pendingA = 0
    pendingB = 0
  }
  for (const [operation, chunk] of diff(encode(left), encode(right))) {
    if (operation === diff.DELETE) pendingA += chunk.length
    else if (operation === diff.INSERT) pendingB += chunk.length
    else {
      flush()
      // Ids shared past the limit can pair different tokens: split those out.
      let run = 0
      const equal = () => {
        if (run > 0) segments.push({kind: 'equal', a: side(left, from, from + run), b: side(right, to, to + run)})
        from += run
        to += run
        run = 0
      }
      for (let index = 0; index < chunk.length; index++) {
        if (left[from + run]!.key === right[to + run]!.key) {
          run++
          continue
        }
        equal()
        segments.push({kind: 'changed', a: side(left, from, from + 1), b: side(right, to, to + 1)})
        from++
        to++
      }
      equal()
    }
  }
  flush()
  return {a: {text: a, tokens: left}, b: {text: b, tokens: right}, segments: joinAcrossMarks(segments, left)}
}

/** Changes separated only by punctuation are one change: "4-10" → "11-17", not "4" → "11" and "10" → "17". */
function joinAcrossMarks(segments: readonly Segment[], tokens: readonly Token[]): Segment[] {
  const joined: Segment[] = []
  for (const segment of segments) {
    const previous = joined.at(-1)
    const beforePrevious = joined.at(-2)
    if (segment.kind === 'changed' && previous?.kind === 'equal' && beforePrevious?.kind === 'changed' && onlyMarks(tokens, previous.a)) {
      joined.splice(-2, 2)
      joined[joined.length] = {kind: 'changed', a: span(beforePrevious.a, segment.a), b: span(beforePrevious.b, segment.b)}
      continue
    }
    joined.push(segment)
  }
  return joined
}

function onlyMarks(tokens: readonly Token[], side: Side): boolean {
  for (let index = side.from; index < side.to; index++) if (tokens[index]!.kind !== 'mark') return false
  return true
}

function span(first: Side, last: Side): Side {
  return {start: first.start, end: last.end, from: first.from, to: last.to}
}

/** Tokens `from..to` of a text as a side; an empty side sits where the tokens would be (after the previous token). */
function side(tokens: readonly Token[], from: number, to: number): Side {
  if (from === to) {
    const at = from > 0 ? tokens[from - 1]!.end : 0
    return {start: at, end: at, from, to}
  }
  return {start: tokens[from]!.start, end: tokens[to - 1]!.end, from, to}
}
